using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>
/// Creates or upgrades the database, then adds what every installation needs (roles, the three default workflows,
/// the three award types and the parts their dossiers need, the public holidays) and, in demo mode only, the demo province.
/// Hosts starting together on one PostgreSQL database do this one after another: the first sets it up, the others find it done.
/// </summary>
public static class DatabaseInitializer
{
    /// <summary>The PostgreSQL advisory lock held while a host sets the database up ("toandan" in ASCII).</summary>
    private const long StartupLock = 0x746F616E64616E;

    public static async Task InitializeAsync(IServiceProvider services, IConfiguration configuration)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AwardsDbContext>();
        if (db.Database.IsSqlite())
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        await using var oneHostAtATime = await OneHostAtATimeAsync(db);
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

        await FillSearchKeysAsync(db);

        var clock = provider.GetRequiredService<TimeProvider>();
        await SeedRolesAsync(provider.GetRequiredService<RoleManager<IdentityRole>>());
        await DefaultWorkflowSeeding.SeedAsync(db, clock, provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DefaultWorkflowSeeding)));
        await SeedAwardTypesAsync(db);
        await DefaultRequiredParts.SeedAsync(db);
        await DefaultEligibility.SeedAsync(db);
        await DefaultReportColumns.SeedAsync(db);
        await SeedHolidaysAsync(db);
        await DefaultEmailTemplates.SeedAsync(db, clock);
        if (DemoMode.IsOn(configuration))
            await DemoData.SeedAsync(provider);
        // A database from before the statistics store: counted once from its dossiers, in one transaction.
        if (await StatisticsStore.IsMissingAsync(db, CancellationToken.None))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await StatisticsStore.RebuildAsync(db, CancellationToken.None);
            await transaction.CommitAsync();
        }
    }

    /// <summary>
    /// On PostgreSQL: creates the database if no host has yet, then holds the advisory lock on it until disposed (a host
    /// that dies lets it go with its connection). Without it, two hosts migrating at once both create the same tables.
    /// </summary>
    private static async Task<IAsyncDisposable?> OneHostAtATimeAsync(AwardsDbContext db)
    {
        if (!db.Database.IsNpgsql()) return null;
        var creator = db.GetService<IRelationalDatabaseCreator>();
        try
        {
            if (!await creator.ExistsAsync()) await creator.CreateAsync();
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase)
        {
            // Another host created it a moment ago.
        }
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StartupLock})");
        return new AdvisoryLock(db);
    }

    private sealed class AdvisoryLock(AwardsDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartupLock})");
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Rows from before the search keys existed get theirs once; every later save writes them anyway.</summary>
    private static async Task FillSearchKeysAsync(AwardsDbContext db)
    {
        foreach (var unit in await db.Units.Where(u => u.SearchKey == "").ToListAsync())
            db.Entry(unit).Property(u => u.SearchKey).IsModified = true;
        foreach (var user in await db.Users.Where(u => u.SearchKey == "").ToListAsync())
            db.Entry(user).Property(u => u.SearchKey).IsModified = true;
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private static async Task SeedRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.Names.Keys)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }

    private static async Task SeedAwardTypesAsync(AwardsDbContext db)
    {
        if (await db.AwardTypes.AnyAsync()) return;
        db.AwardTypes.AddRange(
            new AwardType("GK-GDCAT", "Giấy khen của Giám đốc Công an tỉnh", "Giám đốc Công an tỉnh", IssuerKinds.ProvincePolice,
                allowsCollectives: true, allowsIndividuals: true, oncePerLifetime: false, DefaultWorkflows.GiayKhen,
                "Tập thể, cá nhân có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc; chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước."),
            new AwardType("BK-CTUBND", "Bằng khen của Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh", IssuerKinds.ProvinceCommittee,
                allowsCollectives: true, allowsIndividuals: true, oncePerLifetime: false, DefaultWorkflows.BangKhen,
                "Tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc, được Giám đốc Công an tỉnh đề nghị."),
            new AwardType("KNC-BVANTQ", "Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\"", "Bộ trưởng Bộ Công an", IssuerKinds.Ministry,
                allowsCollectives: false, allowsIndividuals: true, oncePerLifetime: true, DefaultWorkflows.KyNiemChuong,
                "Cá nhân có nhiều đóng góp cho sự nghiệp bảo vệ an ninh Tổ quốc; mỗi người chỉ được tặng một lần (Thông tư 20/2025/TT-BCA)."));
        await db.SaveChangesAsync();
    }

    private static async Task SeedHolidaysAsync(AwardsDbContext db)
    {
        if (await db.Holidays.AnyAsync()) return;
        foreach (var (date, name) in VietnamHolidays.Known)
            db.Holidays.Add(new Holiday { Date = date, Name = name });
        await db.SaveChangesAsync();
    }
}
