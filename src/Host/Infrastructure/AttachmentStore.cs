using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Infrastructure;

public sealed class AttachmentOptions
{
    /// <summary>Where files are kept: outside the web root, never served directly.</summary>
    public string Root { get; set; } = "App_Data/attachments";

    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
}

/// <summary>Stores dossier files after checking their size and their real type (by content, not by name).</summary>
public sealed class AttachmentStore(IOptions<AttachmentOptions> options, IHostEnvironment environment)
{
    private static readonly Dictionary<string, (string ContentType, Func<byte[], bool> Matches)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", h => Starts(h, "%PDF-"u8)),
        [".png"] = ("image/png", h => Starts(h, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        [".jpg"] = ("image/jpeg", h => Starts(h, [0xFF, 0xD8, 0xFF])),
        [".jpeg"] = ("image/jpeg", h => Starts(h, [0xFF, 0xD8, 0xFF])),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", h => Starts(h, "PK\x03\x04"u8)),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", h => Starts(h, "PK\x03\x04"u8)),
        [".doc"] = ("application/msword", h => Starts(h, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])),
        [".xls"] = ("application/vnd.ms-excel", h => Starts(h, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])),
    };

    /// <summary>What an API upload that is not a multipart form with a <c>file</c> field is told.</summary>
    public const string MultipartFileNeeded = "Hãy gửi tệp dưới dạng multipart/form-data, trường 'file'.";

    public long MaxBytes => options.Value.MaxBytes;

    public async Task<StoredFile> SaveAsync(string fileName, Stream content, CancellationToken ct)
    {
        var safeName = Path.GetFileName(fileName ?? "").Trim();
        if (safeName.Length is 0 or > 200) throw new DomainException("Tên tệp không hợp lệ.", "file");
        var extension = Path.GetExtension(safeName);
        if (!Allowed.TryGetValue(extension, out var kind))
            throw new DomainException($"Không nhận tệp loại '{extension}'. Chỉ nhận PDF, ảnh PNG/JPEG, Word, Excel.", "file");

        var key = Guid.NewGuid().ToString("N");
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        long size;
        byte[] hash;
        var header = new byte[8];
        try
        {
            await using (var file = File.Create(path))
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                size = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    if (size < header.Length) Array.Copy(buffer, 0, header, (int)size, (int)Math.Min(read, header.Length - size));
                    size += read;
                    if (size > MaxBytes)
                        throw new DomainException($"Tệp '{safeName}' vượt quá {Readable(MaxBytes)}.", "file");
                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                hash = sha.GetHashAndReset();
            }
            if (size == 0) throw new DomainException($"Tệp '{safeName}' rỗng.", "file");
            if (!kind.Matches(header))
                throw new DomainException($"Nội dung tệp '{safeName}' không đúng là tệp {extension.TrimStart('.').ToUpperInvariant()}.", "file");
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        return new StoredFile(key, safeName, kind.ContentType, size, Convert.ToHexStringLower(hash));
    }

    public Stream Open(string key) => File.OpenRead(PathOf(key));

    public void Delete(string key) => File.Delete(PathOf(key));

    /// <summary>The folder of the files, as configured (relative to the content root); the backup reads it too.</summary>
    public string Root => RootOf(options.Value, environment);

    public static string RootOf(AttachmentOptions options, IHostEnvironment environment) =>
        Path.IsPathRooted(options.Root) ? options.Root : Path.Combine(environment.ContentRootPath, options.Root);

    private string PathOf(string key)
    {
        if (key.Length != 32 || !key.All(char.IsAsciiHexDigit)) throw new ArgumentException("Bad storage key.", nameof(key));
        return Path.Combine(Root, key[..2], key);
    }

    internal static string Readable(long bytes) => bytes >= 1024 * 1024
        ? string.Format(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), "{0:0.#} MB", bytes / 1024d / 1024d)
        : string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} KB", Math.Max(1, bytes / 1024));

    private static bool Starts(byte[] header, ReadOnlySpan<byte> magic) => header.AsSpan().StartsWith(magic);
}

public sealed record StoredFile(string Key, string FileName, string ContentType, long Size, string Sha256);
