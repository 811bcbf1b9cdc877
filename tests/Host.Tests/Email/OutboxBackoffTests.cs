using System.Net.Sockets;
using MailKit.Net.Smtp;
using MimeKit;
using ToanDan.Awards.Host.Email;

namespace ToanDan.Awards.Host.Tests.Email;

public class OutboxBackoffTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(4, 240)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(50, 3600)]
    public void Waits_double_from_thirty_seconds_up_to_an_hour(int failedAttempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxBackoff.After(failedAttempts));

    [Fact]
    public void A_bad_address_is_permanent()
    {
        Assert.True(SendFailure.Of(new FormatException("The specified string is not in the form required for an e-mail address.")).IsPermanent);
        Assert.True(SendFailure.Of(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable,
            new MailboxAddress("", "khong-co@toandan.local"), "5.1.1 User unknown")).IsPermanent);
        Assert.True(SendFailure.Of(new SmtpCommandException(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.MailboxNameNotAllowed,
            "5.1.3 Bad recipient address syntax")).IsPermanent);
    }

    [Fact]
    public void A_server_that_is_down_busy_or_answers_4xx_is_tried_again()
    {
        Assert.False(SendFailure.Of(new SocketException((int)SocketError.ConnectionRefused)).IsPermanent);
        Assert.False(SendFailure.Of(new SmtpCommandException(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.ServiceNotAvailable,
            "4.3.2 Service not available")).IsPermanent);
        Assert.False(SendFailure.Of(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy,
            new MailboxAddress("", "ban@toandan.local"), "4.2.1 Mailbox busy")).IsPermanent);
        Assert.False(SendFailure.Of(new SmtpProtocolException("The SMTP server has unexpectedly disconnected.")).IsPermanent);
        Assert.False(SendFailure.Of(new IOException("Connection reset")).IsPermanent);
        Assert.False(SendFailure.Of(new TaskCanceledException()).IsPermanent);
    }

    [Fact]
    public void A_sender_the_server_refuses_is_a_setting_to_fix_not_a_bad_recipient() =>
        Assert.False(SendFailure.Of(new SmtpCommandException(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxNameNotAllowed,
            new MailboxAddress("", "khenthuong@toandan.local"), "5.7.1 Sender address rejected")).IsPermanent);

    [Fact]
    public void A_message_id_comes_from_the_event_key()
    {
        var id = MessageIds.For("0f3c/2/1/7b1e-41");

        Assert.Equal(id, MessageIds.For("0f3c/2/1/7b1e-41"));
        Assert.Matches("^<0f3c\\.2\\.1\\.7b1e-41\\.[0-9a-f]{16}@toandan\\.awards>$", id);
        Assert.NotEqual(id, MessageIds.For("0f3c/2/1/7b1e/41"));
    }
}
