using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Email;

/// <summary>
/// Sends the outbox: each due message in its own scope, claimed before sending, marked sent only once the mail server
/// has accepted it. Failures wait with back-off; a bad address fails for good, for an administrator to see.
/// </summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    /// <summary>A claimed message is left alone this long, in case the process dies while sending it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _oneRunAtATime = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        await Polling.RunAsync(options.Value.PollSeconds, clock, SendDueAsync, logger, "Sending the outbox failed", stoppingToken);
    }

    /// <summary>Sends every pending message whose time has come; returns how many the server accepted.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        await _oneRunAtATime.WaitAsync(ct);
        try
        {
            List<long> due;
            using (var scope = scopes.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
                var now = clock.GetUtcNow();
                due = await db.Outbox.Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
                    .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Select(m => m.Id)
                    .Take(Math.Max(1, options.Value.BatchSize)).ToListAsync(ct);
            }
            var sent = 0;
            foreach (var id in due)
                if (await SendOneAsync(id, ct)) sent++;
            return sent;
        }
        finally
        {
            _oneRunAtATime.Release();
        }
    }

    private async Task<bool> SendOneAsync(long id, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AwardsDbContext>();
        var now = clock.GetUtcNow();
        var claimed = await db.Outbox.Where(m => m.Id == id && m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now + Lease), ct);
        if (claimed == 0) return false;
        var message = await db.Outbox.SingleAsync(m => m.Id == id, ct);

        EmailMessage email;
        try
        {
            email = await ComposeAsync(db, services.GetRequiredService<EmailRenderer>(), message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Outbox message {Id} ({Template}) could not be rendered.", id, message.Template);
            message.MarkFailedForGood(Short($"Không soạn được thư từ mẫu '{message.Template}': {e.Message}"));
            await db.SaveChangesAsync(CancellationToken.None);
            return false;
        }

        try
        {
            await services.GetRequiredService<IEmailSender>().SendAsync(email, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var failure = SendFailure.Of(e);
            logger.LogWarning(e, "Outbox message {Id} to {Recipient} not sent ({Kind}).", id, message.RecipientEmail, failure.IsPermanent ? "for good" : "will retry");
            if (failure.IsPermanent) message.MarkFailedForGood(Short(failure.Reason));
            else message.MarkFailedAttempt(Short(failure.Reason), clock.GetUtcNow() + OutboxBackoff.After(message.Attempts + 1));
            await db.SaveChangesAsync(CancellationToken.None);
            return false;
        }

        // The server has the message: from here on nothing may cancel recording it, or it would go out again.
        message.MarkSent(clock.GetUtcNow());
        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }

    private static async Task<EmailMessage> ComposeAsync(AwardsDbContext db, EmailRenderer renderer, OutboxMessage message, CancellationToken ct)
    {
        var template = await db.EmailTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Key == message.Template, ct)
            ?? throw new InvalidOperationException($"Chưa có mẫu thư '{message.Template}'. Hãy tạo mẫu này rồi gửi lại.");
        var rendered = renderer.Render(template, message.ModelJson);
        return new EmailMessage(MessageIds.For(message.EventKey), message.RecipientEmail, message.RecipientName,
            rendered.Subject, rendered.Html, rendered.Text);
    }

    private static string Short(string reason) => reason.Length <= 2000 ? reason : reason[..2000];
}
