using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace ToanDan.Awards.Host.Email;

/// <summary>
/// Why a message was not sent, and whether trying again can help. Only a bad address is permanent (the server
/// refused the mailbox with 5xx, or the address cannot be parsed); a server that is down, busy, answers 4xx, breaks the
/// protocol or drops the connection is retried.
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
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } e when IsPermanentCode(e.StatusCode) =>
            new(true, $"Máy chủ thư từ chối người nhận {e.Mailbox?.Address} ({(int)e.StatusCode}): {e.Message}"),
        SmtpCommandException e when e.ErrorCode != SmtpErrorCode.SenderNotAccepted && BadMailbox.Contains(e.StatusCode) =>
            new(true, $"Máy chủ thư từ chối hộp thư ({(int)e.StatusCode}): {e.Message}"),
        SmtpCommandException e => new(false, $"Máy chủ thư chưa nhận thư ({((int)e.StatusCode).ToString(CultureInfo.InvariantCulture)}): {e.Message}"),
        AuthenticationException e => new(false, $"Máy chủ thư chưa nhận thư (đăng nhập không thành công, hãy kiểm tra Email:Smtp:UserName/Password): {e.Message}"),
        SslHandshakeException e => new(false, $"Máy chủ thư chưa nhận thư (không thiết lập được kết nối bảo mật): {e.Message}"),
        SocketException e => new(false, $"Máy chủ thư chưa nhận thư (không kết nối được): {e.Message}"),
        SmtpProtocolException or IOException or ServiceNotConnectedException =>
            new(false, $"Máy chủ thư chưa nhận thư (mất kết nối giữa chừng): {Describe(exception)}"),
        OperationCanceledException => new(false, "Hết thời gian chờ máy chủ thư trả lời."),
        _ => new(false, $"Chưa gửi được thư: {Describe(exception)}"),
    };

    private static bool IsPermanentCode(SmtpStatusCode code) => (int)code is >= 500 and < 600;

    private static string Describe(Exception e) => e.InnerException is { } inner ? $"{e.Message} {inner.Message}" : e.Message;
}
