using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.EmailTemplates;

public static class PreviewEmailTemplate
{
    /// <summary>Renders the given parts (those left out: the stored template's) with a realistic sample dossier.</summary>
    public sealed record Query(string Key, string? Subject, string? HtmlBody, string? TextBody) : IRequest<RenderedEmail>;

    public sealed record Body(string? Subject, string? HtmlBody, string? TextBody);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Subject).MustRender("Tiêu đề", html: false);
            RuleFor(q => q.HtmlBody).MustRender("Nội dung HTML", html: true);
            RuleFor(q => q.TextBody).MustRender("Nội dung văn bản thuần", html: false);
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, EmailRenderer renderer) : IRequestHandler<Query, RenderedEmail>
    {
        public async Task<RenderedEmail> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var stored = await db.EmailTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Key == request.Key, cancellationToken);
            if (stored is null && (request.Subject is null || request.HtmlBody is null || request.TextBody is null))
                throw new NotFoundException($"Không có mẫu thư '{request.Key}': hãy gửi đủ tiêu đề, nội dung HTML và văn bản thuần để xem trước.");
            return renderer.RenderUnsaved(request.Subject ?? stored!.Subject, request.HtmlBody ?? stored!.HtmlBody,
                request.TextBody ?? stored!.TextBody, EmailSamples.ModelJson);
        }
    }
}
