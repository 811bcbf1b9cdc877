using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ToanDan.Awards.Benchmarks;
using ToanDan.Awards.Workflows.Bpmn;

// dotnet run -c Release --project tests/Benchmarks -- --bpmn FILE --instances N --mode memory|persisted [--db FILE]
//     [--called FILE]... [--variables JSON]   (the workflows its call activities call; the start variables)
// dotnet run -c Release --project tests/Benchmarks -- --mode statistics --dossiers N [--db FILE]
// dotnet run -c Release --project tests/Benchmarks -- --mode history --nominations N [--provider sqlite|postgres] [--db FILE] [--keep] [--repeats R]
// dotnet run -c Release --project tests/Benchmarks -- --mode http --nominations N --clients C [--think-ms T] [--provider sqlite|postgres]
//     [--warmup W] (W dossiers taken to the end first, unmeasured) [--requests-log FILE] (every request, a line each)
//     [--burst] (with a pause, start every client at once instead of one after the other over one pause)
// dotnet run -c Release --project tests/Benchmarks -- --mode pdf [--requests N] [--clients C] [--distinct]
if (Array.IndexOf(args, "pdf") > 0 && args[Array.IndexOf(args, "pdf") - 1] == "--mode")
{
    int Number(string name, int fallback) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
    var pdf = await PdfBenchmark.RunAsync(new PdfBenchmarkOptions(Number("--requests", 100), Number("--clients", 4), Array.IndexOf(args, "--distinct") >= 0));
    Console.WriteLine(PdfBenchmark.ToJson(pdf));
    return pdf.Ok ? 0 : 1;
}
if (Array.IndexOf(args, "http") > 0 && args[Array.IndexOf(args, "http") - 1] == "--mode")
{
    int Number(string name, int fallback) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : fallback;
    var provider = Array.IndexOf(args, "--provider") is var p and >= 0 && p + 1 < args.Length ? args[p + 1] : "sqlite";
    if (provider is not ("sqlite" or "postgres"))
    {
        Console.Error.WriteLine("--provider sqlite|postgres");
        return 2;
    }
    var outcome = await HttpBenchmark.RunAsync(new HttpBenchmarkOptions(Math.Max(1, Number("--nominations", 200)), Math.Max(3, Number("--clients", 16)),
        Number("--think-ms", 0), provider, Math.Max(0, Number("--warmup", 0)))
    {
        RequestsLog = Array.IndexOf(args, "--requests-log") is var l and >= 0 && l + 1 < args.Length ? args[l + 1] : null,
        Staggered = Array.IndexOf(args, "--burst") < 0,
    });
    Console.WriteLine(HttpBenchmark.ToJson(outcome));
    return outcome.Ok ? 0 : 1;
}
if (Array.IndexOf(args, "history") > 0 && args[Array.IndexOf(args, "history") - 1] == "--mode")
{
    string? Text(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    int Count(string name, int fallback) => int.TryParse(Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
    var provider = Text("--provider") ?? "sqlite";
    if (provider is not ("sqlite" or "postgres"))
    {
        Console.Error.WriteLine("--provider sqlite|postgres");
        return 2;
    }
    var history = await HistoryBenchmark.RunAsync(new HistoryBenchmarkOptions(Count("--nominations", 500_000), provider, Text("--db"),
        Array.IndexOf(args, "--keep") >= 0, Count("--repeats", 20)));
    Console.WriteLine(HistoryBenchmark.ToJson(history));
    return history.Ok ? 0 : 1;
}
if (Array.IndexOf(args, "statistics") > 0 && args[Array.IndexOf(args, "statistics") - 1] == "--mode")
{
    var at = Array.IndexOf(args, "--dossiers");
    var dossiers = at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) && d > 0 ? d : 10_000;
    var db = Array.IndexOf(args, "--db") is var i and >= 0 && i + 1 < args.Length ? args[i + 1]
        : Path.Combine(Path.GetTempPath(), $"toandan-bench-statistics-{Environment.ProcessId}.db");
    return await StatisticsBenchmark.RunAsync(dossiers, db);
}

var options = BenchmarkOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: --bpmn FILE --instances N --mode memory|persisted [--db FILE] [--called FILE]... [--variables JSON]  |  --mode statistics --dossiers N [--db FILE]");
    return 2;
}

