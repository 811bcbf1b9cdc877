using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Infrastructure.Backup;

/// <summary>
/// <c>backup [--to file.zip|folder]</c> and <c>restore --from file.zip --to folder [--force]</c>, run instead of the web
/// application. The backup reads the database and attachment folder the application is configured with (the same
/// appsettings, environment variables and command-line settings), while the application keeps running.
/// </summary>
public static class BackupCommandLine
{
    public const string Usage = """
        Cách dùng:
          backup [--to <tệp.zip | thư mục>]                  sao lưu trực tuyến cơ sở dữ liệu SQLite và tệp đính kèm
          restore --from <tệp.zip> --to <thư mục> [--force]  kiểm tra rồi khôi phục vào thư mục (awards.db, attachments/)
        """;

    /// <summary>Runs the command and returns its exit code, or null when the arguments are not one (the web application runs).</summary>
    public static async Task<int?> RunBackupCommandAsync(string[] args, TextWriter? output = null, TextWriter? errors = null)
    {
        if (args.Length == 0 || args[0] is not ("backup" or "restore")) return null;
        output ??= Console.Out;
        errors ??= Console.Error;
        var (options, settings) = Split(args[1..]);
        try
        {
            return args[0] == "backup"
                ? await BackupAsync(options, settings, output, errors)
                : await RestoreAsync(options, output, errors);
        }
        catch (DomainException e)
        {
            await errors.WriteLineAsync($"Lỗi: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> BackupAsync(Dictionary<string, string?> options, string[] settings, TextWriter output, TextWriter errors)
    {
        if (options.Keys.Any(k => k != "to")) return await UsageAsync(errors);
        var builder = WebApplication.CreateBuilder(settings);
        if (HostSetup.UsesPostgres(builder.Configuration))
        {
            await errors.WriteLineAsync(BackupArchive.UsePgDump);
            return 1;
        }
        var configuration = builder.Configuration;
        var attachments = AttachmentStore.RootOf(configuration.GetSection("Attachments").Get<AttachmentOptions>() ?? new(), builder.Environment);
        var now = DateTimeOffset.UtcNow;
        var target = options.GetValueOrDefault("to") ?? Path.Combine(builder.Environment.ContentRootPath,
            configuration.GetSection("Backup").Get<BackupOptions>()?.Folder ?? new BackupOptions().Folder);
        if (!target.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            target = Path.Combine(target, $"toandan-{now.UtcDateTime:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}.zip");
        var manifest = await BackupArchive.CreateAsync(HostSetup.SqliteConnectionString(configuration, builder.Environment), attachments,
            target, now, CancellationToken.None);
        var c = manifest.Counts;
        await output.WriteLineAsync($"Đã sao lưu vào {Path.GetFullPath(target)}: {c.Dossiers} hồ sơ, {c.Decisions} quyết định, " +
            $"{manifest.Files.Count - 1} tệp đính kèm (phiên bản {manifest.AppVersion}).");
        return 0;
    }

    private static async Task<int> RestoreAsync(Dictionary<string, string?> options, TextWriter output, TextWriter errors)
    {
        if (options.GetValueOrDefault("from") is not { Length: > 0 } from || options.GetValueOrDefault("to") is not { Length: > 0 } to
            || options.Keys.Any(k => k is not ("from" or "to" or "force")))
            return await UsageAsync(errors);
        var manifest = await BackupArchive.RestoreAsync(from, to, options.ContainsKey("force"), CancellationToken.None);
        var folder = Path.GetFullPath(to);
        var c = manifest.Counts;
        await output.WriteLineAsync($"Đã kiểm tra {manifest.Files.Count} tệp (SHA-256 khớp manifest) và khôi phục bản sao lưu lúc " +
            $"{Workflow.VietnamTime.DateTime(manifest.CreatedAt)} vào {folder}: {c.Dossiers} hồ sơ, {c.Decisions} quyết định, {c.Attachments + c.SignedCopies} tệp.");
        await output.WriteLineAsync("Chạy ứng dụng trên dữ liệu này:");
        await output.WriteLineAsync($"  ConnectionStrings__Awards=\"Data Source={Path.Combine(folder, BackupArchive.DatabaseEntry)}\" " +
            $"Attachments__Root=\"{Path.Combine(folder, BackupArchive.AttachmentsFolder)}\" dotnet run --project src/Host");
        return 0;
    }

    private static async Task<int> UsageAsync(TextWriter errors)
    {
        await errors.WriteLineAsync(Usage);
        return 2;
    }

    /// <summary>Our own options (<c>--to</c>, <c>--from</c>, <c>--force</c>) apart from the host's settings (<c>--Key=value</c>).</summary>
    private static (Dictionary<string, string?> Options, string[] Settings) Split(string[] args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--force":
                    options["force"] = null;
                    break;
                case "--to" or "--from" when i + 1 < args.Length:
                    options[args[i][2..]] = args[++i];
                    break;
                default:
                    settings.Add(args[i]);
                    break;
            }
        }
        return (options, [.. settings]);
    }
}
