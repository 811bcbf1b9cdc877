using System.Globalization;
using System.Text;

namespace ToanDan.Awards.Host.Documents.SignedPdf;

/// <summary>A PDF object as read from the raw file, with where it starts and ends (end exclusive).</summary>
internal abstract record PdfValue(int Start, int End);

internal sealed record PdfNumber(decimal Value, bool IsInteger, int Start, int End) : PdfValue(Start, End);

internal sealed record PdfName(string Value, int Start, int End) : PdfValue(Start, End);

internal sealed record PdfString(byte[] Bytes, bool IsHex, int Start, int End) : PdfValue(Start, End)
{
    /// <summary>A PDF text string: UTF-16BE with its byte-order mark, UTF-8 with its mark, else PDFDocEncoding (Latin-1 here).</summary>
    public string Text => Bytes switch
    {
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(Bytes, 2, Bytes.Length - 2),
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8.GetString(Bytes, 3, Bytes.Length - 3),
        _ => Encoding.Latin1.GetString(Bytes),
    };
}

internal sealed record PdfArray(IReadOnlyList<PdfValue> Items, int Start, int End) : PdfValue(Start, End);

internal sealed record PdfDictionary(IReadOnlyDictionary<string, PdfValue> Entries, IReadOnlyDictionary<string, int> KeyOffsets, int Start, int End)
    : PdfValue(Start, End)
{
    public PdfValue? this[string key] => Entries.GetValueOrDefault(key);
}

internal sealed record PdfReference(int Number, int Generation, int Start, int End) : PdfValue(Start, End);

internal sealed record PdfKeyword(string Value, int Start, int End) : PdfValue(Start, End);

/// <summary>The file does not follow the PDF syntax where it was read.</summary>
internal sealed class PdfSyntaxException(string message, int offset) : Exception($"{message} (byte {offset})")
{
    public int Offset { get; } = offset;
}

/// <summary>
/// Reads single PDF objects (dictionaries, arrays, strings, names, numbers, references) straight from the bytes of a
/// file, without its cross-reference table: enough to read a signature dictionary, whose offsets the signature itself
/// names. Bounded in depth; every malformed construct is a <see cref="PdfSyntaxException"/>.
/// </summary>
internal sealed class PdfObjectReader(byte[] pdf)
{
    private const int MaxDepth = 32;
    private int _position;

    public PdfValue ReadAt(int offset)
    {
        _position = offset;
        return ReadValue(0);
    }

    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsRegular(byte b) => !IsWhitespace(b) && !IsDelimiter(b);

    private bool AtEnd => _position >= pdf.Length;

    private byte Current => AtEnd ? throw new PdfSyntaxException("Unexpected end of file", _position) : pdf[_position];

    private void SkipWhitespaceAndComments()
    {
        while (!AtEnd)
        {
            if (IsWhitespace(pdf[_position])) _position++;
            else if (pdf[_position] == '%')
                while (!AtEnd && pdf[_position] is not (byte)'\n' and not (byte)'\r') _position++;
            else return;
        }
    }

    private PdfValue ReadValue(int depth)
    {
        if (depth > MaxDepth) throw new PdfSyntaxException("Objects nested too deeply", _position);
        SkipWhitespaceAndComments();
        var start = _position;
        switch (Current)
        {
            case (byte)'/':
                return ReadName();
            case (byte)'(':
                return ReadLiteralString();
            case (byte)'[':
                return ReadArray(depth);
            case (byte)'<' when _position + 1 < pdf.Length && pdf[_position + 1] == '<':
                return ReadDictionary(depth);
            case (byte)'<':
                return ReadHexString();
            case var b when b is (byte)'+' or (byte)'-' or (byte)'.' || char.IsAsciiDigit((char)b):
                return ReadNumberOrReference();
            case var b when IsRegular(b):
                while (!AtEnd && IsRegular(pdf[_position])) _position++;
                var word = Encoding.ASCII.GetString(pdf, start, _position - start);
                return word is "true" or "false" or "null"
                    ? new PdfKeyword(word, start, _position)
                    : throw new PdfSyntaxException($"Unexpected keyword '{Shorten(word)}'", start);
            default:
                throw new PdfSyntaxException($"Unexpected character '{(char)Current}'", start);
        }
    }

    private PdfName ReadName()
    {
        var start = _position++;
        var bytes = new List<byte>();
        while (!AtEnd && IsRegular(pdf[_position]))
        {
            if (pdf[_position] == '#' && _position + 2 < pdf.Length && IsHex(pdf[_position + 1]) && IsHex(pdf[_position + 2]))
            {
                bytes.Add((byte)(HexValue(pdf[_position + 1]) * 16 + HexValue(pdf[_position + 2])));
                _position += 3;
            }
            else bytes.Add(pdf[_position++]);
        }
        return new PdfName(Encoding.UTF8.GetString([.. bytes]), start, _position);
    }

