using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Host.Features.Nominations;

public static class GetNomination
{
    public sealed record Query(int Id) : IRequest<Result>;

    public sealed record Result(
        int Id, int UnitId, string UnitName, string AwardTypeCode, string AwardType, int? RoundId, string? RoundName,
        string? SubmissionNumber, DateOnly? SubmissionDate, NominationStatus Status, string StatusName, string? LastReason,
        Guid Version, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? ClosedAt,
        string? DecisionNumber, IReadOnlyList<NomineeView> Nominees, IReadOnlyList<AttachmentView> Attachments,
        IReadOnlyList<OpenStep> OpenSteps, IReadOnlyList<HistoryEntry> History,
        Procedure Procedure, string ProcedureName, IReadOnlyList<ChecklistItem> Checklist, IReadOnlyList<string> MissingParts,
        IReadOnlyList<string> AwaitedMessages, bool MayDeliverMessages,
        string? Method = null, string? MethodName = null);

    /// <summary>A required part (of one nominee, for a per-nominee part) and the files that fulfil it.</summary>
    public sealed record ChecklistItem(string Code, string Name, string? Note, bool PerNominee, int? NomineeId, string Text, bool Fulfilled,
        IReadOnlyList<int> AttachmentIds);

    public sealed record NomineeView(
        int Id, NomineeKind Kind, string Name, string Achievements, string? ParentUnitName, int? MemberCount, decimal? WomenShare,
        DateOnly? DateOfBirth, Sex? Sex, string? Position, string? Workplace, string? CitizenId, bool IsStruck, string? StrikeReason,
        NomineeStanding Standing, string StandingName, string? PostponeReason, string? LeftOutReason, string? FormerCitizenId,
        IReadOnlyList<string> PossibleTwins,
        string? Group = null, IReadOnlyList<ServicePeriod>? ServicePeriods = null, IReadOnlyList<HeldHonour>? HonoursHeld = null,
        bool PendingDiscipline = false, bool PendingComplaint = false, bool PendingInspection = false,
        string? Target = null, string? TargetName = null);

    /// <summary>A file; <c>PartName</c> names the required part it fulfils (with the nominee for a per-nominee part), null for other documents.</summary>
    public sealed record AttachmentView(int Id, string FileName, long Size, AttachmentKind Kind, string ContentType, DateTimeOffset UploadedAt,
        string? PartCode, int? NomineeId, string? PartName);

    /// <summary>A step open on the dossier; <c>Waited</c>, <c>Deadline</c> and <c>Urgency</c> say how long it has waited and how its deadline stands;
    /// <c>AssignedTo</c> the one account the diagram gives it to, <c>ClaimedBy</c> who took it.</summary>
    public sealed record OpenStep(Guid Id, string StepName, string Role, string RoleName, string UnitName, DateTimeOffset OpenedAt, DateTimeOffset? DueAt,
        string Waited, string Deadline, Deadlines.Urgency Urgency, string? AssignedTo, string? ClaimedBy);

    public sealed record HistoryEntry(DateTimeOffset At, string Kind, string? StepName, string? Actor, string? Outcome, string? Comment);

    internal sealed class Handler(AwardsDbContext db, Access access, WorkflowRunner runner, CalendarProvider calendars, TimeProvider clock)
        : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var n = await access.VisibleNominationAsync(request.Id, cancellationToken);
            var showIds = access.CanSeeCitizenIds(n);

            var openSteps = await db.WorkItems.AsNoTracking()
                .Where(w => w.NominationId == n.Id && w.ClosedAt == null)
                .OrderBy(w => w.OpenedAt)
                .Select(w => new { w.Id, w.Name, w.Role, UnitName = w.Unit!.Name, w.OpenedAt, w.DueAt, w.AssignedTo, w.ClaimedBy })
                .ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var calendar = await calendars.GetAsync(db, cancellationToken);

            var decisions = await db.Decisions.AsNoTracking()
                .Where(d => d.Status == DecisionStatus.Signed && d.RevokedAt == null && d.Awardees.Any(a => a.NominationId == n.Id))
                .OrderBy(d => d.IssuedOn).ThenBy(d => d.Id)
                .Select(d => new { d.Id, d.Number, d.Symbol })
                .ToListAsync(cancellationToken);
            var decision = decisions.FirstOrDefault();

