using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Decisions;

/// <summary>The official signed copy of a decision (the newest upload), or an earlier one of its history by id.</summary>
public static class DownloadSignedCopy
{
    public sealed record Query(int DecisionId, int? CopyId = null) : IRequest<Result>;

    public sealed record Result(Stream Content, string ContentType, string FileName);

    internal sealed class Handler(AwardsDbContext db, Access access, AttachmentStore store) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var decision = await SignedCopyAccess.VisibleAsync(access, request.DecisionId, cancellationToken);
            var copies = db.SignedDecisionCopies.AsNoTracking().Where(c => c.DecisionId == decision.Id);
            var copy = request.CopyId is { } id
                ? await copies.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                    ?? throw new NotFoundException($"Quyết định {decision.FullNumber} không có bản đã ký số {id}.")
                : await copies.OrderByDescending(c => c.UploadedAt).ThenByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException($"Quyết định {decision.FullNumber} chưa có bản đã ký.");
            return new Result(store.Open(copy.StorageKey), "application/pdf", copy.FileName);
        }
    }
}
