using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Email;

/// <summary>
/// The templates that ship with the application (embedded <c>Email/Templates/&lt;key&gt;.subject|html|txt.hbs</c>),
/// copied into the database at start-up when missing; an administrator's edits are never overwritten.
/// </summary>
public static class DefaultEmailTemplates
{
    public const string TaskAssigned = "task-assigned";
    public const string TaskReminder = "task-reminder";
    public const string TaskEscalated = "task-escalated";
    public const string NominationReturned = "nomination-returned";
    public const string NominationRefused = "nomination-refused";
    public const string DecisionIssued = "decision-issued";
    public const string DecisionRequested = "decision-requested";
    public const string NominationAwaitingDecision = "nomination-awaiting-decision";
    public const string NominationPostponed = "nomination-postponed";
    public const string ConsolidationNeeded = "consolidation-needed";
    public const string DecisionDraft = "decision-draft";
    public const string DisclosureFeedback = "disclosure-feedback";

    public static readonly IReadOnlyList<string> Keys =
        [TaskAssigned, TaskReminder, TaskEscalated, NominationReturned, NominationRefused, DecisionIssued, DecisionRequested,
            NominationAwaitingDecision, NominationPostponed, ConsolidationNeeded, DecisionDraft, DisclosureFeedback];

    public static (string Subject, string Html, string Text) Load(string key) =>
        (Read(key, "subject").Trim(), Read(key, "html"), Read(key, "txt"));

    public static async Task SeedAsync(AwardsDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var existing = await db.EmailTemplates.Select(t => t.Key).ToListAsync(ct);
        foreach (var key in Keys.Except(existing))
        {
            var (subject, html, text) = Load(key);
            db.EmailTemplates.Add(new EmailTemplate(key, subject, html, text, "system", clock.GetUtcNow()));
        }
        await db.SaveChangesAsync(ct);
    }

    private static string Read(string key, string part)
    {
        var name = $"ToanDan.Awards.Host.Email.Templates.{key}.{part}.hbs";
        using var stream = typeof(DefaultEmailTemplates).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded e-mail template {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
