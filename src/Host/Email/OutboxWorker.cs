using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Email;

/// <summary>
/// Sends the outbox: the due messages claimed in one batch before sending, each marked sent only once the mail server
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
            using var scope = scopes.CreateScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<AwardsDbContext>();
            var claimed = await ClaimAsync(db, ct);
            if (claimed.Count == 0) return 0;
            var renderer = services.GetRequiredService<EmailRenderer>();
            var sender = services.GetRequiredService<IEmailSender>();
            var sent = 0;
            var started = 0;
            try
            {
                var keys = claimed.Select(m => m.Template).Distinct().ToList();
                var templates = await db.EmailTemplates.AsNoTracking().Where(t => keys.Contains(t.Key)).ToDictionaryAsync(t => t.Key, ct);
                foreach (var message in claimed)
                {
                    started++;
                    if (await SendOneAsync(db, renderer, sender, templates, message, ct)) sent++;
                }
            }
            finally
            {
                // Stopped part-way (shutting down, a save that failed): what was claimed and not yet started is due again
                // now; the one in flight (sent or not) waits for its lease to end, as a message claimed by a host that died.
                if (started < claimed.Count) await GiveBackAsync(db, claimed.Skip(started).ToList());
            }
            return sent;
        }
        finally
        {
            _oneRunAtATime.Release();
        }
    }

    /// <summary>
    /// Claims a batch of due messages with one write: each gets a lease time of this claim's own (to the microsecond,
    /// which both providers store exactly), so that reading back by it finds what this claim took and nothing another
    /// host claimed meanwhile.
    /// </summary>
    private async Task<List<OutboxMessage>> ClaimAsync(AwardsDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.Outbox.Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Select(m => m.Id)
            .Take(Math.Max(1, options.Value.BatchSize)).ToListAsync(ct);
        if (due.Count == 0) return [];
        var microseconds = (now + Lease).Ticks / TimeSpan.TicksPerMicrosecond + Random.Shared.Next(1_000_000);
        var leasedUntil = new DateTimeOffset(microseconds * TimeSpan.TicksPerMicrosecond, TimeSpan.Zero);
        // The conditions stand on the rows themselves (not on a subquery's result), so that PostgreSQL checks them again
        // on a row another host claimed while this statement waited for its lock. On SQLite the claim returns once the WAL
        // is synced (SqliteWriteGate), so no mail goes out for a step that is not yet on disk.
        var count = await db.Outbox.Where(m => due.Contains(m.Id) && m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, leasedUntil), ct);
        if (count == 0) return [];
        // Read untracked: each message is tracked only for its own save (RecordAsync), so that a save scans one message, not
        // the whole batch again for every message sent.
        var claimed = await db.Outbox.AsNoTracking()
            .Where(m => due.Contains(m.Id) && m.Status == OutboxStatus.Pending && m.NextAttemptAt == leasedUntil).ToListAsync(ct);
        return [.. claimed.OrderBy(m => due.IndexOf(m.Id))];
    }

    private async Task GiveBackAsync(AwardsDbContext db, List<OutboxMessage> untried)
    {
        var ids = untried.Select(m => m.Id).ToList();
        var leasedUntil = untried[0].NextAttemptAt;
        var now = clock.GetUtcNow();
        try
        {
            await db.Outbox.Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Pending && m.NextAttemptAt == leasedUntil)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now), CancellationToken.None);
        }
        catch (Exception e)
        {
            // Not given back, not lost: they are due again when the lease ends.
            logger.LogWarning(e, "{Count} claimed outbox messages stay leased until {Until}.", ids.Count, leasedUntil);
        }
    }

    private async Task<bool> SendOneAsync(AwardsDbContext db, EmailRenderer renderer, IEmailSender sender,
        IReadOnlyDictionary<string, EmailTemplate> templates, OutboxMessage message, CancellationToken ct)
    {
        EmailMessage email;
        try
        {
            email = Compose(renderer, templates, message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Outbox message {Id} ({Template}) could not be rendered.", message.Id, message.Template);
            await RecordAsync(db, message, m => m.MarkFailedForGood(Short($"Không soạn được thư từ mẫu '{m.Template}': {e.Message}")));
            return false;
        }

        try
        {
            await sender.SendAsync(email, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var failure = SendFailure.Of(e);
            logger.LogWarning(e, "Outbox message {Id} to {Recipient} not sent ({Kind}).", message.Id, message.RecipientEmail, failure.IsPermanent ? "for good" : "will retry");
            await RecordAsync(db, message, m =>
            {
                if (failure.IsPermanent) m.MarkFailedForGood(Short(failure.Reason));
                else m.MarkFailedAttempt(Short(failure.Reason), clock.GetUtcNow() + OutboxBackoff.After(m.Attempts + 1));
            });
            return false;
        }

        // The server has the message: from here on nothing may cancel recording it, or it would go out again.
        await RecordAsync(db, message, m => m.MarkSent(clock.GetUtcNow()));
        return true;
    }

    /// <summary>Saves what happened to one message of the batch (read untracked): tracked for this save only.</summary>
    private static async Task RecordAsync(AwardsDbContext db, OutboxMessage message, Action<OutboxMessage> change)
    {
        var entry = db.Outbox.Attach(message);
        try
        {
            change(message);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }

    private static EmailMessage Compose(EmailRenderer renderer, IReadOnlyDictionary<string, EmailTemplate> templates, OutboxMessage message)
    {
        var template = templates.GetValueOrDefault(message.Template)
            ?? throw new InvalidOperationException($"Chưa có mẫu thư '{message.Template}'. Hãy tạo mẫu này rồi gửi lại.");
        var rendered = renderer.Render(template, message.ModelJson);
        return new EmailMessage(MessageIds.For(message.EventKey), message.RecipientEmail, message.RecipientName,
            rendered.Subject, rendered.Html, rendered.Text);
    }

    private static string Short(string reason) => reason.Length <= 2000 ? reason : reason[..2000];
}
