using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Nominations;

public static class UpdateNomination
{
    /// <summary>The whole cover and nominee list, replacing what was there; <c>Version</c> is the one the editor read.</summary>
    public sealed record Command(
        int Id, int? RoundId, string? SubmissionNumber, DateOnly? SubmissionDate, IReadOnlyList<NomineeInput>? Nominees, Guid? Version, string? Method = null)
        : ICommand<Result>, IAudited
    {
        public string? AuditId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed record Result(int Id, NominationStatus Status, Guid Version);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AwardsDbContext db, TimeProvider clock)
        {
            RuleFor(c => c.RoundId).MustAsync((id, ct) => id is null ? Task.FromResult(true) : db.Rounds.AnyAsync(r => r.Id == id, ct))
                .WithMessage(c => Round.NoSuch(c.RoundId));
            RuleFor(c => c.SubmissionNumber).MaximumLength(64).WithMessage("Số tờ trình dài quá 64 ký tự.");
            RuleFor(c => c.Method).Must(m => ReportCategories.TryParse<AwardMethod>(m, out _)).WithMessage(c => ReportCategories.UnknownMethod(c.Method));
            RuleFor(c => c.Nominees).NotEmpty().WithMessage(Nomination.NoNominees);
            RuleForEach(c => c.Nominees).SetValidator(new NomineeInput.Validator(clock));
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var nomination = await access.OwnNominationAsync(request.Id, cancellationToken);
            if (request.Version is Guid version && version != nomination.Version)
                throw new ConflictException("Hồ sơ vừa được người khác thay đổi. Hãy tải lại hồ sơ rồi sửa tiếp.");
            var round = request.RoundId is int roundId ? await db.Rounds.Include(r => r.AwardTypes).Include(r => r.Issuer).ThenInclude(i => i!.Unit)
                .SingleAsync(r => r.Id == roundId, cancellationToken) : null;

            // A returned dossier stays in its round even after the round closed; choosing a round is checked like a new one.
            if (round is not null && round.Id != nomination.RoundId)
                round.EnsureAccepts(nomination.Unit!, nomination.AwardType!, VietnamTime.Today(clock));
            nomination.ChangeCover(round, request.SubmissionNumber, request.SubmissionDate);
            nomination.ReplaceNominees([.. request.Nominees!.Select(n => n.ToNominee())]);
            nomination.ProposeMethod(ReportCategories.ParseMethod(request.Method));
            await OncePerPerson.EnsureAsync(db, access, nomination, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(nomination.Id, nomination.Status, nomination.Version);
        }
    }
}
