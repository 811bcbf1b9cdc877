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

    private static readonly ConcurrentDictionary<string, FileTurn> Files = new(StringComparer.Ordinal);

    private readonly ConditionalWeakTable<DbConnection, Lease> _byConnection = new();
    private readonly ConditionalWeakTable<DbTransaction, Lease> _byTransaction = new();

    private SqliteWriteGate() { }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        var lease = LeaseOf(connection);
        if (!lease.Held) lease.Held = await lease.Turn.WaitAsync(cancellationToken);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        var lease = LeaseOf(connection);
        if (!lease.Held) lease.Held = lease.Turn.Wait();
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
        await QueueLoneWriteAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        QueueLoneWrite(command);
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

    // A save of one row outside a transaction is one statement that EF runs without a transaction, through a reader
    // (UPDATE ... RETURNING): a lone write too. SQLite holds its lock until the statement is done, so until the reader goes.
    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await QueueLoneWriteAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        QueueLoneWrite(command);
        return result;
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        ReleaseCommand(command);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await QueueLoneWriteAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        QueueLoneWrite(command);
        return result;
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        ReleaseCommand(command);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
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

    private async ValueTask QueueLoneWriteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (IsLoneWrite(command) && LeaseOf(command.Connection!) is { Held: false, HeldByCommand: false } lease)
            lease.HeldByCommand = await lease.Turn.WaitAsync(cancellationToken);
    }

    private void QueueLoneWrite(DbCommand command)
    {
        if (IsLoneWrite(command) && LeaseOf(command.Connection!) is { Held: false, HeldByCommand: false } lease)
            lease.HeldByCommand = lease.Turn.Wait();
    }

    /// <summary>
    /// A statement that may write on its own (autocommit): an ExecuteUpdate, ExecuteDelete, a one-row save or raw SQL outside
    /// a transaction. Anything that does not start (after EF's tag comments) with a reading keyword counts.
    /// </summary>
    internal static bool IsLoneWrite(DbCommand command) =>
        command.Transaction is null && command.Connection is not null && !StartsReading(command.CommandText);

    private static bool StartsReading(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        while (text.StartsWith("--"))
        {
            var end = text.IndexOf('\n');
            text = end < 0 ? [] : text[(end + 1)..].TrimStart();
        }
        foreach (var keyword in ReadingKeywords)
            if (text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] ReadingKeywords = ["SELECT", "PRAGMA", "WITH", "VALUES", "EXPLAIN"];

    /// <summary>How many of this process's writers queue for a turn now, every database file together.</summary>
    public static int WaitingEverywhere() => Files.Values.Sum(t => t.Waiting);

    /// <summary>How many of this process's writers queue for <paramref name="databaseFile"/> right now.</summary>
    public static int Waiting(string databaseFile) =>
        Files.TryGetValue(Path.GetFullPath(databaseFile), out var turn) ? turn.Waiting : 0;

    private Lease LeaseOf(DbConnection connection) =>
        _byConnection.GetValue(connection, c => new Lease(Files.GetOrAdd(FileOf(c), _ => new FileTurn())));

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

    /// <summary>The queue of this process's writers for one database file; how long each waited is a metric.</summary>
    private sealed class FileTurn
    {
        private readonly SemaphoreSlim _semaphore = new(1, 1);
        private int _waiting;
        // One holder at a time: set by who takes the turn, read by who gives it back.
        private long _heldSince;

        public int Waiting => Volatile.Read(ref _waiting);

        public async ValueTask<bool> WaitAsync(CancellationToken cancellationToken)
        {
            if (_semaphore.Wait(0)) return Took(0);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _waiting);
            try
            {
                return Took(started, await _semaphore.WaitAsync(MaxWait, cancellationToken));
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }

        public bool Wait()
        {
            if (_semaphore.Wait(0)) return Took(0);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _waiting);
            try
            {
                return Took(started, _semaphore.Wait(MaxWait));
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }

        /// <param name="by">What held the turn: <c>transaction</c> or <c>statement</c> (a lone write).</param>
        public void Release(string by)
        {
            DatabaseMetrics.WriteTurnHeld.Record(System.Diagnostics.Stopwatch.GetElapsedTime(_heldSince).TotalSeconds,
                new KeyValuePair<string, object?>("by", by));
            _semaphore.Release();
        }

        private bool Took(long started, bool taken = true)
        {
            DatabaseMetrics.WriteTurnWait.Record(started == 0 ? 0 : System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
            if (taken) _heldSince = System.Diagnostics.Stopwatch.GetTimestamp();
            return taken;
        }
    }

    /// <summary>One connection's turn at the file: held for a transaction, or for one statement.</summary>
    private sealed class Lease(FileTurn turn)
    {
        public FileTurn Turn { get; } = turn;
        public bool Held { get; set; }
        public bool HeldByCommand { get; set; }

        public void EndTransaction()
        {
            if (!Held) return;
            Held = false;
            Turn.Release("transaction");
        }

        public void EndCommand()
        {
            if (!HeldByCommand) return;
            HeldByCommand = false;
            Turn.Release("statement");
        }
    }
}
