using System.Net.Mail;

namespace ToanDan.Awards.Host.Email;

/// <summary>
/// Why a message was not sent, and whether trying again can help. Only a bad address is permanent (the server
/// refused the mailbox with 5xx, or the address cannot be parsed); a server that is down, busy or answers 4xx is retried.
/// </summary>
public sealed record SendFailure(bool IsPermanent, string Reason)
{
    private static readonly SmtpStatusCode[] BadMailbox =
    [
        SmtpStatusCode.MailboxUnavailable, SmtpStatusCode.UserNotLocalTryAlternatePath, SmtpStatusCode.MailboxNameNotAllowed,
    ];

    public static SendFailure Of(Exception exception) => exception switch
    {
        FormatException e => new(true, $"Địa chỉ e-mail không hợp lệ: {e.Message}"),
        SmtpFailedRecipientException e when (int)e.StatusCode is >= 500 and < 600 =>
            new(true, $"Máy chủ thư từ chối người nhận {e.FailedRecipient} ({(int)e.StatusCode}): {e.Message}"),
        SmtpException e when BadMailbox.Contains(e.StatusCode) =>
            new(true, $"Máy chủ thư từ chối hộp thư ({(int)e.StatusCode}): {e.Message}"),
        SmtpException e => new(false, $"Máy chủ thư chưa nhận thư ({Code(e.StatusCode)}): {Describe(e)}"),
        OperationCanceledException => new(false, "Hết thời gian chờ máy chủ thư trả lời."),
        _ => new(false, $"Chưa gửi được thư: {Describe(exception)}"),
    };

    private static string Code(SmtpStatusCode code) => (int)code < 0 ? "không kết nối được" : ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(Exception e) => e.InnerException is { } inner ? $"{e.Message} {inner.Message}" : e.Message;
}
