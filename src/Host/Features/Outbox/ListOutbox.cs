using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Outbox;

public static class ListOutbox
{
    /// <summary>The largest page the list serves.</summary>
    public const int MaxPageSize = 200;

    /// <param name="Status"><c>failed</c>, <c>pending</c>, <c>sent</c>, or null for all.</param>
    public sealed record Query(string? Status, int Page = 1, int PageSize = 50) : IRequest<Result>;

    public sealed record Result(IReadOnlyList<Item> Items, int Total, int Page, int PageSize);

    public sealed record Item(long Id, string EventKey, string Template, string RecipientEmail, string? RecipientName, OutboxStatus Status,
        int Attempts, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError)
    {
        public static Item Of(OutboxMessage m) => new(m.Id, m.EventKey, m.Template, m.RecipientEmail, m.RecipientName, m.Status,
            m.Attempts, m.CreatedAt, m.NextAttemptAt, m.SentAt, m.LastError);
    }

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).Must(s => s is null || Enum.TryParse<OutboxStatus>(s, ignoreCase: true, out _) && !int.TryParse(s, out _))
                .WithMessage("Trạng thái chỉ có thể là failed, pending hoặc sent.");
            this.AddPaging(q => q.Page, q => q.PageSize, MaxPageSize);
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var query = db.Outbox.AsNoTracking();
            if (request.Status is not null)
            {
                var status = Enum.Parse<OutboxStatus>(request.Status, ignoreCase: true);
                query = query.Where(m => m.Status == status);
            }
            var total = await query.CountAsync(cancellationToken);
            var page = await query.OrderByDescending(m => m.Id).PageOf(request.Page, request.PageSize)
                .ToListAsync(cancellationToken);
            return new Result([.. page.Select(Item.Of)], total, request.Page, request.PageSize);
        }
    }
}
