using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace ToanDan.Awards.Host.Persistence;

#pragma warning disable EF1001 // EF's SQLite connection service is internal API: the one place that decides when the connection closes.

/// <summary>
/// EF's SQLite connection, kept open for as long as its pooled context lives. EF closes its connection after each statement
/// outside a transaction and when the context goes back to the pool; each reopening registered EF's SQL functions again and
/// each close threw away what the connection had compiled (<see cref="PreparedStatements"/>). Open, a connection with no
/// statement running holds no lock and no snapshot of the file; it closes when its context is disposed.
/// </summary>
/// <remarks>
/// A transaction that ends without a commit or a rollback (disposed after a failure) used to end with its connection's
/// close, which the write gate listened for; kept open, the connection tells the gate when EF lets go of the transaction.
/// </remarks>
internal sealed class KeptOpenSqliteConnection(
    RelationalConnectionDependencies dependencies, IRawSqlCommandBuilder rawSqlCommandBuilder, IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override void CloseDbConnection()
    {
    }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;

    public override Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? UseTransaction(DbTransaction? transaction)
    {
        var ending = Ending(transaction);
        var result = base.UseTransaction(transaction);
        if (ending is not null) SqliteWriteGate.Instance.TransactionLetGo(ending);
        return result;
    }

    public override async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> UseTransactionAsync(DbTransaction? transaction,
        CancellationToken cancellationToken = default)
    {
        var ending = Ending(transaction);
        var result = await base.UseTransactionAsync(transaction, cancellationToken);
        if (ending is not null) SqliteWriteGate.Instance.TransactionLetGo(ending);
        return result;
    }

    private DbTransaction? Ending(DbTransaction? next) =>
        next is null && CurrentTransaction is { } current ? current.GetDbTransaction() : null;
}

internal static class KeptOpenSqliteConnections
{
    /// <summary>The host's SQLite contexts keep their connection open, and its compiled statements with it.</summary>
    public static DbContextOptionsBuilder KeepingConnectionsOpen(this DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>().AddInterceptors(PreparedStatements.Instance);
}
