using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Decisions;

/// <summary>
/// The decider (or a listed deputy, KT.) signs a draft: it takes the next number of the issuer's register, or the number
/// and date typed from a paper register; every dossier in it follows, and each unit is told.
/// </summary>
public static class SignDecision
{
    public sealed record Body(string? Deputy, int? PaperNumber, DateOnly? PaperDate);

    public sealed record Command(int Id, string? Deputy, int? PaperNumber, DateOnly? PaperDate) : ICommand<Result>, IAudited
    {
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);
    }

    public sealed record Result(int Id, string Number, DateOnly IssuedOn, string SignerName, bool SignedOnBehalf);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PaperNumber).GreaterThan(0).When(c => c.PaperNumber is not null).WithMessage("Số quyết định phải là số nguyên dương.");
            RuleFor(c => c.PaperDate).NotNull().When(c => c.PaperNumber is not null)
                .WithMessage("Khi nhập số từ sổ văn bản giấy, hãy nhập cả ngày ký.");
            RuleFor(c => c.PaperNumber).NotNull().When(c => c.PaperDate is not null)
                .WithMessage("Khi nhập ngày ký, hãy nhập cả số quyết định đã vào sổ.");
            RuleFor(c => c.Deputy).MaximumLength(128).WithMessage("Tên người ký dài tối đa 128 ký tự.");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, DecisionIssuer issuer, Notifier notifier,
        TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var decision = await access.VisibleDecisions().Include(d => d.Issuer).Include(d => d.AwardType).Include(d => d.Awardees)
                .Include(d => d.Round).AsSplitQuery()
                .SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException(Decision.NotFound(request.Id));
            if (!access.IsAdmin && !access.IsSignerOf(decision.Issuer!))
                throw new ForbiddenException($"Chỉ {Roles.Names.GetValueOrDefault(decision.Issuer!.SignerRole, decision.Issuer.SignerRole)} của {decision.Issuer.Name} mới ký được quyết định này.");
            if (decision.IsSigned) throw new ConflictException($"Quyết định {decision.FullNumber} đã được ký trước đó.");
            if (request.PaperDate is { } typed && typed > VietnamTime.Today(clock))
                throw new DomainException("Ngày ký không được sau ngày hôm nay.", "paperDate");

            var ids = decision.Awardees.Select(a => a.NominationId).Distinct().ToList();
            var nominations = await db.Nominations.Include(n => n.Nominees).Include(n => n.Unit).Include(n => n.AwardType)
                .Where(n => ids.Contains(n.Id)).AsSplitQuery().ToListAsync(cancellationToken);
            await issuer.SignAsync(decision, request.PaperNumber, request.PaperDate, decision.Issuer!.Signatory(request.Deputy), user.UserName,
                nominations, cancellationToken);
            if (decision.Round is { } round && !await StillOpenAsync(round, decision.Id, cancellationToken)) round.MarkDecided();

            foreach (var nomination in nominations)
            {
                var awarded = decision.Awardees.Where(a => a.NominationId == nomination.Id).Select(a => a.Name).ToList();
                var data = new System.Text.Json.Nodes.JsonObject
                {
                    ["nominationId"] = nomination.Id,
                    ["awardType"] = decision.AwardType!.Name,
                    ["unitName"] = nomination.Unit!.Name,
                    ["submissionNumber"] = nomination.SubmissionNumber,
                    ["nomineeCount"] = awarded.Count,
                    ["nominees"] = new System.Text.Json.Nodes.JsonArray([.. awarded.Select(n => System.Text.Json.Nodes.JsonValue.Create(n))]),
                    ["decisionNumber"] = decision.FullNumber,
                    ["decisionDate"] = VietnamTime.Date(decision.IssuedOn!.Value),
                };
                await notifier.NotifyRoleAsync($"decision/{decision.Id}/signed/{nomination.Id}", DefaultEmailTemplates.DecisionIssued,
                    Roles.UnitClerk, nomination.UnitId, data, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            return new Result(decision.Id, decision.FullNumber, decision.IssuedOn!.Value, decision.SignerName!, decision.SignedOnBehalf);
        }

        /// <summary>A round is decided once nothing of it is still in review, waiting or in another draft.</summary>
        private async Task<bool> StillOpenAsync(Round round, int signedId, CancellationToken ct) =>
            round.State == RoundState.Open
            || await db.Nominations.AnyAsync(n => n.RoundId == round.Id
                && (n.Status == NominationStatus.Draft || n.Status == NominationStatus.InReview || n.Status == NominationStatus.Returned
                    || n.Status == NominationStatus.AwaitingDecision), ct)
            || await db.Decisions.AnyAsync(d => d.RoundId == round.Id && d.Id != signedId && d.Status == DecisionStatus.Draft, ct);
    }
}
