using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Workflow;

/// <summary>
/// Writes the e-mails a step causes into the outbox, in the step's own transaction. Each message has an event key
/// (what caused it, for whom) that is unique, so one event never yields the same message twice.
/// </summary>
public sealed class Notifier(AwardsDbContext db, TimeProvider clock)
{
    public async Task NotifyRoleAsync(string eventKey, string template, string role, int unitId, JsonObject model, CancellationToken ct)
    {
        var recipients = await RecipientsAsync(role, unitId, ct);
        var optedOut = template == DefaultEmailTemplates.TaskReminder;
        foreach (var user in recipients.Where(u => !optedOut || u.ReceivesReminders))
            Add($"{eventKey}/{user.Id}", template, user, model);
    }

    public async Task<IReadOnlyList<AppUser>> RecipientsAsync(string role, int unitId, CancellationToken ct)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleOrDefaultAsync(ct);
        if (roleId is null) return [];
        return await db.Users
            .Where(u => u.UnitId == unitId && u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .OrderBy(u => u.UserName).ToListAsync(ct);
    }

    private void Add(string eventKey, string template, AppUser user, JsonObject model)
    {
        var personal = (JsonObject)model.DeepClone();
        personal["recipientName"] = user.FullName;
        db.Outbox.Add(new OutboxMessage(eventKey, template, user.Email!, user.FullName, personal.ToJsonString(JsonOptions), clock.GetUtcNow()));
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
