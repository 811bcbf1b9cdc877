using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Tests.Email;

/// <summary>The application sending to a maildev of its own. The outbox and the timers move only when a test drives them.</summary>
public class MailApp : IAsyncLifetime
{
    public MailDevServer Mail { get; } = new();
    public AwardsApp App { get; } = new();

    /// <summary>Where the application sends: maildev itself, unless a fixture puts a server of its own in between.</summary>
    protected virtual int SmtpPort => Mail.SmtpPort;

    public OutboxWorker Outbox => App.Services.GetRequiredService<OutboxWorker>();
    public TimerService Timers => App.Services.GetServices<IHostedService>().OfType<TimerService>().Single();

    public async Task InitializeAsync()
    {
        await Mail.StartAsync();
        App.Settings["Email:Smtp:Host"] = "127.0.0.1";
        App.Settings["Email:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        App.Settings["App:BaseUrl"] = "https://khenthuong.thanhhoa.example";
        _ = App.Services;
    }

    /// <summary>Sends what is due, then returns what maildev holds for one workflow instance (its id is in each Message-ID).</summary>
    public async Task<IReadOnlyList<ReceivedMail>> DeliverAsync(string instanceId)
    {
        await Outbox.SendDueAsync(CancellationToken.None);
        return await ReceivedAsync(instanceId);
    }

    /// <summary>
    /// What maildev holds for one instance. maildev answers the SMTP transaction before its list shows the message, so
    /// this first waits until every message the outbox recorded as sent (since <paramref name="sentSince"/>) is listed.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedMail>> ReceivedAsync(string instanceId, DateTimeOffset? sentSince = null)
    {
        var since = sentSince ?? DateTimeOffset.MinValue;
        var expected = await App.WithScopeAsync(async services => (await services.GetRequiredService<AwardsDbContext>().Outbox.AsNoTracking()
                .Where(m => m.EventKey.StartsWith(instanceId) && m.Status == OutboxStatus.Sent).ToListAsync())
            .Where(m => m.SentAt >= since).Select(m => MessageIds.For(m.EventKey)).ToList());
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var received = (await Mail.EmailsAsync()).Where(m => m.MessageId.Contains(instanceId, StringComparison.Ordinal)).ToList();
            if (expected.All(id => received.Any(m => m.MessageId == id)) || DateTime.UtcNow > deadline) return received;
            await Task.Delay(50);
        }
    }

    public virtual async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Mail.Dispose();
    }
}
