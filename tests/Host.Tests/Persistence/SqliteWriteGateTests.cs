using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Persistence;

public class SqliteWriteGateTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    /// <summary>
    /// EF saves a single row without a transaction, as one UPDATE or INSERT ... RETURNING through a reader (the outbox
    /// marking a message sent). Outside the queue it would take SQLite's lock from under the writer whose turn it is, and
    /// that writer would meet SQLITE_BUSY and sleep 150 ms: it waits for its turn like every other writer.
    /// </summary>
    [Fact]
    public async Task A_one_row_save_outside_a_transaction_waits_for_the_writer_whose_turn_it_is()
    {
        using var holding = app.Services.CreateScope();
        var writer = holding.ServiceProvider.GetRequiredService<AwardsDbContext>();
        var turn = await writer.Database.BeginTransactionAsync();

        using var saving = app.Services.CreateScope();
        var saver = saving.ServiceProvider.GetRequiredService<AwardsDbContext>();
        saver.AuditEntries.Add(new AuditEntry(DateTimeOffset.UtcNow, "test", "Gate", "Test", null, "one row", null));
        var save = saver.SaveChangesAsync();

        await WaitUntilAsync(() => SqliteWriteGate.Waiting(app.DatabaseFile) == 1);
        Assert.False(save.IsCompleted);
        await turn.CommitAsync();
        await turn.DisposeAsync();
        Assert.Equal(1, await save);
        Assert.Equal(0, SqliteWriteGate.Waiting(app.DatabaseFile));
    }

    [Fact]
    public async Task A_lone_update_waits_and_a_read_tagged_by_ef_does_not()
    {
        using var holding = app.Services.CreateScope();
        var writer = holding.ServiceProvider.GetRequiredService<AwardsDbContext>();
        await using var turn = await writer.Database.BeginTransactionAsync();

        using var reading = app.Services.CreateScope();
        var reader = reading.ServiceProvider.GetRequiredService<AwardsDbContext>();
        Assert.True(await reader.Units.TagWith("a tagged read").AnyAsync());
        Assert.Equal(0, SqliteWriteGate.Waiting(app.DatabaseFile));

        var update = reader.AuditEntries.Where(a => a.Action == "nothing such").ExecuteUpdateAsync(s => s.SetProperty(a => a.Details, "x"));
        await WaitUntilAsync(() => SqliteWriteGate.Waiting(app.DatabaseFile) == 1);
        await turn.CommitAsync();
        Assert.Equal(0, await update);
    }

    /// <summary>
    /// The writers commit without waiting for the disk inside their turn (synchronous=NORMAL on a WAL file); the WAL is
    /// synced after the turn, before the commit returns: a commit answered is on disk all the same.
    /// </summary>
    [Fact]
    public async Task A_commit_returns_once_the_wal_is_synced_and_the_turn_is_not_held_for_the_sync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
        var before = SqliteWriteGate.WalSyncs(app.DatabaseFile);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous";
            Assert.Equal(1L, pragma.ExecuteScalar()); // NORMAL
            db.AuditEntries.Add(new AuditEntry(DateTimeOffset.UtcNow, "test", "Gate", "Test", null, "synced after its turn", null));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        Assert.True(SqliteWriteGate.WalSyncs(app.DatabaseFile) > before);
        Assert.Equal(0, SqliteWriteGate.Waiting(app.DatabaseFile));
    }

    [Fact]
    public async Task A_lone_write_returns_once_the_wal_is_synced()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
        var before = SqliteWriteGate.WalSyncs(app.DatabaseFile);

        await db.AuditEntries.Where(a => a.Action == "nothing such").ExecuteUpdateAsync(s => s.SetProperty(a => a.Details, "x"));

        Assert.True(SqliteWriteGate.WalSyncs(app.DatabaseFile) > before);
    }

    [Theory]
    [InlineData("SELECT 1", false)]
    [InlineData("  -- tag\n-- another\nSELECT 1", false)]
    [InlineData("WITH x AS (SELECT 1) SELECT * FROM x", false)]
    [InlineData("PRAGMA journal_mode", false)]
    [InlineData("UPDATE \"Outbox\" SET \"Status\" = 1 RETURNING 1", true)]
    [InlineData("-- tag\nDELETE FROM \"Holidays\"", true)]
    [InlineData("INSERT INTO \"AuditEntries\" DEFAULT VALUES", true)]
    public void A_statement_outside_a_transaction_is_a_lone_write_unless_it_starts_reading(string sql, bool write)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var command = connection.CreateCommand();
        command.CommandText = sql;

        Assert.Equal(write, SqliteWriteGate.IsLoneWrite(command));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var waited = TimeSpan.Zero; !condition(); waited += TimeSpan.FromMilliseconds(10))
        {
            if (waited > TimeSpan.FromSeconds(20)) throw new TimeoutException("The writer never queued for its turn.");
            await Task.Delay(10);
        }
    }
}
