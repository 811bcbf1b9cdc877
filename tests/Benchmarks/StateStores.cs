using Microsoft.Data.Sqlite;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Benchmarks;

internal interface IStateStore : IDisposable
{
    void Save(InstanceState state);
    InstanceState Load(string instanceId);
    long SizeOf(string instanceId);
    void Clear();
}

/// <summary>Keeps the state objects themselves, as a long-running process would.</summary>
internal sealed class MemoryStateStore : IStateStore
{
    private readonly Dictionary<string, InstanceState> _states = [];

    public void Save(InstanceState state) => _states[state.InstanceId] = state;
    public InstanceState Load(string instanceId) => _states[instanceId];
    public long SizeOf(string instanceId) => InstanceStateJson.SerializeToUtf8Bytes(_states[instanceId]).LongLength;
    public void Clear() => _states.Clear();
    public void Dispose() => _states.Clear();
}

/// <summary>
/// Writes the state as JSON to a SQLite file after every step (one transaction each) and reads it back before
/// the next, with the settings a web server would use (WAL, synchronous=NORMAL).
/// </summary>
internal sealed class SqliteStateStore : IStateStore
{
    private readonly string _file;
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _select;

    public SqliteStateStore(string file)
    {
        _file = file;
        DeleteFiles();
        _connection = new SqliteConnection($"Data Source={file};Pooling=False");
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute("CREATE TABLE instances (id TEXT PRIMARY KEY, state BLOB NOT NULL, version INTEGER NOT NULL)");
        _upsert = Prepare("INSERT INTO instances (id, state, version) VALUES ($id, $state, 1) " +
                          "ON CONFLICT(id) DO UPDATE SET state = excluded.state, version = version + 1", "$id", "$state");
        _select = Prepare("SELECT state FROM instances WHERE id = $id", "$id");
    }

    public void Save(InstanceState state)
    {
        using var transaction = _connection.BeginTransaction();
        _upsert.Transaction = transaction;
        _upsert.Parameters["$id"].Value = state.InstanceId;
        _upsert.Parameters["$state"].Value = InstanceStateJson.SerializeToUtf8Bytes(state);
        _upsert.ExecuteNonQuery();
        transaction.Commit();
    }

    public InstanceState Load(string instanceId) => InstanceStateJson.Deserialize(Read(instanceId));

    public long SizeOf(string instanceId) => Read(instanceId).LongLength;

    public void Clear() => Execute("DELETE FROM instances");

    public void Dispose()
    {
        _upsert.Dispose();
        _select.Dispose();
        _connection.Dispose();
        DeleteFiles();
    }

    private byte[] Read(string instanceId)
    {
        _select.Parameters["$id"].Value = instanceId;
        return (byte[])_select.ExecuteScalar()!;
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void DeleteFiles()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_file + suffix);
    }
}
