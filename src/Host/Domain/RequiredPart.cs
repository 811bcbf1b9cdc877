using System.Text;

namespace ToanDan.Awards.Host.Domain;

/// <summary>
/// How a dossier is handled: the standard procedure (thủ tục thông thường) of a round, or the simplified procedure
/// (thủ tục đơn giản) of an ad-hoc commendation, which needs no council minutes.
/// </summary>
public enum Procedure
{
    Standard,
    Simplified,
}

public static class ProcedureNames
{
    public static string Of(Procedure procedure) => procedure switch
    {
        Procedure.Standard => "Thủ tục thông thường",
        Procedure.Simplified => "Thủ tục đơn giản",
        _ => procedure.ToString(),
    };
}

/// <summary>
/// A part a dossier of an award type must hold under a procedure (tờ trình, danh sách, báo cáo thành tích…);
/// administrators edit them. A per-nominee part is one file for each nominee kept in the dossier. A removed part is
/// kept (no longer required) so that the files which fulfilled it keep their name.
/// </summary>
public sealed class RequiredPart
{
    public const int MaxNameLength = 256;

    public static string NameTooLong => $"Tên thành phần hồ sơ dài tối đa {MaxNameLength} ký tự.";
    public const int MaxNoteLength = 1000;

    public static readonly string NoteTooLong = $"Ghi chú dài tối đa {MaxNoteLength} ký tự.";
    public const int MaxCodeLength = 64;

    private RequiredPart() { }

    public RequiredPart(int awardTypeId, Procedure procedure, string? code, string name, bool perNominee, int order, string? note)
    {
        AwardTypeId = awardTypeId;
        Procedure = procedure;
        Rename(name, note);
        Code = CodeFor(string.IsNullOrWhiteSpace(code) ? Name : code);
        PerNominee = perNominee;
        Order = order;
    }

    public int Id { get; private set; }
    public int AwardTypeId { get; private set; }
    public Procedure Procedure { get; private set; }

    /// <summary>Stable within its award type and procedure; what an attachment names when it fulfils the part.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";
    public bool PerNominee { get; private set; }
    public int Order { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsRequired => RemovedAt is null;

    public void Rename(string name, string? note)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) throw new DomainException("Hãy nhập tên thành phần hồ sơ.", "name");
        if (trimmed.Length > MaxNameLength) throw new DomainException(NameTooLong, "name");
        var cleanNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (cleanNote?.Length > MaxNoteLength) throw new DomainException(NoteTooLong, "note");
        (Name, Note) = (trimmed, cleanNote);
    }

    public void MoveTo(int order) => Order = order;

    public void Remove(DateTimeOffset at)
    {
        if (!IsRequired) throw new DomainException($"Thành phần '{Name}' đã được bỏ trước đó.", "status");
        RemovedAt = at;
    }

    /// <summary>A part removed earlier is asked for again (added back under the same code).</summary>
    public void Restore(string name, bool perNominee, int order, string? note)
    {
        if (IsRequired) throw new DomainException($"Đã có thành phần '{Name}' (mã {Code}) trong {ProcedureNames.Of(Procedure).ToLowerInvariant()}.", "code");
        Rename(name, note);
        (PerNominee, Order, RemovedAt) = (perNominee, order, null);
    }

    /// <summary>What the checklist says is missing: "Báo cáo thành tích của Nguyễn Văn A".</summary>
    public string For(Nominee? nominee) => nominee is null ? Name : $"{Name} của {nominee.Name}";

    /// <summary>A code from a name or a typed code: folded, lower case, words joined by dashes ("bao-cao-thanh-tich").</summary>
    public static string CodeFor(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in VietnameseText.Key(text))
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var code = builder.ToString().Trim('-');
        if (code.Length == 0) throw new DomainException("Mã thành phần hồ sơ phải có chữ hoặc số.", "code");
        return code.Length > MaxCodeLength ? code[..MaxCodeLength].TrimEnd('-') : code;
    }
}

/// <summary>One line of a dossier's checklist: a part (of one nominee, for a per-nominee part) and the files that fulfil it.</summary>
public sealed record ChecklistLine(RequiredPart Part, Nominee? Nominee, IReadOnlyList<Attachment> Files)
{
    public bool IsFulfilled => Files.Count > 0;
    public string Text => Part.For(Nominee);
}