var definition = BpmnReader.Read(File.ReadAllText(options.BpmnFile));
var errors = definition.Validate();
if (errors.Count > 0)
{
    foreach (var error in errors) Console.Error.WriteLine(error);
    return 1;
}

var called = new Dictionary<string, ToanDan.Awards.Workflows.Definitions.WorkflowDefinition>(StringComparer.Ordinal);
foreach (var file in options.CalledFiles)
{
    var child = BpmnReader.Read(File.ReadAllText(file));
    if (child.Validate() is { Count: > 0 } childErrors)
    {
        foreach (var error in childErrors) Console.Error.WriteLine($"{Path.GetFileName(file)}: {error}");
        return 1;
    }
    called[child.Key] = child;
}
var missing = definition.Nodes.OfType<ToanDan.Awards.Workflows.Definitions.CallActivity>().Select(c => c.CalledKey!).Where(k => !called.ContainsKey(k)).ToList();
if (missing.Count > 0)
{
    Console.Error.WriteLine($"give the called workflows with --called FILE: {string.Join(", ", missing)}");
    return 2;
}

using IStateStore store = options.Mode == "persisted" ? new SqliteStateStore(options.DatabaseFile) : new MemoryStateStore();
var runner = new InstanceRunner(definition, store, called, options.Variables);
// Measure the steady state: run for two seconds first so that tiered JIT has optimised the hot paths.
var warmup = Stopwatch.StartNew();
for (var round = 0; warmup.Elapsed < TimeSpan.FromSeconds(2); round++)
{
    runner.Run(500, $"warmup-{round}-");
    store.Clear();
}
store.Clear();

var clock = Stopwatch.StartNew();
var measured = runner.Run(options.Instances, "i-");
clock.Stop();

var latencies = measured.LatencyTicks;
latencies.Sort();
double Percentile(double p) => latencies.Count == 0 ? 0 :
    latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)] * 1000.0 / Stopwatch.Frequency;

var report = new
{
    engine = "toandan",
    mode = options.Mode,
    bpmn = Path.GetFileName(options.BpmnFile),
    instances = options.Instances,
    transitions = latencies.Count,
    transitions_per_s = Math.Round(latencies.Count / clock.Elapsed.TotalSeconds, 0),
    p50_ms = Math.Round(Percentile(0.50), 4),
    p99_ms = Math.Round(Percentile(0.99), 4),
    state_bytes_per_instance = Math.Round(measured.FinalStateBytes / (double)options.Instances, 0),
    elapsed_s = Math.Round(clock.Elapsed.TotalSeconds, 3),
};
Console.WriteLine(JsonSerializer.Serialize(report));
return 0;

internal sealed record BenchmarkOptions(string BpmnFile, int Instances, string Mode, string DatabaseFile)
{
    public IReadOnlyList<string> CalledFiles { get; init; } = [];

    public System.Text.Json.Nodes.JsonObject? Variables { get; init; }

    public static BenchmarkOptions? Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        var file = Value("--bpmn");
        var mode = Value("--mode") ?? "memory";
        if (file is null || mode is not ("memory" or "persisted")) return null;
        if (!int.TryParse(Value("--instances") ?? "1000", NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 1) return null;
        var calledFiles = args.Select((a, i) => (a, i)).Where(p => p.a == "--called" && p.i + 1 < args.Length).Select(p => args[p.i + 1]).ToList();
        var variables = Value("--variables") is { } json ? System.Text.Json.Nodes.JsonNode.Parse(json) as System.Text.Json.Nodes.JsonObject : null;
        return new BenchmarkOptions(file, n, mode, Value("--db") ?? Path.Combine(Path.GetTempPath(), $"toandan-bench-{Environment.ProcessId}.db"))
        {
            CalledFiles = calledFiles,
            Variables = variables,
        };
    }
}
