using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.EmailTemplates;

public static class SaveEmailTemplate
{
    /// <summary>Replaces a template, or adds one that a workflow's send task names (<c>award:template</c>).</summary>
    public sealed record Command(string Key, string Subject, string HtmlBody, string TextBody) : ICommand<GetEmailTemplate.Result>, IAudited
    {
        public string? AuditId => Key;
    }

    public sealed record Body(string Subject, string HtmlBody, string TextBody);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Key).Matches(TemplateRules.KeyPattern).WithMessage(TemplateRules.KeyMessage);
            RuleFor(c => c.Subject).NotEmpty().WithMessage("Hãy nhập tiêu đề thư.")
                .MaximumLength(512).WithMessage("Tiêu đề thư dài quá 512 ký tự.");
            RuleFor(c => c.HtmlBody).NotEmpty().WithMessage("Hãy nhập nội dung HTML của thư.")
                .AtMost(TextLimits.Template, "Nội dung HTML");
            RuleFor(c => c.TextBody).NotEmpty().WithMessage("Hãy nhập nội dung văn bản thuần của thư.")
                .AtMost(TextLimits.Template, "Nội dung văn bản thuần");
            RuleFor(c => c.Subject).MustRender("Tiêu đề", html: false);
            RuleFor(c => c.HtmlBody).MustRender("Nội dung HTML", html: true);
            RuleFor(c => c.TextBody).MustRender("Nội dung văn bản thuần", html: false);
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser caller, TimeProvider clock)
        : IRequestHandler<Command, GetEmailTemplate.Result>
    {
        public async Task<GetEmailTemplate.Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var subject = request.Subject.Trim();
            var template = await db.EmailTemplates.SingleOrDefaultAsync(t => t.Key == request.Key, cancellationToken);
            if (template is null)
                db.EmailTemplates.Add(template = new EmailTemplate(request.Key, subject, request.HtmlBody, request.TextBody, caller.UserName, clock.GetUtcNow()));
            else
                template.Change(subject, request.HtmlBody, request.TextBody, caller.UserName, clock.GetUtcNow());
            return GetEmailTemplate.Result.Of(template);
        }
    }
}
