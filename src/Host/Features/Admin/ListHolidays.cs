using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>The days off and the make-up working days of one year, in date order.</summary>
public static class ListHolidays
{
    public sealed record Query(int Year) : IRequest<Result>;

    public sealed record Result(int Year, IReadOnlyList<Item> Days, IReadOnlyList<int> Years);

    public sealed record Item(int Id, DateOnly Date, string Name, bool IsMakeUpWorkingDay);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage("Năm phải từ 2000 đến 2100.");
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var (from, to) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
            var days = await db.Holidays.AsNoTracking().Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date)
                .Select(h => new Item(h.Id, h.Date, h.Name, h.IsMakeUpWorkingDay)).ToListAsync(cancellationToken);
            var dates = await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken);
            var years = dates.Select(d => d.Year).Append(request.Year).Distinct().Order().ToList();
            return new Result(request.Year, days, years);
        }
    }
}
