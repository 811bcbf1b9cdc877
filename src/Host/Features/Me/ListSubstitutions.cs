using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Me;

/// <summary>The caller's substitutions not yet over: those they gave (as the approver) and those they hold (as the deputy).</summary>
public static class ListSubstitutions
{
    public sealed record Query : IRequest<Result>;

    public sealed record Result(IReadOnlyList<SubstitutionView> Given, IReadOnlyList<SubstitutionView> Held, IReadOnlyList<Colleague> Colleagues);

    /// <summary>Someone of the caller's unit who could act for them.</summary>
    public sealed record Colleague(string UserName, string FullName);

    internal sealed class Handler(AwardsDbContext db, CurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var (me, today, unitId) = (user.UserName, VietnamTime.Today(clock), user.UnitId);
            var current = await db.Substitutions.AsNoTracking()
                .Where(s => (s.Principal == me || s.Deputy == me) && s.EndedAt == null && s.To >= today)
                .OrderBy(s => s.From).ToListAsync(cancellationToken);
            var names = current.SelectMany(s => new[] { s.Principal, s.Deputy }).Distinct().ToList();
            var fullNames = await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName!))
                .ToDictionaryAsync(u => u.UserName!, u => u.FullName, cancellationToken);
            var colleagues = await db.Users.AsNoTracking().Where(u => u.UnitId == unitId && u.UserName != me)
                .OrderBy(u => u.FullName).Select(u => new Colleague(u.UserName!, u.FullName)).ToListAsync(cancellationToken);
            SubstitutionView View(Domain.Substitution s) =>
                SubstitutionView.Of(s, fullNames.GetValueOrDefault(s.Principal), fullNames.GetValueOrDefault(s.Deputy), today);
            return new Result([.. current.Where(s => s.Principal == me).Select(View)], [.. current.Where(s => s.Deputy == me).Select(View)], colleagues);
        }
    }
}
