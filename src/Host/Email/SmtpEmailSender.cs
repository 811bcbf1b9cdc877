using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace ToanDan.Awards.Host.Email;

/// <summary>
/// Sends with <see cref="SmtpClient"/>: UTF-8 subject, headers and display names; a plain-text and an HTML view.
/// With no SMTP host configured it writes <c>.eml</c> files into the pickup directory (the demo).
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment) : IEmailSender
{
    public async Task SendAsync(EmailMessage email, CancellationToken ct)
    {
        var settings = options.Value;
        using var message = Build(email, settings.From);
        using var client = CreateClient(settings);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, settings.Smtp.TimeoutSeconds)));
        await client.SendMailAsync(message, timeout.Token);
    }

    public static MailMessage Build(EmailMessage email, string from)
    {
        if (!Ascii.IsValid(email.ToAddress))
            throw new FormatException($"Địa chỉ '{email.ToAddress}' có ký tự không phải ASCII.");
        var sender = new MailAddress(from);
        var message = new MailMessage
        {
            From = new MailAddress(sender.Address, sender.DisplayName, Encoding.UTF8),
            Subject = email.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        message.To.Add(new MailAddress(email.ToAddress, email.ToName, Encoding.UTF8));
        message.Headers.Add("Message-ID", email.MessageId);
        // Plain first, HTML last: clients show the last view they understand.
        message.AlternateViews.Add(View(email.Text, MediaTypeNames.Text.Plain));
        message.AlternateViews.Add(View(email.Html, MediaTypeNames.Text.Html));
        return message;
    }

    private static AlternateView View(string content, string mediaType)
    {
        // Mail text uses CRLF; quoted-printable keeps URLs and ASCII readable in the raw message.
        var view = AlternateView.CreateAlternateViewFromString(content.ReplaceLineEndings("\r\n"), Encoding.UTF8, mediaType);
        view.TransferEncoding = TransferEncoding.QuotedPrintable;
        return view;
    }

    private SmtpClient CreateClient(EmailOptions settings)
    {
        var smtp = settings.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            var folder = Path.GetFullPath(settings.PickupDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
        }
        var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (!string.IsNullOrEmpty(smtp.UserName))
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        return client;
    }
}
