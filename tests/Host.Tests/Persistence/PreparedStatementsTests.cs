using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Persistence;

/// <summary>
/// The host's contexts keep their SQLite connection open and what it compiled: a statement EF runs again is not compiled
/// again, on the next request as on the same one, and a failure inside a transaction still gives the writer's turn back.
/// </summary>
public class PreparedStatementsTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task A_query_run_again_on_the_same_connection_reuses_its_compiled_statement()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
        var connection = (SqliteConnection)db.Database.GetDbConnection();

        var first = await db.Units.AsNoTracking().Where(u => u.Code == "none such").CountAsync();
        var compiled = Statements(connection);
        var kept = PreparedStatements.KeptBy(connection);
        var again = await db.Units.AsNoTracking().Where(u => u.Code == "none such").CountAsync();

        Assert.Equal(first, again);
        Assert.True(kept >= 1, "the connection keeps the statement it ran");
        Assert.Equal(kept, PreparedStatements.KeptBy(connection));
        Assert.True(compiled > 0, "the compiled statement is kept between the two queries");
        Assert.Equal(compiled, Statements(connection));
        Assert.Equal(ConnectionState.Open, connection.State);
    }

    [Fact]
    public async Task A_context_back_from_the_pool_still_has_its_connection_open_and_its_statements()
    {
        SqliteConnection connection;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
            connection = (SqliteConnection)db.Database.GetDbConnection();
            Assert.True(await db.AwardTypes.AsNoTracking().AnyAsync());
        }
        Assert.Equal(ConnectionState.Open, connection.State);
        Assert.True(PreparedStatements.KeptBy(connection) >= 1);
    }

    [Fact]
    public async Task Parameters_of_a_reused_statement_are_those_of_the_new_query()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
        var codes = await db.Units.AsNoTracking().OrderBy(u => u.Id).Select(u => u.Code).Take(2).ToListAsync();

        foreach (var code in codes)
            Assert.Equal(code, await db.Units.AsNoTracking().Where(u => u.Code == code).Select(u => u.Code).SingleAsync());
    }

    /// <summary>
    /// EF's own transaction around a save of several rows fails (a row that is not there) and is disposed without a
    /// rollback: the connection stays open, so it is not its close that ends the writer's turn, and the turn is free after.
    /// </summary>
    [Fact]
    public async Task A_save_that_fails_inside_its_own_transaction_gives_the_writers_turn_back()
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
            foreach (var id in new[] { -1L, -2L })
            {
                var missing = new AuditEntry(DateTimeOffset.UtcNow, "test", "Gate", "Test", null, "not there", null);
                db.Entry(missing).Property(a => a.Id).CurrentValue = id;
                db.Entry(missing).State = EntityState.Modified;
            }
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
            Assert.False(SqliteWriteGate.Held(app.DatabaseFile));
            Assert.Equal(ConnectionState.Open, db.Database.GetDbConnection().State);
        }

        using var next = app.Services.CreateScope();
        var writer = next.ServiceProvider.GetRequiredService<AwardsDbContext>();
        writer.AuditEntries.Add(new AuditEntry(DateTimeOffset.UtcNow, "test", "Gate", "Test", null, "first", null));
        writer.AuditEntries.Add(new AuditEntry(DateTimeOffset.UtcNow, "test", "Gate", "Test", null, "second", null));
        Assert.Equal(2, await writer.SaveChangesAsync());
        Assert.False(SqliteWriteGate.Held(app.DatabaseFile));
    }

    /// <summary>The memory SQLite holds for the statements compiled on the connection's native handle (none once all are finalized).</summary>
    private static int Statements(SqliteConnection connection)
    {
        Assert.Equal(SQLitePCL.raw.SQLITE_OK, SQLitePCL.raw.sqlite3_db_status(connection.Handle, SQLitePCL.raw.SQLITE_DBSTATUS_STMT_USED, out var used, out _, 0));
        return used;
    }
}
