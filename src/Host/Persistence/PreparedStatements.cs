using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>
/// SQLite compiles a statement before it runs it, and Microsoft.Data.Sqlite throws the compiled statement away with its
/// command. EF makes a new command for every statement it runs, so each request compiled again the same statements as the
/// last (about a tenth of the processor's time in a step). Here an open connection keeps one compiled command per statement
/// text, up to <see cref="MaxPerConnection"/>: when EF has built its command (text, transaction, parameters), the kept
/// command of that text takes its place, with its parameters; EF's dispose gives it back. A connection that closes drops
/// what it kept (its statements belong to the native connection it gave back). The connection stays open for as long as
/// its pooled context lives (<see cref="KeptOpenSqliteConnection"/>), so what it keeps serves request after request.
/// </summary>
public sealed class PreparedStatements : DbCommandInterceptor
{
    public static readonly PreparedStatements Instance = new();

    /// <summary>The statement texts one connection keeps; the least recently used goes first.</summary>
    internal const int MaxPerConnection = 100;

    private static readonly ConditionalWeakTable<SqliteConnection, Cache> Caches = new();

    private PreparedStatements() { }

    /// <summary>How many compiled commands <paramref name="connection"/> keeps now (tests).</summary>
    internal static int KeptBy(SqliteConnection connection) => Caches.TryGetValue(connection, out var cache) ? cache.Count : 0;

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result) => KeptInstead(result);

    // A statement that failed may be left mid-way: it is not kept.
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Spoil(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Spoil(command);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Spoil(command);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Spoil(command);
        return Task.CompletedTask;
    }

    private static void Spoil(DbCommand command)
    {
        if (command is KeptCommand kept) kept.Spoiled = true;
    }

    private static DbCommand KeptInstead(DbCommand result)
    {
        if (result is KeptCommand || result is not SqliteCommand { Connection: { State: ConnectionState.Open, Handle: { } handle } connection } fresh)
            return result;
        var kept = Caches.GetValue(connection, c => new Cache(c)).Rent(fresh.CommandText, handle);
        kept.Transaction = fresh.Transaction;
        kept.CommandTimeout = fresh.CommandTimeout;
        var parameters = new SqliteParameter[fresh.Parameters.Count];
        fresh.Parameters.CopyTo(parameters, 0);
        fresh.Parameters.Clear();
        kept.Parameters.AddRange(parameters);
        fresh.Dispose();
        return kept;
    }

    /// <summary>One connection's idle commands by text; a command in use is out of it until its dispose.</summary>
    private sealed class Cache
    {
        private readonly SqliteConnection _connection;
        private readonly Dictionary<string, KeptCommand> _idle = new(StringComparer.Ordinal);
        private SQLitePCL.sqlite3? _handle;
        private long _clock;

        public Cache(SqliteConnection connection)
        {
            _connection = connection;
            connection.StateChange += (_, change) =>
            {
                if (change.CurrentState != ConnectionState.Open) Clear();
            };
        }

        public int Count => _idle.Count;

        public KeptCommand Rent(string text, SQLitePCL.sqlite3 handle)
        {
            // Statements are compiled on one native connection: if the connection now holds another, the old ones go.
            if (!ReferenceEquals(handle, _handle))
            {
                Clear();
                _handle = handle;
            }
            if (_idle.Remove(text, out var kept)) return kept;
            return new KeptCommand(this) { Connection = _connection, CommandText = text };
        }

        public bool GiveBack(KeptCommand command)
        {
            if (command.Spoiled || command.Busy || !ReferenceEquals(_connection.Handle, _handle) || _connection.State != ConnectionState.Open) return false;
            command.Parameters.Clear();
            command.Transaction = null;
            if (!_idle.TryAdd(command.CommandText, command)) return false;
            command.LastUsed = ++_clock;
            if (_idle.Count > MaxPerConnection) Evict();
            return true;
        }

        private void Evict()
        {
            var oldest = _idle.Values.MinBy(c => c.LastUsed)!;
            _idle.Remove(oldest.CommandText);
            oldest.DisposeForGood();
        }

        public void Clear()
        {
            var all = _idle.Values.ToList();
            _idle.Clear();
            _handle = null;
            foreach (var command in all) command.DisposeForGood();
        }
    }

    /// <summary>A command whose dispose gives it back to its connection's cache, compiled statements and all.</summary>
    private sealed class KeptCommand(Cache cache) : SqliteCommand
    {
        private bool _forGood;

        public bool Spoiled { get; set; }

        public long LastUsed { get; set; }

        public bool Busy => DataReader is not null;

        public void DisposeForGood()
        {
            _forGood = true;
            Dispose();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_forGood && cache.GiveBack(this)) return;
            _forGood = true;
            base.Dispose(disposing);
        }
    }
}
