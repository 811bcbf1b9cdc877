using System.Net.Sockets;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace ToanDan.Awards.Host.Email;

/// <summary>
/// Sends with MailKit: UTF-8 headers and display names (RFC 2047, folded by MimeKit), a plain-text and an HTML part,
/// STARTTLS or SSL and a login as configured. With no SMTP host configured it writes <c>.eml</c> files into the
/// pickup directory (the demo).
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<SmtpEmailSender> logger)
    : IEmailSender
{
    public async Task SendAsync(EmailMessage email, CancellationToken ct)
    {
        var settings = options.Value;
        using var message = Build(email, settings.From);
        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            await WriteToPickupDirectoryAsync(message, Path.GetFullPath(settings.PickupDirectory, environment.ContentRootPath), ct);
            return;
        }

        var smtp = settings.Smtp;
        var timeout = TimeSpan.FromSeconds(Math.Max(1, smtp.TimeoutSeconds));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        using var client = new SmtpClient
        {
            Timeout = (int)timeout.TotalMilliseconds,
            CheckCertificateRevocation = smtp.CheckCertificateRevocation,
        };
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.SocketSecurity, deadline.Token);
        if (!string.IsNullOrEmpty(smtp.UserName))
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", deadline.Token);
        await client.SendAsync(message, deadline.Token);

        // The server has accepted the message: a failed goodbye must not make the outbox send it again.
        try
        {
            await client.DisconnectAsync(quit: true, deadline.Token);
        }
        catch (Exception e) when (e is IOException or SocketException or ProtocolException or OperationCanceledException)
        {
            logger.LogInformation(e, "The mail server accepted {MessageId} but the connection did not close cleanly.", email.MessageId);
        }
    }

    public static MimeMessage Build(EmailMessage email, string from)
    {
        var message = new MimeMessage { Subject = email.Subject, MessageId = email.MessageId.Trim('<', '>') };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(email.ToName, Address(email.ToAddress)));
        // Plain first, HTML last: clients show the last part they understand.
        message.Body = new MultipartAlternative { Part(TextFormat.Plain, email.Text), Part(TextFormat.Html, email.Html) };
        return message;
    }

    /// <summary>The address as given, refused (as a <see cref="FormatException"/>) unless it is one plain <c>name@domain</c>.</summary>
    private static string Address(string address)
    {
        if (!Ascii.IsValid(address))
            throw new FormatException($"Địa chỉ '{address}' có ký tự không phải ASCII.");
        if (!MailboxAddress.TryParse(address, out var mailbox) || mailbox.Address != address
            || string.IsNullOrEmpty(mailbox.LocalPart) || string.IsNullOrEmpty(mailbox.Domain))
            throw new FormatException($"'{address}' không có dạng tên@miền.");
        return address;
    }

    private static TextPart Part(TextFormat format, string content)
    {
        // Quoted-printable keeps URLs and ASCII readable in the raw message, and the message 7-bit clean.
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, content.ReplaceLineEndings("\r\n"));
        return part;
    }

    /// <summary>An .eml file is a message as it travels: CRLF line ends, whatever this machine uses.</summary>
    private static readonly FormatOptions MailFile = new() { NewLineFormat = NewLineFormat.Dos };

    /// <summary>Written under a temporary name and renamed, so nobody ever opens half a message.</summary>
    private static async Task WriteToPickupDirectoryAsync(MimeMessage message, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var name = Guid.NewGuid().ToString("N");
        var partial = Path.Combine(folder, name + ".tmp");
        await message.WriteToAsync(MailFile, partial, ct);
        File.Move(partial, Path.Combine(folder, name + ".eml"));
    }
}
