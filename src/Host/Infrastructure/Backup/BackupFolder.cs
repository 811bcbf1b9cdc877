using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Infrastructure.Backup;

public sealed class BackupOptions
{
    /// <summary>Where the administrator's backups are kept (relative to the content root): outside the web root.</summary>
    public string Folder { get; set; } = "App_Data/backups";
}

public sealed record BackupListing(string Name, long Size, BackupManifest Manifest);

/// <summary>The backups an administrator makes from the pages or the API, kept in the configured folder.</summary>
public sealed partial class BackupFolder(AwardsDbContext db, AttachmentStore attachments, IOptions<BackupOptions> options,
    IHostEnvironment environment, TimeProvider clock)
{
    /// <summary>One backup at a time per host: a second click waits for the first instead of copying everything twice at once.</summary>
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public string Path => System.IO.Path.IsPathRooted(options.Value.Folder)
        ? options.Value.Folder
        : System.IO.Path.Combine(environment.ContentRootPath, options.Value.Folder);

    /// <summary>Only a SQLite installation is backed up here; PostgreSQL's backup is pg_dump's.</summary>
    public bool Supported => db.Database.IsSqlite();

    /// <summary>On PostgreSQL: refused with the sentence that says how it is done there.</summary>
    public void RequireSqlite()
    {
        if (!Supported) throw new NotApplicableException(BackupArchive.UsePgDump);
    }

    public async Task<BackupListing> MakeAsync(CancellationToken ct)
    {
        RequireSqlite();
        var now = clock.GetUtcNow();
        var name = $"toandan-{now.UtcDateTime:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}.zip";
        var file = System.IO.Path.Combine(Path, name);
        await OneAtATime.WaitAsync(ct);
        try
        {
            var manifest = await BackupArchive.CreateAsync(db.Database.GetConnectionString()!, attachments.Root, file, now, ct);
            return new BackupListing(name, new FileInfo(file).Length, manifest);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>The backups in the folder, newest first; a file that is not a readable backup is left out.</summary>
    public async Task<IReadOnlyList<BackupListing>> ListAsync(CancellationToken ct)
    {
        RequireSqlite();
        if (!Directory.Exists(Path)) return [];
        var listed = new List<BackupListing>();
        foreach (var file in Directory.EnumerateFiles(Path, "toandan-*.zip").Where(f => IsName(System.IO.Path.GetFileName(f))))
        {
            try
            {
                listed.Add(new BackupListing(System.IO.Path.GetFileName(file), new FileInfo(file).Length, await BackupArchive.ReadManifestAsync(file, ct)));
            }
            catch (DomainException)
            {
                // A damaged or foreign zip in the folder is not offered for download as a backup.
            }
        }
        return [.. listed.OrderByDescending(b => b.Manifest.CreatedAt).ThenByDescending(b => b.Name, StringComparer.Ordinal)];
    }

    public Stream Open(string name)
    {
        RequireSqlite();
        var file = System.IO.Path.Combine(Path, name);
        if (!IsName(name) || !File.Exists(file)) throw new NotFoundException("Không tìm thấy bản sao lưu.");
        return File.OpenRead(file);
    }

    public static bool IsName(string name) => Name().IsMatch(name);

    [GeneratedRegex(@"^toandan-\d{8}-\d{6}-[0-9a-f]{6}\.zip$")]
    private static partial Regex Name();
}
