using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ToanDan.Awards.Host.Tests.Email;

/// <summary>
/// A real SMTP server for the tests: maildev 2.2.1 (npm, installed by <c>npm ci --prefix tools</c>) on loopback, on
/// ports of its own. It can be stopped and started again on the same ports, to play an outage.
/// </summary>
public sealed class MailDevServer : IDisposable
{
    private readonly string _script;
    private readonly HttpClient _http;
    private readonly StringBuilder _output = new();
    private Process? _process;

    public MailDevServer()
    {
        var root = RepositoryRoot();
        _script = Path.Combine(root, "tools", "node_modules", "maildev", "bin", "maildev");
        if (!File.Exists(_script))
            throw new InvalidOperationException(
                $"maildev is not installed ({_script} is missing). Run `npm ci --prefix tools` in {root} first: the e-mail tests need a real SMTP server.");
        (SmtpPort, WebPort) = (FreePort(), FreePort());
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{WebPort}"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int SmtpPort { get; }
    public int WebPort { get; }

    /// <summary>When set (before <see cref="StartAsync"/>), the server accepts mail only after this login.</summary>
    public (string UserName, string Password)? Login { get; set; }

    public async Task StartAsync()
    {
        if (_process is { HasExited: false }) return;
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { _script, "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "-s", $"{SmtpPort}", "-w", $"{WebPort}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Login is var (user, password))
            foreach (var argument in new[] { "--incoming-user", user, "--incoming-pass", password }) start.ArgumentList.Add(argument);
        _process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        _process.OutputDataReceived += (_, e) => Log(e.Data);
        _process.ErrorDataReceived += (_, e) => Log(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await AnswersAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"maildev did not start on ports {SmtpPort}/{WebPort}:\n{Output}");
            await Task.Delay(100);
        }
    }

    /// <summary>Kills the server (and anything it started); the SMTP port refuses connections afterwards.</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await ConnectsAsync(SmtpPort) && DateTime.UtcNow < deadline) await Task.Delay(50);
    }

    /// <summary>Every message received since the last <see cref="ClearAsync"/>, oldest first.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> EmailsAsync()
    {
        var emails = await _http.GetFromJsonAsync<JsonElement>("/email");
        return [.. emails.EnumerateArray().Select(ReceivedMail.From)];
    }

    /// <summary>The message exactly as it arrived over SMTP, headers folded and encoded.</summary>
    public Task<string> SourceAsync(string id) => _http.GetStringAsync($"/email/{Uri.EscapeDataString(id)}/source");

    public async Task ClearAsync() => (await _http.DeleteAsync("/email/all")).EnsureSuccessStatusCode();

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process?.Dispose();
        _http.Dispose();
    }

    private string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    private void Log(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task<bool> AnswersAsync()
    {
        if (!await ConnectsAsync(SmtpPort)) return false;
        try
        {
            return (await _http.GetAsync("/email")).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static async Task<bool> ConnectsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ToanDan.Awards.sln"))) return dir.FullName;
        throw new InvalidOperationException($"ToanDan.Awards.sln not found above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A message as maildev parsed it: subjects and display names are decoded already.</summary>
public sealed record ReceivedMail(string To, string ToName, string Subject, string MessageId, string Text, string Html, string Id)
{
    public static ReceivedMail From(JsonElement e)
    {
        var to = e.GetProperty("to")[0];
        return new ReceivedMail(to.GetProperty("address").GetString()!, to.GetProperty("name").GetString() ?? "",
            e.GetProperty("subject").GetString()!, e.GetProperty("headers").GetProperty("message-id").GetString()!,
            e.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "",
            e.TryGetProperty("html", out var html) ? html.GetString() ?? "" : "", e.GetProperty("id").GetString()!);
    }
}
