using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Tests.Email;

public sealed record Dossier(int Id, string InstanceId);

/// <summary>
/// Drives dossiers through the domain and the workflow runner directly, each step in one transaction as the use cases
/// do, so the e-mail tests do not depend on the nominations and tasks endpoints.
/// </summary>
public static class Dossiers
{
    public const string GiayKhen = "GK-GDCAT";

    public static Task<Dossier> SubmitAsync(AwardsApp app, string unitCode, string submissionNumber) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var awardType = await db.AwardTypes.SingleAsync(a => a.Code == GiayKhen);
            var nomination = new Nomination(unit, awardType, null, submissionNumber, DateOnly.FromDateTime(now.Date), "test", now);
            nomination.AddNominee(Nominee.Collective("Tổ an ninh trật tự thôn Phú Thọ", unit.Name, 12, 0.25m,
                "Phối hợp bắt giữ 2 đối tượng trộm cắp tài sản, giải quyết 15 vụ mâu thuẫn ngay tại cơ sở."));
            nomination.AddNominee(Nominee.Individual("Lê Văn Hòa", new DateOnly(1968, 5, 12), Sex.Male, "Tổ trưởng tổ an ninh trật tự",
                "Thôn Phú Thọ", null, "Phát hiện, tố giác đối tượng truy nã; vận động nhân dân giao nộp 3 khẩu súng tự chế."));

            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Nominations.Add(nomination);
            await db.SaveChangesAsync();
            await RequiredFiles.AttachAsync(services, nomination, "test");
            nomination.Submit(now);
            await services.GetRequiredService<WorkflowRunner>().StartAsync(nomination, "test", CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            var instanceId = await db.WorkflowInstances.Where(i => i.NominationId == nomination.Id).Select(i => i.Id).SingleAsync();
            return new Dossier(nomination.Id, instanceId);
        });

    /// <summary>Completes the open task at a BPMN element (e.g. <c>Task_CommuneReview</c>) with an outcome.</summary>
    public static Task CompleteAsync(AwardsApp app, Dossier dossier, string elementId, string outcome, string? comment = null) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var item = await db.WorkItems.SingleAsync(w => w.NominationId == dossier.Id && w.ElementId == elementId && w.ClosedAt == null);
            var nomination = await db.Nominations.Include(n => n.Unit).Include(n => n.AwardType).Include(n => n.Nominees)
                .SingleAsync(n => n.Id == dossier.Id);
            await using var transaction = await db.Database.BeginTransactionAsync();
            await services.GetRequiredService<WorkflowRunner>().CompleteAsync(nomination, item, outcome, comment, "test", CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return true;
        });

    /// <summary>Moves the clock just past the earliest pending timer of the dossier and fires what is due.</summary>
    public static async Task FireNextTimerAsync(MailApp mail, Dossier dossier)
    {
        var due = await mail.App.WithScopeAsync(services =>
            services.GetRequiredService<AwardsDbContext>().ScheduledTimers.Where(t => t.InstanceId == dossier.InstanceId)
                .Select(t => t.DueAt).ToListAsync());
        var next = due.Min();
        if (next > mail.App.Clock.GetUtcNow()) mail.App.Clock.Set(next.AddMinutes(1));
        await mail.Timers.FireDueTimersAsync(CancellationToken.None);
    }

    public static Task<string> TaskIdAsync(AwardsApp app, Dossier dossier, string elementId) =>
        app.WithScopeAsync(async services => (await services.GetRequiredService<AwardsDbContext>().WorkItems
            .Where(w => w.NominationId == dossier.Id && w.ElementId == elementId).Select(w => w.Id).FirstAsync()).ToString());
}
