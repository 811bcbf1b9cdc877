using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>
/// SQLite lets one connection write at a time. When a second one tries, Microsoft.Data.Sqlite sleeps 150 ms on the
/// thread and tries again, so two steps arriving together cost the second one a fixed pause, and the pauses pile up.
/// Here the writers of this process queue for the database file instead, without sleeping and in arrival order, before
/// their <c>BEGIN IMMEDIATE</c> (every EF transaction, the step's and SaveChanges' own) or their single write statement
/// outside a transaction (an outbox claim). SQLite's own locking still decides: the gate only keeps this process's
/// writers from colliding, so a writer that waited too long (another process holds the file) goes on to SQLite's lock.
/// </summary>
public sealed class SqliteWriteGate : IDbTransactionInterceptor, IDbConnectionInterceptor, IDbCommandInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    /// <summary>Beyond this wait the writer stops queueing and meets SQLite's busy handling, as without the gate.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Files = new(StringComparer.Ordinal);

    private readonly ConditionalWeakTable<DbConnection, Lease> _byConnection = new();
    private readonly ConditionalWeakTable<DbTransaction, Lease> _byTransaction = new();

    private SqliteWriteGate() { }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        var lease = LeaseOf(connection);
        if (!lease.Held) lease.Held = await lease.Gate.WaitAsync(MaxWait, cancellationToken);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        var lease = LeaseOf(connection);
        if (!lease.Held) lease.Held = lease.Gate.Wait(MaxWait);
        return result;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        _byTransaction.AddOrUpdate(result, LeaseOf(connection));
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(TransactionStarted(connection, eventData, result));

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(transaction);
        return Task.CompletedTask;
    }

    // A transaction disposed without commit or rollback (an exception) is rolled back by SQLite when its connection
    // goes back to the pool: the lease ends there.
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(connection);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    public void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => Release(connection);

    public Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (IsLoneWrite(command) && LeaseOf(command.Connection!) is { Held: false } lease)
            lease.HeldByCommand = await lease.Gate.WaitAsync(MaxWait, cancellationToken);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (IsLoneWrite(command) && LeaseOf(command.Connection!) is { Held: false } lease)
            lease.HeldByCommand = lease.Gate.Wait(MaxWait);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        ReleaseCommand(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ReleaseCommand(command);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ReleaseCommand(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ReleaseCommand(command);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => ReleaseCommand(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ReleaseCommand(command);
        return Task.CompletedTask;
    }

    /// <summary>A statement that writes on its own (autocommit): an ExecuteUpdate, ExecuteDelete or raw SQL outside a transaction.</summary>
    private static bool IsLoneWrite(DbCommand command) =>
        command.Transaction is null && command.Connection is not null
        && !command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
        && !command.CommandText.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase);

    private Lease LeaseOf(DbConnection connection) =>
        _byConnection.GetValue(connection, c => new Lease(Files.GetOrAdd(FileOf(c), _ => new SemaphoreSlim(1, 1))));

    private static string FileOf(DbConnection connection)
    {
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection.ConnectionString).DataSource;
        return source is "" or ":memory:" ? connection.ConnectionString : Path.GetFullPath(source);
    }

    private void Release(DbTransaction transaction)
    {
        if (_byTransaction.TryGetValue(transaction, out var lease))
        {
            _byTransaction.Remove(transaction);
            lease.EndTransaction();
        }
    }

    private void Release(DbConnection connection)
    {
        if (_byConnection.TryGetValue(connection, out var lease))
        {
            lease.EndTransaction();
            lease.EndCommand();
        }
    }

    private void ReleaseCommand(DbCommand command)
    {
        if (command.Connection is { } connection && _byConnection.TryGetValue(connection, out var lease)) lease.EndCommand();
    }

    /// <summary>One connection's turn at the file: held for a transaction, or for one statement.</summary>
    private sealed class Lease(SemaphoreSlim gate)
    {
        public SemaphoreSlim Gate { get; } = gate;
        public bool Held { get; set; }
        public bool HeldByCommand { get; set; }

        public void EndTransaction()
        {
            if (!Held) return;
            Held = false;
            Gate.Release();
        }

        public void EndCommand()
        {
            if (!HeldByCommand) return;
            HeldByCommand = false;
            Gate.Release();
        }
    }
}
