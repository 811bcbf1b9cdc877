using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>
/// Counts the statistics store again from the dossiers, in one transaction: after rows were written around the
/// application (a restore, a script). The saves of the application keep it by themselves.
/// </summary>
public static class RebuildStatistics
{
    // Commands run in one transaction (TransactionBehavior): the store is replaced whole or not at all.
    public sealed record Command : ICommand<Result>;

    public sealed record Result(int Dossiers);

    internal sealed class Handler(AwardsDbContext db, Access access, StatisticsWorker statistics) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            await statistics.RebuildAsync(db, cancellationToken);
            return new Result(await db.DossierTallies.CountAsync(cancellationToken));
        }
    }
}
