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

    /// <summary>Every template and what it is for, in the words the administrator and the designer read.</summary>
    public static readonly IReadOnlyDictionary<string, string> Purposes = new Dictionary<string, string>
    {
        [TaskAssigned] = "Thông báo có hồ sơ cần xử lý",
        [TaskReminder] = "Nhắc hạn xử lý hồ sơ",
        [TaskEscalated] = "Báo cáo hồ sơ quá hạn, chuyển cấp trên",
        [NominationReturned] = "Thông báo trả lại hồ sơ",
        [NominationRefused] = "Thông báo không đồng ý khen thưởng",
        [DecisionIssued] = "Thông báo đã có quyết định khen thưởng",
        [DecisionRequested] = "Đề nghị ban hành quyết định khen thưởng",
        [NominationAwaitingDecision] = "Thông báo hồ sơ đã được duyệt, chờ quyết định của đợt",
        [NominationPostponed] = "Thông báo hồ sơ được tạm hoãn xét",
        [ConsolidationNeeded] = "Báo có hồ sơ chờ tổng hợp quyết định",
        [DecisionDraft] = "Đề nghị ký dự thảo quyết định của đợt",
        [DisclosureFeedback] = "Chuyển góp ý khi công khai danh sách",
    };

    public static readonly IReadOnlyList<string> Keys = [.. Purposes.Keys];

    /// <summary>The templates a send task may name (<c>award:template</c>), offered by the designer; the host sends the others itself.</summary>
    public static readonly IReadOnlyList<string> ForSendTasks =
        [TaskAssigned, TaskReminder, TaskEscalated, NominationReturned, NominationRefused, DecisionIssued, DecisionRequested];

    public static string Purpose(string key) => Purposes.GetValueOrDefault(key, key);

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
