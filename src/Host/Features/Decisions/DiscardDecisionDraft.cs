using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Decisions;

/// <summary>The office throws away a draft nobody will sign; its nominees wait again for another consolidation.</summary>
public static class DiscardDecisionDraft
{
    public sealed record Command(int Id) : ICommand<Result>, IAudited
    {
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);
    }

    public sealed record Result(int Id, int Released);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var decision = await LeaveOutNominee.OfficeDraftAsync(access, request.Id, cancellationToken);
            var nominees = await db.Nominees.Where(n => n.DecisionId == decision.Id).ToListAsync(cancellationToken);
            decision.Discard(nominees);
            db.Decisions.Remove(decision);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(request.Id, nominees.Count);
        }
    }
}
