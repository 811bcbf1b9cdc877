using MediatR;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features.Nominations;

public static class DownloadAttachment
{
    public sealed record Query(int NominationId, int AttachmentId) : IRequest<Result>;

    public sealed record Result(Stream Content, string ContentType, string FileName);

    internal sealed class Handler(Access access, AttachmentStore store) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var nomination = await access.VisibleNominationAsync(request.NominationId, cancellationToken);
            var attachment = nomination.Attachments.SingleOrDefault(a => a.Id == request.AttachmentId)
                ?? throw new Domain.NotFoundException($"Hồ sơ số {request.NominationId} không có tệp đính kèm số {request.AttachmentId}.");
            return new Result(store.Open(attachment.StorageKey), attachment.ContentType, attachment.FileName);
        }
    }
}
