using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.EmailTemplates;

public static class GetEmailTemplate
{
    public sealed record Query(string Key) : IRequest<Result>;

    public sealed record Result(string Key, string Subject, string HtmlBody, string TextBody, DateTimeOffset UpdatedAt, string UpdatedBy)
    {
        public static Result Of(EmailTemplate t) => new(t.Key, t.Subject, t.HtmlBody, t.TextBody, t.UpdatedAt, t.UpdatedBy);
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var template = await db.EmailTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Key == request.Key, cancellationToken)
                ?? throw new NotFoundException($"Không có mẫu thư '{request.Key}'.");
            return Result.Of(template);
        }
    }
}
