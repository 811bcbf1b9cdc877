using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>The audit trail, newest first, searched by who, what, which entity, when and words in the details. Read only.</summary>
public static class SearchAudit
{
    public sealed record Query(string? UserName = null, string? Action = null, string? EntityType = null, string? EntityId = null,
        DateOnly? From = null, DateOnly? To = null, string? Text = null, int Page = 1, int PageSize = 50) : IRequest<Result>;

    public sealed record Result(Paged<Item> Entries, IReadOnlyList<string> EntityTypes);

    public sealed record Item(long Id, DateTimeOffset At, string? UserName, string Action, string EntityType, string? EntityId,
        string? Details, string? IpAddress);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPaging(q => q.Page, q => q.PageSize);
            RuleFor(q => q.To).Must((q, to) => Periods.InOrder(q.From, to))
                .WithMessage(Periods.EndsBeforeStart);
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var entries = db.AuditEntries.AsNoTracking();
            if (Given(request.UserName) is { } user) entries = entries.Where(a => a.UserName == user);
            if (Given(request.Action) is { } action) entries = entries.Where(a => a.Action.Contains(action));
            if (Given(request.EntityType) is { } entity) entries = entries.Where(a => a.EntityType == entity);
            if (Given(request.EntityId) is { } entityId) entries = entries.Where(a => a.EntityId == entityId);
            if (Given(request.Text) is { } text) entries = entries.Where(a => a.Details != null && a.Details.Contains(text));
            // Days are Vietnam days: from 00:00 +07:00 of the first to 00:00 +07:00 after the last.
            if (request.From is { } from)
            {
                var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset);
                entries = entries.Where(a => a.At >= start);
            }
            if (request.To is { } to)
            {
                var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset);
                entries = entries.Where(a => a.At < end);
            }

            var total = await entries.CountAsync(cancellationToken);
            var items = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).PageOf(request.Page, request.PageSize)
                .Select(a => new Item(a.Id, a.At, a.UserName, a.Action, a.EntityType, a.EntityId, a.Details, a.IpAddress))
                .ToListAsync(cancellationToken);
            var entityTypes = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(e => e).ToListAsync(cancellationToken);
            return new Result(new Paged<Item>(items, total, request.Page, request.PageSize), entityTypes);
        }

        private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