    private PdfString ReadLiteralString()
    {
        var start = _position++;
        var bytes = new List<byte>();
        var depth = 1;
        while (true)
        {
            var b = Current;
            _position++;
            switch (b)
            {
                case (byte)'(':
                    depth++;
                    bytes.Add(b);
                    break;
                case (byte)')':
                    if (--depth == 0) return new PdfString([.. bytes], false, start, _position);
                    bytes.Add(b);
                    break;
                case (byte)'\\':
                    ReadEscape(bytes);
                    break;
                default:
                    bytes.Add(b);
                    break;
            }
        }
    }

    private void ReadEscape(List<byte> bytes)
    {
        var e = Current;
        _position++;
        switch (e)
        {
            case (byte)'n': bytes.Add((byte)'\n'); break;
            case (byte)'r': bytes.Add((byte)'\r'); break;
            case (byte)'t': bytes.Add((byte)'\t'); break;
            case (byte)'b': bytes.Add((byte)'\b'); break;
            case (byte)'f': bytes.Add((byte)'\f'); break;
            case (byte)'\r':
                if (!AtEnd && pdf[_position] == '\n') _position++;
                break;
            case (byte)'\n':
                break;
            case >= (byte)'0' and <= (byte)'7':
                var value = e - '0';
                for (var i = 0; i < 2 && !AtEnd && pdf[_position] is >= (byte)'0' and <= (byte)'7'; i++)
                    value = value * 8 + (pdf[_position++] - '0');
                bytes.Add((byte)value);
                break;
            default:
                bytes.Add(e);
                break;
        }
    }

    private PdfString ReadHexString()
    {
        var start = _position++;
        var bytes = new List<byte>();
        int? high = null;
        while (true)
        {
            var b = Current;
            _position++;
            if (b == '>') break;
            if (IsWhitespace(b)) continue;
            if (!IsHex(b)) throw new PdfSyntaxException($"Bad character '{(char)b}' in a hexadecimal string", _position - 1);
            if (high is null) high = HexValue(b);
            else
            {
                bytes.Add((byte)(high.Value * 16 + HexValue(b)));
                high = null;
            }
        }
        if (high is not null) bytes.Add((byte)(high.Value * 16));
        return new PdfString([.. bytes], true, start, _position);
    }

    private PdfArray ReadArray(int depth)
    {
        var start = _position++;
        var items = new List<PdfValue>();
        while (true)
        {
            SkipWhitespaceAndComments();
            if (Current == ']')
            {
                _position++;
                return new PdfArray(items, start, _position);
            }
            items.Add(ReadValue(depth + 1));
        }
    }

    private PdfDictionary ReadDictionary(int depth)
    {
        var start = _position;
        _position += 2;
        var entries = new Dictionary<string, PdfValue>(StringComparer.Ordinal);
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        while (true)
        {
            SkipWhitespaceAndComments();
            if (Current == '>')
            {
                if (_position + 1 >= pdf.Length || pdf[_position + 1] != '>') throw new PdfSyntaxException("Expected '>>'", _position);
                _position += 2;
                return new PdfDictionary(entries, offsets, start, _position);
            }
            if (Current != '/') throw new PdfSyntaxException("Expected a name as dictionary key", _position);
            var key = ReadName();
            var value = ReadValue(depth + 1);
            // A repeated key: the first one stays, as most readers do, and its offset with it.
            if (entries.TryAdd(key.Value, value)) offsets[key.Value] = key.Start;
        }
    }

    private PdfValue ReadNumberOrReference()
    {
        var number = ReadNumber();
        if (!number.IsInteger || number.Value < 0) return number;
        var afterNumber = _position;
        SkipWhitespaceAndComments();
        if (!AtEnd && char.IsAsciiDigit((char)pdf[_position]))
        {
            var generation = ReadNumber();
            SkipWhitespaceAndComments();
            if (generation.IsInteger && !AtEnd && pdf[_position] == 'R' && (_position + 1 >= pdf.Length || !IsRegular(pdf[_position + 1])))
            {
                _position++;
                return new PdfReference((int)Math.Min(number.Value, int.MaxValue), (int)Math.Min(generation.Value, int.MaxValue), number.Start, _position);
            }
        }
        _position = afterNumber;
        return number;
    }

    private PdfNumber ReadNumber()
    {
        var start = _position;
        if (Current is (byte)'+' or (byte)'-') _position++;
        while (!AtEnd && (char.IsAsciiDigit((char)pdf[_position]) || pdf[_position] == '.')) _position++;
        var text = Encoding.ASCII.GetString(pdf, start, _position - start);
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw new PdfSyntaxException($"Bad number '{Shorten(text)}'", start);
        return new PdfNumber(value, !text.Contains('.', StringComparison.Ordinal), start, _position);
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