            var instances = await runner.HistoryAsync(n.Id, cancellationToken);
            var awaited = instances.Where(i => i.Instance.IsRunning).SelectMany(i => i.State.AwaitedMessages).Select(m => m.MessageName)
                .Distinct(StringComparer.Ordinal).ToList();
            var twins = await OncePerPerson.PossibleTwinsAsync(db, access, n, cancellationToken);
            var parts = await DossierParts.OfAsync(db, n.AwardTypeId, cancellationToken);
            var checklist = n.Checklist(parts);
            return new Result(
                n.Id, n.UnitId, n.Unit!.Name, n.AwardType!.Code, n.AwardType.Name, n.RoundId, n.Round?.Name,
                n.SubmissionNumber, n.SubmissionDate, n.Status, StatusNames.Of(n.Status), n.LastReason,
                n.Version, n.CreatedBy, n.CreatedAt, n.SubmittedAt, n.ClosedAt,
                decision is null ? null : Decision.Format(decision.Number!.Value, decision.Symbol),
                [.. n.Nominees.OrderBy(m => m.Id).Select(m => new NomineeView(m.Id, m.Kind, m.Name, m.Achievements, m.ParentUnitName,
                    m.MemberCount, m.WomenShare, m.DateOfBirth, m.Sex, m.Position, m.Workplace,
                    showIds ? m.CitizenId : Access.Mask(m.CitizenId), m.IsStruck, m.StrikeReason,
                    m.Standing(n.Status), StandingNames.Of(m.Standing(n.Status)), m.PostponeReason, m.LeftOutReason,
                    showIds ? m.FormerCitizenId : Access.Mask(m.FormerCitizenId), twins.GetValueOrDefault(m.Id) ?? [],
                    m.GroupCode, m.ServicePeriods, m.HonoursHeld, m.PendingDiscipline, m.PendingComplaint, m.PendingInspection,
                    m.Target is { } t ? ReportCategories.Code(t) : null, m.Target is { } tn ? ReportCategories.NameOf(tn) : null))],
                [.. n.Attachments.OrderBy(a => a.Id).Select(a => new AttachmentView(a.Id, a.FileName, a.Size, a.Kind, a.ContentType, a.UploadedAt,
                    a.PartCode, a.NomineeId, PartName(n, parts, a)))],
                [.. openSteps.Select(w =>
                {
                    var (deadline, urgency) = Deadlines.Describe(w.DueAt, now, calendar);
                    return new OpenStep(w.Id, w.Name, w.Role, Roles.Names.GetValueOrDefault(w.Role, w.Role), w.UnitName, w.OpenedAt, w.DueAt,
                        Deadlines.Waited(w.OpenedAt, now), deadline, urgency, w.AssignedTo, w.ClaimedBy);
                })],
                await HistoryAsync(n, instances, cancellationToken),
                n.Procedure, ProcedureNames.Of(n.Procedure),
                [.. checklist.Select(l => new ChecklistItem(l.Part.Code, l.Part.Name, l.Part.Note, l.Part.PerNominee, l.Nominee?.Id, l.Text, l.IsFulfilled,
                    [.. l.Files.Select(f => f.Id)]))],
                [.. checklist.Where(l => !l.IsFulfilled).Select(l => l.Text)],
                awaited, awaited.Count > 0 && access.MayDeliverMessages,
                n.Method is { } method ? ReportCategories.Code(method) : null, n.Method is { } mn ? ReportCategories.NameOf(mn) : null);
        }

        /// <summary>The part a file fulfils, by its code under the dossier's procedure (a part removed since still names it).</summary>
        private static string? PartName(Nomination n, IReadOnlyList<RequiredPart> parts, Attachment file)
        {
            if (file.PartCode is null) return null;
            var part = parts.Where(p => p.Code == file.PartCode).OrderByDescending(p => p.Procedure == n.Procedure).FirstOrDefault();
            if (part is null) return file.PartCode;
            var nominee = file.NomineeId is int id ? n.Nominees.FirstOrDefault(x => x.Id == id) : null;
            return part.PerNominee ? part.For(nominee) : part.Name;
        }

        private async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(Nomination n,
            IReadOnlyList<(WorkflowInstance Instance, InstanceState State, ToanDan.Awards.Workflows.Definitions.WorkflowDefinition Definition)> instances, CancellationToken ct)
        {
            var history = new List<HistoryEntry> { new(n.CreatedAt, "created", null, n.CreatedBy, null, null) };
            foreach (var (_, state, definition) in instances)
                history.AddRange(state.Journal.Select(e => new HistoryEntry(
                    e.At,
                    e.Kind == JournalKind.Started ? "submitted" : JsonNamingPolicy.CamelCase.ConvertName(e.Kind.ToString()),
                    e.ElementId is null ? null : definition.FindNode(e.ElementId)?.Name ?? e.ElementId,
                    e.Actor, e.Outcome, e.Comment)));

            // After the review path: the office's consolidation, the signing, and postponements.
            var decisions = await db.Decisions.AsNoTracking().Where(d => d.Awardees.Any(a => a.NominationId == n.Id))
                .Select(d => new { d.DraftedAt, d.DraftedBy, d.SignedAt, d.SignerName, d.Number, d.Symbol, Count = d.Awardees.Count(a => a.NominationId == n.Id) })
                .ToListAsync(ct);
            foreach (var d in decisions)
            {
                history.Add(new(d.DraftedAt, "consolidated", null, d.DraftedBy, null, $"{d.Count} tập thể, cá nhân của hồ sơ"));
                if (d.SignedAt is { } signedAt && d.Number is int number)
                    history.Add(new(signedAt, "decisionSigned", Decision.Format(number, d.Symbol), d.SignerName, null, null));
            }
            foreach (var m in n.Nominees.Where(m => m.IsPostponed && m.PostponedAt is not null))
                history.Add(new(m.PostponedAt!.Value, "postponed", m.Name, m.PostponedBy, null, m.PostponeReason));
            return [.. history.OrderBy(h => h.At)];
        }
    }
}
