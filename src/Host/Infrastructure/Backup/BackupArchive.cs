using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Infrastructure.Backup;

/// <summary>What a backup holds: when, from which version, how many of what, and the SHA-256 of every file in it.</summary>
public sealed record BackupManifest(int Format, DateTimeOffset CreatedAt, string AppVersion, BackupCounts Counts, IReadOnlyList<BackupFile> Files);

public sealed record BackupCounts(int Dossiers, int Nominees, int Decisions, int Attachments, int SignedCopies, int Accounts, int AuditEntries);

public sealed record BackupFile(string Path, long Size, string Sha256);

/// <summary>
/// A backup of a SQLite installation as one .zip: the database, the attachment files it refers to, a manifest.
/// The database is copied by SQLite's online backup API from one read transaction (in WAL mode writers go on
/// meanwhile), never as a file. The files are copied after it: a file is written before the row naming it is
/// committed and never changed afterwards, so every file the snapshot names is already there, and files written
/// later belong to rows the snapshot does not have.
/// </summary>
public static class BackupArchive
{
    public const string DatabaseEntry = "awards.db";
    public const string ManifestEntry = "manifest.json";
    public const string AttachmentsFolder = "attachments";

    public const string UsePgDump =
        "Cơ sở dữ liệu đang dùng PostgreSQL: hãy sao lưu bằng pg_dump -Fc (khôi phục bằng pg_restore) rồi chép thư mục tệp đính kèm, theo hướng dẫn ở mục \"Backup and restore\" của README.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string AppVersion =>
        typeof(BackupArchive).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Writes the backup to <paramref name="zipPath"/> (through a temporary file beside it, so a half-written
    /// backup is never taken for one).</summary>
    public static async Task<BackupManifest> CreateAsync(string connectionString, string attachmentsRoot, string zipPath, DateTimeOffset now,
        CancellationToken ct)
    {
        // Opening a missing file would create an empty database and back that up.
        var database = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!File.Exists(database)) throw new DomainException($"Không tìm thấy cơ sở dữ liệu {Path.GetFullPath(database)}: chưa sao lưu được.");
        var folder = Path.GetDirectoryName(Path.GetFullPath(zipPath))!;
        Directory.CreateDirectory(folder);
        var snapshot = Path.Combine(folder, $".snapshot-{Guid.NewGuid():N}.db");
        var partial = zipPath + ".partial";
        try
        {
            Snapshot(connectionString, snapshot);
            var (counts, referenced) = await ReadSnapshotAsync(snapshot, ct);
            var files = new List<BackupFile>();
            BackupManifest manifest;
            await using (var output = File.Create(partial))
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create))
            {
                await using (var db = File.OpenRead(snapshot))
                    files.Add(await AddAsync(zip, DatabaseEntry, db, CompressionLevel.Optimal, ct));
                foreach (var (key, sha256) in referenced)
                {
                    var source = Path.Combine(attachmentsRoot, key[..2], key);
                    if (!File.Exists(source))
                        throw new DomainException($"Thiếu tệp đính kèm {key} mà cơ sở dữ liệu có ghi: kho tệp không còn đủ, chưa sao lưu được.");
                    await using var file = File.OpenRead(source);
                    var added = await AddAsync(zip, EntryOf(key), file, CompressionLevel.Fastest, ct);
                    if (!added.Sha256.Equals(sha256, StringComparison.OrdinalIgnoreCase))
                        throw new DomainException($"Tệp đính kèm {key} không còn đúng như khi tải lên (mã SHA-256 khác): kho tệp bị thay đổi, chưa sao lưu được.");
                    files.Add(added);
                }
                manifest = new BackupManifest(1, now, AppVersion, counts, files);
                await using (var entry = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal).Open())
                    await JsonSerializer.SerializeAsync(entry, manifest, Json, ct);
            }
            File.Move(partial, zipPath, overwrite: true);
            return manifest;
        }
        finally
        {
            File.Delete(snapshot);
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Puts the backup's database and files into <paramref name="targetFolder"/> (<c>awards.db</c>, <c>attachments/</c>)
    /// after checking every file against the manifest; refuses a folder that already holds something unless
    /// <paramref name="overwrite"/>. Nothing is written to the target when a check fails.
    /// </summary>
    public static async Task<BackupManifest> RestoreAsync(string zipPath, string targetFolder, bool overwrite, CancellationToken ct)
    {
        if (!File.Exists(zipPath)) throw new DomainException($"Không tìm thấy tệp sao lưu {zipPath}.");
        var target = Path.GetFullPath(targetFolder);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !overwrite)
            throw new DomainException($"Thư mục {target} đã có dữ liệu: không ghi đè. Hãy chọn một thư mục trống, hoặc thêm --force để thay dữ liệu trong đó.");
        var manifest = await ReadManifestAsync(zipPath, ct);
        var staging = Path.Combine(Path.GetDirectoryName(target.TrimEnd(Path.DirectorySeparatorChar))!, $".restore-{Guid.NewGuid():N}");
        try
        {
            await ExtractVerifiedAsync(zipPath, manifest, staging, ct);
            await CheckDatabaseAsync(Path.Combine(staging, DatabaseEntry), staging, ct);
            Directory.CreateDirectory(target);
            foreach (var stale in new[] { DatabaseEntry, DatabaseEntry + "-wal", DatabaseEntry + "-shm" })
                File.Delete(Path.Combine(target, stale));
            if (Directory.Exists(Path.Combine(target, AttachmentsFolder))) Directory.Delete(Path.Combine(target, AttachmentsFolder), recursive: true);
            File.Move(Path.Combine(staging, DatabaseEntry), Path.Combine(target, DatabaseEntry));
            var files = Path.Combine(staging, AttachmentsFolder);
            if (Directory.Exists(files)) Directory.Move(files, Path.Combine(target, AttachmentsFolder));
            else Directory.CreateDirectory(Path.Combine(target, AttachmentsFolder));
            return manifest;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    public static async Task<BackupManifest> ReadManifestAsync(string zipPath, CancellationToken ct)
    {
        try
        {
            using var zip = ZipFile.OpenRead(zipPath);
            var entry = zip.GetEntry(ManifestEntry) ?? throw new DomainException($"Tệp {Path.GetFileName(zipPath)} không phải bản sao lưu: không có {ManifestEntry}.");
            await using var stream = entry.Open();
            return await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, ct)
                ?? throw new DomainException($"Tệp {ManifestEntry} của bản sao lưu rỗng.");
        }
        catch (Exception e) when (e is InvalidDataException or JsonException)
        {
            throw new DomainException($"Tệp {Path.GetFileName(zipPath)} hỏng hoặc không phải bản sao lưu ({e.Message}).");
        }
    }

    private static void Snapshot(string connectionString, string snapshot)
    {
        using var source = new SqliteConnection(connectionString);
        source.Open();
        using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Pooling = false }.ToString());
        copy.Open();
        source.BackupDatabase(copy);
        // The copy keeps the source's WAL flag; a self-contained file restores as one file.
        using var command = copy.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=DELETE;";
        command.ExecuteNonQuery();
    }

    private static async Task<(BackupCounts Counts, IReadOnlyList<(string Key, string Sha256)> Files)> ReadSnapshotAsync(string snapshot, CancellationToken ct)
    {
        await using var db = Open(snapshot);
        var counts = new BackupCounts(await db.Nominations.CountAsync(ct), await db.Nominees.CountAsync(ct), await db.Decisions.CountAsync(ct),
            await db.Attachments.CountAsync(ct), await db.SignedDecisionCopies.CountAsync(ct), await db.Users.CountAsync(ct), await db.AuditEntries.CountAsync(ct));
        var attachments = await db.Attachments.Select(a => new { a.StorageKey, a.Sha256 }).ToListAsync(ct);
        var copies = await db.SignedDecisionCopies.Select(c => new { c.StorageKey, c.Sha256 }).ToListAsync(ct);
        var files = attachments.Concat(copies).Where(f => f.StorageKey != "").DistinctBy(f => f.StorageKey)
            .OrderBy(f => f.StorageKey, StringComparer.Ordinal).Select(f => (f.StorageKey, f.Sha256)).ToList();
        return (counts, files);
    }

    private static SqliteAwardsDbContext Open(string file) =>
        new(new DbContextOptionsBuilder<SqliteAwardsDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()).Options);

    private static string EntryOf(string key)
    {
        if (key.Length != 32 || !key.All(char.IsAsciiHexDigit)) throw new DomainException($"Khóa lưu trữ tệp không hợp lệ: {key}.");
        return $"{AttachmentsFolder}/{key[..2]}/{key}";
    }

    private static async Task<BackupFile> AddAsync(ZipArchive zip, string name, Stream content, CompressionLevel level, CancellationToken ct)
    {
        await using var entry = zip.CreateEntry(name, level).Open();
        var (size, sha256) = await CopyHashingAsync(content, entry, ct);
        return new BackupFile(name, size, sha256);
    }

    private static async Task<(long Size, string Sha256)> CopyHashingAsync(Stream from, Stream to, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = await from.ReadAsync(buffer, ct)) > 0)
        {
            sha.AppendData(buffer, 0, read);
            await to.WriteAsync(buffer.AsMemory(0, read), ct);
            size += read;
        }
        return (size, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    /// <summary>Every entry is named in the manifest with its size and SHA-256, and nothing else is in the archive.</summary>
    private static async Task ExtractVerifiedAsync(string zipPath, BackupManifest manifest, string staging, CancellationToken ct)
    {
        var expected = manifest.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        if (!expected.ContainsKey(DatabaseEntry)) throw new DomainException($"Bản sao lưu không có cơ sở dữ liệu ({DatabaseEntry}).");
        using var zip = ZipFile.OpenRead(zipPath);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName != ManifestEntry))
        {
            if (!expected.TryGetValue(entry.FullName, out var file) || (entry.FullName != DatabaseEntry && !IsAttachmentEntry(entry.FullName)))
                throw new DomainException($"Bản sao lưu có tệp {entry.FullName} không ghi trong {ManifestEntry}: bản sao lưu đã bị thay đổi, không khôi phục.");
            var path = Path.Combine(staging, entry.FullName.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var from = entry.Open())
            await using (var to = File.Create(path))
            {
                var (size, sha256) = await CopyHashingAsync(from, to, ct);
                if (size != file.Size || !sha256.Equals(file.Sha256, StringComparison.OrdinalIgnoreCase))
                    throw new DomainException($"Tệp {entry.FullName} trong bản sao lưu không khớp mã SHA-256 ghi trong {ManifestEntry}: bản sao lưu đã bị thay đổi hoặc hỏng, không khôi phục.");
            }
            seen.Add(entry.FullName);
        }
        var missing = expected.Keys.Where(k => !seen.Contains(k)).ToList();
        if (missing.Count > 0)
            throw new DomainException($"Bản sao lưu thiếu {missing.Count} tệp ghi trong {ManifestEntry} (như {missing[0]}): không khôi phục.");
    }

    private static bool IsAttachmentEntry(string name) =>
        name.Split('/') is [AttachmentsFolder, var prefix, var key] && key.Length == 32 && key.All(char.IsAsciiHexDigit) && prefix == key[..2];

    /// <summary>The database is sound and every file it names came with it, unchanged since upload.</summary>
    private static async Task CheckDatabaseAsync(string file, string staging, CancellationToken ct)
    {
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()))
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check;";
            var result = (string?)await command.ExecuteScalarAsync(ct);
            if (result != "ok") throw new DomainException($"Cơ sở dữ liệu trong bản sao lưu bị hỏng ({result}): không khôi phục.");
        }
        var (_, files) = await ReadSnapshotAsync(file, ct);
        foreach (var (key, sha256) in files)
        {
            var path = Path.Combine(staging, AttachmentsFolder, key[..2], key);
            if (!File.Exists(path)) throw new DomainException($"Bản sao lưu thiếu tệp đính kèm {key} mà cơ sở dữ liệu có ghi: không khôi phục.");
            await using var stream = File.OpenRead(path);
            var (_, actual) = await CopyHashingAsync(stream, Stream.Null, ct);
            if (!actual.Equals(sha256, StringComparison.OrdinalIgnoreCase))
                throw new DomainException($"Tệp đính kèm {key} trong bản sao lưu khác với tệp đã tải lên (mã SHA-256 ghi trong cơ sở dữ liệu): không khôi phục.");
        }
    }
}
