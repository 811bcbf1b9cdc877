using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ToanDan.Awards.Host.Tests.Email;

/// <summary>
/// A tiny SMTP server of the test's own on loopback. While <see cref="Drops"/> is on it answers like a mail server up
/// to DATA, reads the message's headers and hangs up before accepting it; otherwise it relays each connection byte for
/// byte to maildev, so what gets through is received and parsed there.
/// </summary>
public sealed class DroppingSmtpRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _upstreamPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _droppedMessageIds = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly Task _accepting;
    private volatile bool _drops = true;

    public DroppingSmtpRelay(int upstreamPort)
    {
        _upstreamPort = upstreamPort;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>On: every message is cut off after DATA. Off: the relay passes everything to maildev.</summary>
    public bool Drops
    {
        get => _drops;
        set => _drops = value;
    }

    /// <summary>The Message-ID of each message the relay hung up on, in the middle of its transfer.</summary>
    public IReadOnlyList<string> DroppedMessageIds => [.. _droppedMessageIds];

    /// <summary>What went wrong on the relay's side of a connection (for a failing test's message).</summary>
    public IReadOnlyList<string> Errors => [.. _errors];

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                if (_drops) await DropAfterDataAsync(client);
                else await RelayAsync(client);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
                _errors.Enqueue(e.Message);
            }
        }
    }

    private async Task DropAfterDataAsync(TcpClient client)
    {
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        await Reply(stream, "220 relay.test ESMTP ready");
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    await Reply(stream, "250 relay.test");
                    break;
                case "MAIL" or "RCPT" or "RSET" or "NOOP":
                    await Reply(stream, "250 2.0.0 OK");
                    break;
                case "DATA":
                    await Reply(stream, "354 End data with <CR><LF>.<CR><LF>");
                    await ReadHeadersThenHangUpAsync(client, reader);
                    return;
                case "QUIT":
                    await Reply(stream, "221 2.0.0 Bye");
                    return;
                default:
                    await Reply(stream, "502 5.5.2 Command not implemented");
                    break;
            }
        }
    }

    /// <summary>Takes the message's headers (so the transfer has begun), then resets the connection without a reply.</summary>
    private async Task ReadHeadersThenHangUpAsync(TcpClient client, StreamReader reader)
    {
        var messageId = "";
        while (await reader.ReadLineAsync(_stop.Token) is { Length: > 0 } header)
            if (header.StartsWith("Message-Id:", StringComparison.OrdinalIgnoreCase)) messageId = header["Message-Id:".Length..].Trim();
        _droppedMessageIds.Enqueue(messageId);
        client.LingerState = new LingerOption(true, 0);
        client.Client.Close();
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var upstream = new TcpClient();
        await upstream.ConnectAsync(IPAddress.Loopback, _upstreamPort, _stop.Token);
        var down = client.GetStream();
        var up = upstream.GetStream();
        // Whichever side closes first ends the connection; disposing both stops the other copy.
        await await Task.WhenAny(down.CopyToAsync(up, _stop.Token), up.CopyToAsync(down, _stop.Token));
    }

    private Task Reply(NetworkStream stream, string line) => stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), _stop.Token).AsTask();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}

/// <summary>The application sending through a <see cref="DroppingSmtpRelay"/> in front of its maildev.</summary>
public sealed class MailAppBehindDroppingServer : MailApp
{
    public MailAppBehindDroppingServer() => Relay = new DroppingSmtpRelay(Mail.SmtpPort);

    public DroppingSmtpRelay Relay { get; }

    protected override int SmtpPort => Relay.Port;

    public override async Task DisposeAsync()
    {
        await Relay.DisposeAsync();
        await base.DisposeAsync();
    }
}
