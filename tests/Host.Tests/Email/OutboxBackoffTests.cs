using System.Net.Mail;
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
        Assert.True(SendFailure.Of(new SmtpFailedRecipientException(SmtpStatusCode.MailboxUnavailable, "khong-co@toandan.local")).IsPermanent);
        Assert.True(SendFailure.Of(new SmtpException(SmtpStatusCode.MailboxNameNotAllowed)).IsPermanent);
    }

    [Fact]
    public void A_server_that_is_down_busy_or_answers_4xx_is_tried_again()
    {
        Assert.False(SendFailure.Of(new SmtpException(SmtpStatusCode.GeneralFailure, "Failure sending mail.")).IsPermanent);
        Assert.False(SendFailure.Of(new SmtpException(SmtpStatusCode.ServiceNotAvailable)).IsPermanent);
        Assert.False(SendFailure.Of(new SmtpFailedRecipientException(SmtpStatusCode.MailboxBusy, "ban@toandan.local")).IsPermanent);
        Assert.False(SendFailure.Of(new IOException("Connection reset")).IsPermanent);
        Assert.False(SendFailure.Of(new TaskCanceledException()).IsPermanent);
    }

    [Fact]
    public void A_message_id_comes_from_the_event_key()
    {
        var id = MessageIds.For("0f3c/2/1/7b1e-41");

        Assert.Equal(id, MessageIds.For("0f3c/2/1/7b1e-41"));
        Assert.Matches("^<0f3c\\.2\\.1\\.7b1e-41\\.[0-9a-f]{16}@toandan\\.awards>$", id);
        Assert.NotEqual(id, MessageIds.For("0f3c/2/1/7b1e/41"));
    }
}
