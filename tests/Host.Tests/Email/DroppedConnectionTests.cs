using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Email;

/// <summary>A mail server that hangs up in the middle of a message: the message waits and goes out once, later.</summary>
public class DroppedConnectionTests(MailAppBehindDroppingServer mail) : IClassFixture<MailAppBehindDroppingServer>
{
    [Fact]
    public async Task A_message_cut_off_after_data_waits_in_the_outbox_and_arrives_once_when_the_server_is_back()
    {
        mail.Relay.Drops = false;
        await mail.Outbox.SendDueAsync(CancellationToken.None); // the demo province's own mail first
        var dossier = await Dossiers.SubmitAsync(mail.App, "TH-DONGTIEN", "12/TTr-CAX");
        mail.Relay.Drops = true;

        Assert.Equal(0, await mail.Outbox.SendDueAsync(CancellationToken.None));

        var waiting = Assert.Single(await OutboxAsync(dossier));
        var messageId = MessageIds.For(waiting.EventKey);
        Assert.Equal([messageId], mail.Relay.DroppedMessageIds);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Equal(1, waiting.Attempts);
        Assert.Equal(mail.App.Clock.GetUtcNow() + TimeSpan.FromSeconds(30), waiting.NextAttemptAt);
        Assert.StartsWith("Máy chủ thư chưa nhận thư", waiting.LastError);

        mail.App.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(0, await mail.Outbox.SendDueAsync(CancellationToken.None));
        var again = Assert.Single(await OutboxAsync(dossier));
        Assert.Equal((OutboxStatus.Pending, 2), (again.Status, again.Attempts));
        Assert.Equal(mail.App.Clock.GetUtcNow() + TimeSpan.FromMinutes(1), again.NextAttemptAt);
        Assert.Equal([messageId, messageId], mail.Relay.DroppedMessageIds);

        mail.Relay.Drops = false;
        mail.App.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await mail.Outbox.SendDueAsync(CancellationToken.None));

        var received = Assert.Single(await mail.ReceivedAsync(dossier.InstanceId));
        Assert.Equal(messageId, received.MessageId);
        Assert.Equal("congan.dongtien@toandan.local", received.To);
        var sent = Assert.Single(await OutboxAsync(dossier));
        Assert.Equal((OutboxStatus.Sent, 3), (sent.Status, sent.Attempts));
        mail.App.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await mail.Outbox.SendDueAsync(CancellationToken.None));
        Assert.Single(await mail.ReceivedAsync(dossier.InstanceId));
        Assert.Equal(2, mail.Relay.DroppedMessageIds.Count);
    }

    private Task<List<OutboxMessage>> OutboxAsync(Dossier dossier) =>
        mail.App.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Outbox.AsNoTracking()
            .Where(m => m.EventKey.StartsWith(dossier.InstanceId)).ToListAsync());
}
