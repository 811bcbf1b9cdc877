using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Features.Tasks;

public static class CompleteTask
{
    /// <summary>What the person sends: the outcome, a comment (required to return or refuse), and per-nominee choices.</summary>
    public sealed record Body(string Outcome, string? Comment, IReadOnlyList<NomineeChoice>? Nominees);

    /// <summary>Keep, strike out or postpone one nominee; <c>keep: false</c> without an action means strike out (older clients).</summary>
    public sealed record NomineeChoice(int NomineeId, bool Keep, string? Reason, NomineeAction? Do = null)
    {
        public NomineeAction Action => Do ?? (Keep ? NomineeAction.Keep : NomineeAction.Strike);
    }

    public sealed record Command(Guid TaskId, string Outcome, string? Comment, IReadOnlyList<NomineeChoice>? Nominees)
        : ICommand<Result>, IAudited, IReadsBeforeWriting, IOneAtATime
    {
        public string? AuditId => TaskId.ToString();
        [System.Text.Json.Serialization.JsonIgnore]
        public string OneAtATimeKey => OneAtATimeKeys.Task(TaskId);
    }

    public sealed record Result(int NominationId, NominationStatus Status, IReadOnlyList<OpenStep> OpenSteps);

    public sealed record OpenStep(Guid Id, string StepId, string StepName);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Outcome).NotEmpty().WithMessage("Hãy chọn ý kiến xử lý (ví dụ: đồng ý, trả lại, không đồng ý).");
            RuleFor(c => c.Comment).NotEmpty().When(c => Outcomes.Same(c.Outcome, Outcomes.Return))
                .WithMessage("Khi trả lại hồ sơ, cần ghi rõ lý do và nội dung đơn vị phải bổ sung.");
            RuleFor(c => c.Comment).NotEmpty().When(c => Outcomes.Same(c.Outcome, Outcomes.Reject))
                .WithMessage("Khi không đồng ý khen thưởng, cần ghi rõ lý do.");
            RuleFor(c => c.Comment).AtMost(TextLimits.Reason, "Ý kiến xử lý");
            RuleForEach(c => c.Nominees).Must(n => n.Reason is null || n.Reason.Length <= TextLimits.Reason)
                .WithMessage(TextLimits.TooLong("Lý do", TextLimits.Reason));
            RuleFor(c => c.Nominees).Must(n => n!.Select(x => x.NomineeId).Distinct().Count() == n!.Count)
                .When(c => c.Nominees is not null).WithMessage("Mỗi người được đề nghị chỉ được chọn một lần.");
            RuleForEach(c => c.Nominees).Must(n => n.Action == NomineeAction.Keep || !string.IsNullOrWhiteSpace(n.Reason))
                .WithMessage((_, n) => Nominee.ReasonNeeded(n.Action, $"người/tập thể số {n.NomineeId}"));
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, WorkflowRunner runner, WorkflowCatalog catalog,
        CriteriaCache criteria, TimeProvider clock)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var item = await Step.For(db)(db, request.TaskId, cancellationToken);
            if (item is null || !access.CanAct(item))
            {
                var visible = item is not null && await access.VisibleNominations().AnyAsync(n => n.Id == item.NominationId, cancellationToken);
                if (!visible) throw new NotFoundException(ClaimTask.NotFound);
                if (access.CanAct(item!, ignoringClaim: true))
                    throw new ConflictException(item!.IsOpen ? item.ClaimedByOther : await ClosedMessageAsync(item, cancellationToken));
                throw new ForbiddenException(item!.AssignedTo is { } assignee
                    ? $"Bước '{item.Name}' được giao riêng cho {assignee}."
                    : $"Bước '{item.Name}' không được giao cho anh/chị; chỉ {RoleName(item.Role)} của đơn vị được giao mới xử lý được.");
            }
            var standingIn = access.ActingFor(item);
            if (!item.IsOpen) throw new ConflictException(await ClosedMessageAsync(item, cancellationToken));

            var step = await StepAsync(item, cancellationToken);
            var outcome = step.Offered(request.Outcome)
                ?? throw new ValidationException([new ValidationFailure(nameof(Command.Outcome), step.NotOffered(request.Outcome))]);

            var nomination = await access.NominationOfTaskAsync(item, cancellationToken);
            if (item.Role == Roles.UnitClerk && outcome == Outcomes.Resubmit)
                await Nominations.DossierParts.EnsureCompleteAsync(db, nomination, cancellationToken);
            if (request.Nominees is { Count: > 0 } choices)
                nomination.Screen([.. choices.Select(c => (c.NomineeId, c.Action, c.Reason))], user.UserName, clock.GetUtcNow());

            // The criteria run again at each reviewer's approval; returning, refusing or postponing needs no check.
            if (item.Role != Roles.UnitClerk && outcome is not (Outcomes.Return or Outcomes.Reject or Outcomes.Withdraw or "postpone"))
                await Eligibility.EligibilityGate.OnApproveAsync(db, criteria, nomination, clock, cancellationToken);

            var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
            await runner.CompleteAsync(nomination, item, outcome, comment, user.UserName, cancellationToken);
            if (standingIn is { For: { } substitution })
            {
                // Who acted for whom stays in the step and in the audit trail.
                item.ActedFor(standingIn.UserName);
                db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), user.UserName, "CompleteTask.ActedFor", "Tasks", item.Id.ToString(),
                    $"Xử lý thay {standingIn.FullName ?? standingIn.UserName} ({standingIn.UserName}) theo ủy quyền từ {VietnamTime.Date(substitution.From)} " +
                    $"đến {VietnamTime.Date(substitution.To)}: {substitution.Reason}", user.IpAddress));
            }
            await db.SaveChangesAsync(cancellationToken);

            var open = new List<OpenStep>();
            await foreach (var openStep in OpenSteps.For(db)(db, nomination.Id).WithCancellation(cancellationToken)) open.Add(openStep);
            return new Result(nomination.Id, nomination.Status, open);
        }

        private static readonly PerModel<Func<AwardsDbContext, Guid, CancellationToken, Task<WorkItem?>>> Step =
            new(() => EF.CompileAsyncQuery((AwardsDbContext db, Guid id, CancellationToken ct) => db.WorkItems.SingleOrDefault(w => w.Id == id)));

        private static readonly PerModel<Func<AwardsDbContext, int, IAsyncEnumerable<OpenStep>>> OpenSteps =
            new(() => EF.CompileAsyncQuery((AwardsDbContext db, int nominationId) => db.WorkItems.AsNoTracking()
                .Where(w => w.NominationId == nominationId && w.ClosedAt == null)
                .OrderBy(w => w.OpenedAt).ThenBy(w => w.ElementId)
                .Select(w => new OpenStep(w.Id, w.ElementId, w.Name))));

        private static readonly PerModel<Func<AwardsDbContext, string, CancellationToken, Task<WorkflowInstance>>> Instance =
            new(() => EF.CompileAsyncQuery((AwardsDbContext db, string id, CancellationToken ct) => db.WorkflowInstances.Single(i => i.Id == id)));

        private async Task<UserTask> StepAsync(WorkItem item, CancellationToken ct)
        {
            // Tracked: the runner goes on with this read of the instance (on PostgreSQL it takes its row lock first).
            var instance = await Instance.For(db)(db, item.InstanceId, ct);
            var definition = await catalog.GetAsync(db, instance.WorkflowKey, instance.WorkflowVersion, ct);
            return definition.FindNode(item.ElementId) as UserTask
                ?? throw new DomainException($"Bước '{item.Name}' không còn trong quy trình '{instance.WorkflowKey}' phiên bản {instance.WorkflowVersion}.");
        }

        private async Task<string> ClosedMessageAsync(WorkItem item, CancellationToken ct)
        {
            var fullName = item.ClosedBy is null ? null
                : await db.Users.Where(u => u.UserName == item.ClosedBy).Select(u => u.FullName).FirstOrDefaultAsync(ct);
            var who = string.IsNullOrEmpty(fullName) ? item.ClosedBy : $"{fullName} ({item.ClosedBy})";
            return WorkItem.Closed($"Bước '{item.Name}'", item.ClosedAt!.Value, who, Pages.Shared.Words.Outcome(item.Outcome));
        }

        private static string RoleName(string role) => Roles.Names.GetValueOrDefault(role, role);
    }
}
