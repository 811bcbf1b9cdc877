using FluentValidation;
using MediatR;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Nominations;

public static class UploadAttachment
{
    /// <summary>One file for a dossier; <c>Content</c> is read once, while the request is open.</summary>
    public sealed record Command(int Id, string? Kind, string FileName, [property: System.Text.Json.Serialization.JsonIgnore] Stream Content)
        : ICommand<Result>, IAudited
    {
        public string? AuditId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed record Result(int Id, string FileName, long Size, AttachmentKind Kind, string ContentType);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Kind).Must(k => string.IsNullOrWhiteSpace(k) || TryKind(k, out _))
                .WithMessage(c => $"Loại tài liệu '{c.Kind}' không hợp lệ. Dùng một trong: " +
                    string.Join(", ", Enum.GetNames<AttachmentKind>().Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName)) + ".");
    }

    internal sealed class Handler(AwardsDbContext db, Access access, AttachmentStore store, Compensations compensations, CurrentUser user, TimeProvider clock)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var nomination = await access.OwnNominationAsync(request.Id, cancellationToken);
            if (nomination.IsClosed) throw new DomainException("Hồ sơ đã kết thúc, không thể đính kèm thêm tệp.", "status");
            TryKind(request.Kind, out var kind);

            var stored = await store.SaveAsync(request.FileName, request.Content, cancellationToken);
            compensations.OnRollback(() => store.Delete(stored.Key));
            var attachment = new Attachment(kind, stored.FileName, stored.ContentType, stored.Size, stored.Sha256, stored.Key,
                user.UserName, clock.GetUtcNow());
            nomination.Attach(attachment);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(attachment.Id, attachment.FileName, attachment.Size, attachment.Kind, attachment.ContentType);
        }
    }

    private static bool TryKind(string? value, out AttachmentKind kind)
    {
        kind = AttachmentKind.Other;
        return string.IsNullOrWhiteSpace(value) || (Enum.TryParse(value.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind));
    }
}
