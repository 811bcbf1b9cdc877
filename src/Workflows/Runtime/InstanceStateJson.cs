using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ToanDan.Awards.Workflows.Runtime;

/// <summary>
/// Saves an <see cref="InstanceState"/> as versioned JSON and reads it back exactly. The document carries
/// <c>"v": 3</c>; documents of version 1 (before multi-instance tasks, messages, sub-processes and call activities) and
/// of version 2 (before <c>calledFrom</c>, the caller of a called instance) are read too, since each version only adds
/// optional members. A document of another version is refused with
/// <see cref="InstanceStateFormatException"/>.
/// </summary>
public static class InstanceStateJson
{
    /// <summary>The version of the JSON document this engine writes.</summary>
    public const int CurrentVersion = 3;

    /// <summary>The oldest version this engine still reads.</summary>
    public const int OldestReadableVersion = 1;

    /// <summary>The state as UTF-8 JSON bytes (what a database column holds).</summary>
    public static byte[] SerializeToUtf8Bytes(InstanceState state) =>
        JsonSerializer.SerializeToUtf8Bytes(ToDocument(state), StateJsonContext.Default.StateDocument);

    /// <summary>The state as a JSON string.</summary>
    public static string Serialize(InstanceState state) =>
        JsonSerializer.Serialize(ToDocument(state), StateJsonContext.Default.StateDocument);

    /// <summary>Reads a state written by <see cref="Serialize"/>.</summary>
    /// <exception cref="InstanceStateFormatException">The JSON is not a state document of a known version.</exception>
    public static InstanceState Deserialize(string json) => FromDocument(Parse(() =>
        JsonSerializer.Deserialize(json, StateJsonContext.Default.StateDocument)));

    /// <summary>Reads a state written by <see cref="SerializeToUtf8Bytes"/>.</summary>
    /// <exception cref="InstanceStateFormatException">The JSON is not a state document of a known version.</exception>
    public static InstanceState Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        StateDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, StateJsonContext.Default.StateDocument);
        }
        catch (JsonException e)
        {
            throw new InstanceStateFormatException($"Instance state is not valid JSON: {e.Message}", e);
        }
        return FromDocument(document);
    }

    private static StateDocument? Parse(Func<StateDocument?> read)
    {
        try
        {
            return read();
        }
        catch (JsonException e)
        {
            throw new InstanceStateFormatException($"Instance state is not valid JSON: {e.Message}", e);
        }
    }

    private static StateDocument ToDocument(InstanceState s) => new(
        CurrentVersion, s.InstanceId, s.DefinitionKey, s.DefinitionVersion, s.Status, s.Result, s.StartedAt, s.EndedAt,
        s.LastId, s.TokenList, s.ForkList, s.TaskList, s.TimerList, s.VariableObject, s.JournalList)
    {
        Loops = s.LoopList.Count == 0 ? null : s.LoopList,
        Messages = s.SubscriptionList.Count == 0 ? null : s.SubscriptionList,
        Calls = s.CallList.Count == 0 ? null : s.CallList,
        CalledFrom = s.CalledFrom,
    };

    private static InstanceState FromDocument(StateDocument? d)
    {
        if (d is null) throw new InstanceStateFormatException("Instance state is empty.");
        if (d.V is < OldestReadableVersion or > CurrentVersion)
            throw new InstanceStateFormatException($"Instance state version {d.V} is not supported (this engine reads versions {OldestReadableVersion} to {CurrentVersion}).");
        if (string.IsNullOrEmpty(d.Id) || string.IsNullOrEmpty(d.Key))
            throw new InstanceStateFormatException("Instance state has no instance id or workflow key.");
        return InstanceState.Restore(
            d.Id, d.Key, d.Version, d.Status, d.Result, d.StartedAt, d.EndedAt, d.LastId,
            d.Tokens ?? [], d.Forks ?? [], d.Tasks ?? [], d.Timers ?? [], d.Journal ?? [], d.Variables ?? [],
            d.Loops ?? [], d.Messages ?? [], d.Calls ?? [], d.CalledFrom);
    }
}

/// <summary>A saved instance state could not be read.</summary>
public sealed class InstanceStateFormatException(string message, Exception? inner = null) : Exception(message, inner);

internal sealed record StateDocument(
    int V, string Id, string Key, int Version, InstanceStatus Status, string? Result, DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt, int LastId, List<Token>? Tokens, List<ForkActivation>? Forks, List<OpenTask>? Tasks,
    List<PendingTimer>? Timers, JsonObject? Variables, List<JournalEntry>? Journal)
{
    public List<MultiInstanceLoop>? Loops { get; init; }
    public List<MessageSubscription>? Messages { get; init; }
    public List<PendingCall>? Calls { get; init; }
    public CalledFrom? CalledFrom { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(StateDocument))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
