using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Email;

/// <summary>One run of the outbox claims its due messages as a batch; what it did not get to is not held back.</summary>
public class OutboxBatchTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task A_run_stopped_part_way_leaves_the_untried_messages_due_and_the_one_in_flight_leased()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var prefix = $"batch-test/{tag}";
        // Due before anything the demo wrote, so that they lead the batch.
        var longAgo = app.Clock.GetUtcNow().AddDays(-30);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            for (var i = 0; i < 3; i++)
                db.Outbox.Add(new OutboxMessage($"{prefix}/{i}", DefaultEmailTemplates.TaskAssigned, $"{tag}-{i}@toandan.local", $"Người nhận {i}",
                    """{"recipientName":"Người nhận","stepName":"Thẩm định"}""", longAgo.AddMinutes(i)));
            return await db.SaveChangesAsync();
        });
        using var stop = new CancellationTokenSource();
        var sender = new StopsAfterFirst(tag, stop);
        var worker = new OutboxWorker(new WithSender(app.Services.GetRequiredService<IServiceScopeFactory>(), sender),
            app.Services.GetRequiredService<IOptions<OutboxOptions>>(), app.Clock, NullLogger<OutboxWorker>.Instance);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => worker.SendDueAsync(stop.Token));

        var now = app.Clock.GetUtcNow();
        var messages = await app.WithScopeAsync(async services => await services.GetRequiredService<AwardsDbContext>().Outbox.AsNoTracking()
            .Where(m => m.EventKey.StartsWith(prefix)).OrderBy(m => m.EventKey).ToListAsync());
        Assert.Equal([0], sender.Accepted);
        Assert.Equal(OutboxStatus.Sent, messages[0].Status);
        // The second may or may not have reached the server: it waits for its lease, as after a crash.
        Assert.Equal(OutboxStatus.Pending, messages[1].Status);
        Assert.True(messages[1].NextAttemptAt > now + OutboxWorker.Lease - TimeSpan.FromSeconds(1));
        Assert.Equal(OutboxStatus.Pending, messages[2].Status);
        Assert.True(messages[2].NextAttemptAt <= now);

        // The next run sends both.
        var again = new OutboxWorker(new WithSender(app.Services.GetRequiredService<IServiceScopeFactory>(), sender),
            app.Services.GetRequiredService<IOptions<OutboxOptions>>(), app.Clock, NullLogger<OutboxWorker>.Instance);
        await again.SendDueAsync(CancellationToken.None);
        Assert.Equal([0, 2], sender.Accepted);
        app.Clock.Advance(OutboxWorker.Lease + TimeSpan.FromSeconds(2));
        await again.SendDueAsync(CancellationToken.None);
        Assert.Equal([0, 2, 1], sender.Accepted);
    }

    /// <summary>Accepts every message; after the first of this test's (its addresses carry the tag), the run is told to stop.</summary>
    private sealed class StopsAfterFirst(string tag, CancellationTokenSource stop) : IEmailSender
    {
        public List<int> Accepted { get; } = [];

        public Task SendAsync(EmailMessage message, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            if (!message.ToAddress.StartsWith($"{tag}-", StringComparison.Ordinal)) return Task.CompletedTask;
            Accepted.Add(message.ToAddress[tag.Length + 1] - '0');
            stop.Cancel();
            return Task.CompletedTask;
        }
    }

    /// <summary>The application's services, with the test's sender in place of the SMTP one.</summary>
    private sealed class WithSender(IServiceScopeFactory inner, IEmailSender sender) : IServiceScopeFactory
    {
        public IServiceScope CreateScope() => new Scope(inner.CreateScope(), sender);

        private sealed class Scope(IServiceScope scope, IEmailSender sender) : IServiceScope, IServiceProvider
        {
            public IServiceProvider ServiceProvider => this;

            public object? GetService(Type serviceType) =>
                serviceType == typeof(IEmailSender) ? sender : scope.ServiceProvider.GetService(serviceType);

            public void Dispose() => scope.Dispose();
        }
    }
}
