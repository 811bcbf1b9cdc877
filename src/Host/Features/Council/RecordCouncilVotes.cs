using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Rounds;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Council;

/// <summary>
/// The council's secretary enters the result of the meeting: the votes each nominee of the round received (an empty
/// count clears it). Only nominees the council weighs (<see cref="RoundAccess.CouncilNominees"/>) may be given votes.
/// </summary>
public static class RecordCouncilVotes
{
    public sealed record Vote(int NomineeId, int? Votes);

    public sealed record Body(IReadOnlyList<Vote>? Votes);

    public sealed record Command(int RoundId, IReadOnlyList<Vote>? Votes) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => RoundId.ToString(CultureInfo.InvariantCulture);
    }

    public const string VotesNeeded = "Hãy ghi số phiếu của ít nhất một tập thể, cá nhân.";

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Votes).NotEmpty().WithMessage(VotesNeeded);
            RuleForEach(c => c.Votes).Must(v => v.Votes is null or >= 0).WithMessage("Số phiếu không được âm.");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var office = await RoundAccess.CouncilOfAsync(db, access, cancellationToken);
            var round = await RoundAccess.VisibleRounds(db, office).SingleOrDefaultAsync(r => r.Id == request.RoundId, cancellationToken)
                ?? throw RoundAccess.NotFound(request.RoundId);
            var ids = request.Votes!.Select(v => v.NomineeId).Distinct().ToList();
            var nominees = await RoundAccess.CouncilNominees(db, round, office).Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
            if (ids.Where(id => !nominees.ContainsKey(id)).Select(id => (int?)id).FirstOrDefault() is int missing)
                throw new NotFoundException($"Không có người được đề nghị số {missing} trong các hồ sơ Hội đồng xét của đợt '{round.Name}'.");
            foreach (var vote in request.Votes!)
                nominees[vote.NomineeId].RecordCouncilVotes(vote.Votes);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
