using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Workflow;

/// <summary>
/// Writes the e-mails a step causes into the outbox, in the step's own transaction. Each message has an event key
/// (what caused it, for whom) that is unique, so one event never yields the same message twice. Who receives them
/// (a role's holders in a unit, today's deputies) is account data, read through the <see cref="AccountCache"/>.
/// </summary>
public sealed class Notifier(AwardsDbContext db, TimeProvider clock, AccountCache cache)
{
    public async Task NotifyRoleAsync(string eventKey, string template, string role, int unitId, JsonObject model, CancellationToken ct) =>
        await SendAsync(eventKey, template, await RecipientsAsync(role, unitId, ct), model, ct);

    /// <summary>A task's mail goes to whom it is offered: its assignee, else its role's holders in its unit and the named candidates.</summary>
    public async Task NotifyOfferedAsync(string eventKey, string template, WorkItem item, JsonObject model, CancellationToken ct)
    {
        var names = item.AssignedTo is { } assignee ? [assignee] : item.CandidateUserNames;
        var named = names.Count == 0 ? [] : await AccountsAsync(names, ct);
        var holders = item.AssignedTo is null && item.Role != "" ? await RecipientsAsync(item.Role, item.UnitId, ct) : [];
        await SendAsync(eventKey, template, [.. holders.Concat(named).DistinctBy(u => u.Id)], model, ct);
    }

    /// <summary>Who receives mail: what the message copies of an account.</summary>
    public sealed record Recipient(string Id, string UserName, string Email, string? FullName, bool ReceivesReminders);

    private async Task SendAsync(string eventKey, string template, IReadOnlyList<Recipient> recipients, JsonObject model, CancellationToken ct)
    {
        var optedOut = template == DefaultEmailTemplates.TaskReminder;
        foreach (var user in recipients.Where(u => !optedOut || u.ReceivesReminders))
            Add($"{eventKey}/{user.Id}", template, user, model, null);
        if (template is not (DefaultEmailTemplates.TaskAssigned or DefaultEmailTemplates.TaskReminder) || recipients.Count == 0) return;

        // A task's mail reaches the deputies of those it is offered to, saying for whom (tasks only: a deputy acts on tasks).
        var standIns = (await SubstitutionsTodayAsync(ct)).Where(s => recipients.Any(r => r.UserName == s.Principal)).ToList();
        if (standIns.Count == 0) return;
        var deputies = await AccountsAsync([.. standIns.Select(s => s.Deputy).Distinct()], ct);
        foreach (var deputy in deputies.Where(d => recipients.All(r => r.Id != d.Id) && (!optedOut || d.ReceivesReminders)))
        {
            var standIn = standIns.First(s => s.Deputy == deputy.UserName);
            var principal = recipients.First(r => r.UserName == standIn.Principal);
            Add($"{eventKey}/{deputy.Id}", template, deputy, model, (principal, standIn));
        }
    }

    /// <summary>The holders of <paramref name="role"/> in the unit who have an address, by user name.</summary>
    public Task<IReadOnlyList<Recipient>> RecipientsAsync(string role, int unitId, CancellationToken ct) =>
        cache.GetAsync($"recipients/{role}/{unitId}", async () =>
        {
            // One statement (the role by its name inside it).
            IReadOnlyList<Recipient> holders = await db.Users.AsNoTracking()
                .Where(u => u.UnitId == unitId && u.Email != null
                    && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
                .OrderBy(u => u.UserName)
                .Select(u => new Recipient(u.Id, u.UserName!, u.Email!, u.FullName, u.ReceivesReminders))
                .ToListAsync(ct);
            return holders;
        });

    private Task<IReadOnlyList<Recipient>> AccountsAsync(IReadOnlyList<string> names, CancellationToken ct) =>
        cache.GetAsync($"accounts/{string.Join(',', names.Order(StringComparer.Ordinal))}", async () =>
        {
            IReadOnlyList<Recipient> accounts = await db.Users.AsNoTracking()
                .Where(u => names.Contains(u.UserName!) && u.Email != null)
                .Select(u => new Recipient(u.Id, u.UserName!, u.Email!, u.FullName, u.ReceivesReminders))
                .ToListAsync(ct);
            return accounts;
        });

    /// <summary>The substitutions in force today, in the order they were made.</summary>
    private Task<IReadOnlyList<Substitution>> SubstitutionsTodayAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        return cache.GetAsync($"substitutions/{today:yyyy-MM-dd}", async () =>
        {
            IReadOnlyList<Substitution> inForce = await db.Substitutions.AsNoTracking()
                .Where(s => s.EndedAt == null && s.From <= today && today <= s.To)
                .OrderBy(s => s.Id).ToListAsync(ct);
            return inForce;
        });
    }

    private void Add(string eventKey, string template, Recipient user, JsonObject model, (Recipient Principal, Substitution Period)? standingIn)
    {
        var personal = (JsonObject)model.DeepClone();
        personal["recipientName"] = user.FullName;
        if (standingIn is { } s)
        {
            personal["onBehalfOf"] = string.IsNullOrEmpty(s.Principal.FullName) ? s.Principal.UserName : s.Principal.FullName;
            personal["substitutionUntil"] = VietnamTime.Date(s.Period.To);
        }
        db.Outbox.Add(new OutboxMessage(eventKey, template, user.Email, user.FullName, personal.ToJsonString(JsonOptions), clock.GetUtcNow()));
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
