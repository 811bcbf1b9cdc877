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
/// On a file in WAL mode its writers commit without waiting for the disk, and wait for it after their turn
/// (<see cref="WalSync"/>): a commit is durable before its writer goes on, and the turn is no longer held through the sync.
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
        lease.TransactionRelaxed = Relax(connection);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        var lease = LeaseOf(connection);
        if (!lease.Held) lease.Held = lease.Turn.Wait();
        lease.TransactionRelaxed = Relax(connection);
        return result;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        _byTransaction.AddOrUpdate(result, LeaseOf(connection));
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(TransactionStarted(connection, eventData, result));

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        Release(transaction, committed: true)?.Wait();
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Release(transaction, committed: true) is { } synced) await synced.WaitAsync();
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(transaction, committed: false);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(transaction, committed: false);
        return Task.CompletedTask;
    }

    /// <summary>
    /// EF let go of a transaction: after its commit or rollback (the lease already ended there), or disposed without either
    /// after a failure, when SQLite rolled it back. Told by the kept-open connection (<see cref="KeptOpenSqliteConnection"/>),
    /// which no longer closes after its transaction.
    /// </summary>
    internal void TransactionLetGo(DbTransaction transaction) => Release(transaction, committed: false);

    // A connection that does close (outside the host's pooled contexts) ends its leases with it: SQLite rolls back what
    // it left open.
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
        ReleaseCommand(command, done: true)?.Wait();
        return result;
    }

    public async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (ReleaseCommand(command, done: true) is { } synced) await synced.WaitAsync();
        return result;
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

    // EF gives the reader's end only synchronously: a lone write through a reader waits for its sync on the thread.
    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        ReleaseCommand(command, done: true)?.Wait();
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
        ReleaseCommand(command, done: true)?.Wait();
        return result;
    }

    public async ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        if (ReleaseCommand(command, done: true) is { } synced) await synced.WaitAsync();
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ReleaseCommand(command, done: false);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ReleaseCommand(command, done: false);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => ReleaseCommand(command, done: false);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ReleaseCommand(command, done: false);
        return Task.CompletedTask;
    }

    private async ValueTask QueueLoneWriteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (IsLoneWrite(command) && LeaseOf(command.Connection!) is { Held: false, HeldByCommand: false } lease)
        {
            lease.HeldByCommand = await lease.Turn.WaitAsync(cancellationToken);
            lease.StatementRelaxed = Relax(command.Connection!);
        }
    }

    private void QueueLoneWrite(DbCommand command)
    {
        if (IsLoneWrite(command) && LeaseOf(command.Connection!) is { Held: false, HeldByCommand: false } lease)
        {
            lease.HeldByCommand = lease.Turn.Wait();
            lease.StatementRelaxed = Relax(command.Connection!);
        }
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

    /// <summary>Whether one of this process's writers holds the turn at <paramref name="databaseFile"/> now.</summary>
    public static bool Held(string databaseFile) =>
        Files.TryGetValue(Path.GetFullPath(databaseFile), out var turn) && turn.Held;

    /// <summary>How many syncs of <paramref name="databaseFile"/>'s WAL this process's writers waited for.</summary>
    public static long WalSyncs(string databaseFile) =>
        Files.TryGetValue(Path.GetFullPath(databaseFile), out var turn) ? turn.Wal?.Syncs ?? 0 : 0;

    private Lease LeaseOf(DbConnection connection) =>
        _byConnection.GetValue(connection, c => new Lease(Files.GetOrAdd(FileOf(c), file => new FileTurn(file))));

    private static string FileOf(DbConnection connection)
    {
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection.ConnectionString).DataSource;
        return source is "" or ":memory:" ? connection.ConnectionString : Path.GetFullPath(source);
    }

    // What each SQLite connection of the pool was set to, by its native handle (a pooled DbConnection opens another each time).
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, StrongBox<bool>> RelaxedHandles = new();

    /// <summary>
    /// A connection to a file in WAL mode commits without waiting for the disk (its writer waits after its turn, for a
    /// sync it may share); any other keeps SQLite's default, which waits inside the commit. Asked once per connection.
    /// </summary>
    private static bool Relax(DbConnection connection)
    {
        if (connection is not Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle } sqlite) return false;
        if (RelaxedHandles.TryGetValue(handle, out var known)) return known.Value;
        using var command = sqlite.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        var wal = string.Equals(command.ExecuteScalar() as string, "wal", StringComparison.OrdinalIgnoreCase);
        if (wal)
        {
            command.CommandText = "PRAGMA synchronous = NORMAL";
            command.ExecuteNonQuery();
        }
        RelaxedHandles.AddOrUpdate(handle, new StrongBox<bool>(wal));
        return wal;
    }

    /// <summary>A commit of a relaxed connection, to wait for until the WAL's sync covers it.</summary>
    private readonly record struct Synced(WalSync Wal, long Commit)
    {
        public void Wait() => Wal.Wait(Commit);

        public ValueTask WaitAsync() => Wal.WaitAsync(Commit);
    }

    private Synced? Release(DbTransaction transaction, bool committed)
    {
        if (!_byTransaction.TryGetValue(transaction, out var lease)) return null;
        _byTransaction.Remove(transaction);
        return lease.EndTransaction(committed);
    }

    private void Release(DbConnection connection)
    {
        if (_byConnection.TryGetValue(connection, out var lease))
        {
            lease.EndTransaction(committed: false);
            lease.EndCommand(done: false);
        }
    }

    private Synced? ReleaseCommand(DbCommand command, bool done) =>
        command.Connection is { } connection && _byConnection.TryGetValue(connection, out var lease) ? lease.EndCommand(done) : null;

    /// <summary>The queue of this process's writers for one database file; how long each waited is a metric.</summary>
    private sealed class FileTurn(string file)
    {
        private readonly SemaphoreSlim _semaphore = new(1, 1);

        /// <summary>The WAL's group sync; none for an in-memory database.</summary>
        public WalSync? Wal { get; } = Path.IsPathFullyQualified(file) ? new WalSync(file + "-wal") : null;
        private int _waiting;
        // One holder at a time: set by who takes the turn, read by who gives it back.
        private long _heldSince;

        public int Waiting => Volatile.Read(ref _waiting);

        public bool Held => _semaphore.CurrentCount == 0;

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
        // Fields, so that a transaction's end and a statement's share one way of ending (End).
        public bool Held;
        public bool HeldByCommand;

        /// <summary>
        /// The transaction's or the lone write's connection commits without waiting for the disk: its writer waits for a
        /// sync after the turn. Kept apart from the turn itself: a writer that waited too long writes without it, and is synced all the same.
        /// </summary>
        public bool TransactionRelaxed;
        public bool StatementRelaxed;

        /// <returns>The sync to wait for: after a commit of a relaxed connection only.</returns>
        public Synced? EndTransaction(bool committed) => End(ref Held, ref TransactionRelaxed, committed, "transaction");

        public Synced? EndCommand(bool done) => End(ref HeldByCommand, ref StatementRelaxed, done, "statement");

        private Synced? End(ref bool held, ref bool relaxed, bool committed, string by)
        {
            // Counted before the turn is given back: the next writer's commit is counted after this one.
            Synced? synced = committed && relaxed && Turn.Wal is { } wal ? new Synced(wal, wal.Committed()) : null;
            relaxed = false;
            if (held)
            {
                held = false;
                Turn.Release(by);
            }
            return synced;
        }
    }
}
