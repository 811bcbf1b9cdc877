using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ToanDan.Awards.Host.Tests.Persistence;

/// <summary>
/// A throwaway PostgreSQL cluster of Debian's postgresql package, on a free loopback port, deleted afterwards.
/// PostgreSQL refuses to run as root, so as root it runs as the postgres account.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string _bin;
    private readonly string _data;

    public PostgresServer()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(Directory.Exists).OrderDescending().FirstOrDefault() ?? ""
            : "";
        if (_bin == "") throw new InvalidOperationException("PostgreSQL is not installed: `apt-get install -y postgresql` (CI's .ci/run does).");
        _data = Path.Combine(Path.GetTempPath(), "toandan-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_data);
        if (IsRoot) Run("chown", $"postgres {_data}");
        Port = FreePort();
        Pg("initdb", $"-D {_data} -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8");
        Pg("pg_ctl", $"-D {_data} -w -o \"-p {Port} -c listen_addresses=127.0.0.1 -k {_data}\" -l {_data}/server.log start");
    }

    public int Port { get; }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres";

    private bool _disposed;

    public void Dispose()
    {
        // WebApplicationFactory may dispose its owner twice (DisposeAsync, then Dispose).
        if (_disposed) return;
        _disposed = true;
        try { Pg("pg_ctl", $"-D {_data} -w -m immediate stop"); }
        finally { Directory.Delete(_data, recursive: true); }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private void Pg(string tool, string arguments)
    {
        var path = Path.Combine(_bin, tool);
        if (IsRoot) Run("runuser", $"-u postgres -- {path} {arguments}");
        else Run(path, arguments);
    }

    private static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {output.Result} {error.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
