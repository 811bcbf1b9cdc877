using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Nominations;

public static class CreateNomination
{
    public const string OnlyClerks = "Chỉ cán bộ thi đua của đơn vị mới được lập hồ sơ đề nghị khen thưởng.";

    public sealed record Command(
        string? AwardTypeCode, int? RoundId, string? SubmissionNumber, DateOnly? SubmissionDate, IReadOnlyList<NomineeInput>? Nominees, string? Method = null)
        : ICommand<Result>;

    public sealed record Result(int Id, NominationStatus Status) : IAudited
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? AuditId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AwardsDbContext db, TimeProvider clock)
        {
            RuleFor(c => c.AwardTypeCode).NotEmpty().WithMessage("Hãy chọn loại khen thưởng.")
                .MustAsync((code, ct) => db.AwardTypes.AnyAsync(a => a.Code == code, ct))
                .WithMessage(c => $"Không có loại khen thưởng mã '{c.AwardTypeCode}'.");
            RuleFor(c => c.RoundId).MustAsync((id, ct) => id is null ? Task.FromResult(true) : db.Rounds.AnyAsync(r => r.Id == id, ct))
                .WithMessage(c => Round.NoSuch(c.RoundId));
            RuleFor(c => c.SubmissionNumber).MaximumLength(64).WithMessage("Số tờ trình dài quá 64 ký tự.");
            RuleFor(c => c.Method).Must(m => ReportCategories.TryParse<AwardMethod>(m, out _)).WithMessage(c => ReportCategories.UnknownMethod(c.Method));
            RuleFor(c => c.Nominees).NotEmpty().WithMessage(Nomination.NoNominees);
            RuleForEach(c => c.Nominees).SetValidator(new NomineeInput.Validator(clock));
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            if (!access.IsClerkOf(user.UnitId))
                throw new ForbiddenException(OnlyClerks);
            var unit = await db.Units.SingleAsync(u => u.Id == user.UnitId, cancellationToken);
            var awardType = await db.AwardTypes.SingleAsync(a => a.Code == request.AwardTypeCode, cancellationToken);
            var round = request.RoundId is int roundId ? await db.Rounds.Include(r => r.AwardTypes).Include(r => r.Issuer).ThenInclude(i => i!.Unit)
                .SingleAsync(r => r.Id == roundId, cancellationToken) : null;

            round?.EnsureAccepts(unit, awardType, VietnamTime.Today(clock));
            var nomination = new Nomination(unit, awardType, round, request.SubmissionNumber, request.SubmissionDate, user.UserName, clock.GetUtcNow());
            nomination.ReplaceNominees([.. request.Nominees!.Select(n => n.ToNominee())]);
            nomination.ProposeMethod(ReportCategories.ParseMethod(request.Method));
            await OncePerPerson.EnsureAsync(db, access, nomination, cancellationToken);
            db.Nominations.Add(nomination);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(nomination.Id, nomination.Status);
        }
    }
}
