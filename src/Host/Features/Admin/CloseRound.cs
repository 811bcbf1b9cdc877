using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>Stops a round taking dossiers before its close date (those already sent go on).</summary>
public static class CloseRound
{
    public sealed record Command(int Id) : ICommand<Result>, IAudited
    {
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);
    }

    public sealed record Result(int Id, RoundState State);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var round = await db.Rounds.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException(Round.NotFound(request.Id));
            round.Close();
            await db.SaveChangesAsync(cancellationToken);
            return new Result(round.Id, round.State);
        }
    }
}
