namespace ToanDan.Awards.Host.Email;

/// <summary>One rendered e-mail to one person. <paramref name="MessageId"/> is the Message-ID header, angle brackets included.</summary>
public sealed record EmailMessage(string MessageId, string ToAddress, string? ToName, string Subject, string Html, string Text);

/// <summary>Hands a message to the mail server; returns only once the server has accepted it, throws otherwise.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
