using FluentValidation;
using MediatR;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Nominations;

public static class UploadAttachment
{
    /// <summary>
    /// One file for a dossier; <c>Content</c> is read once, while the request is open. <c>Part</c> is the code of the
    /// required part it fulfils (with <c>NomineeId</c> for a per-nominee part); without it the file is another document.
    /// </summary>
    public sealed record Command(int Id, string? Kind, string FileName, [property: System.Text.Json.Serialization.JsonIgnore] Stream Content,
        string? Part = null, int? NomineeId = null)
        : ICommand<Result>, IAudited
    {
        public string? AuditId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed record Result(int Id, string FileName, long Size, AttachmentKind Kind, string ContentType, string? PartCode, int? NomineeId);

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
            if (nomination.IsClosed) throw new DomainException(Nomination.ClosedToAttachments, "status");
            TryKind(request.Kind, out var kind);
            var (part, nominee) = await PartAsync(nomination, request, cancellationToken);

            var stored = await store.SaveAsync(request.FileName, request.Content, cancellationToken);
            compensations.OnRollback(() => store.Delete(stored.Key));
            var attachment = new Attachment(kind, stored.FileName, stored.ContentType, stored.Size, stored.Sha256, stored.Key,
                user.UserName, clock.GetUtcNow());
            if (part is not null) attachment.Fulfil(part, nominee);
            nomination.Attach(attachment);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(attachment.Id, attachment.FileName, attachment.Size, attachment.Kind, attachment.ContentType,
                attachment.PartCode, attachment.NomineeId);
        }

        /// <summary>The required part named (of the dossier's procedure) and, for a per-nominee part, whose file it is.</summary>
        private async Task<(RequiredPart? Part, Nominee? Nominee)> PartAsync(Nomination nomination, Command request, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(request.Part))
                return request.NomineeId is null ? (null, null)
                    : throw new DomainException("Hãy chọn thành phần hồ sơ mà tệp này đáp ứng (trường 'part').", "part");
            var parts = (await DossierParts.OfAsync(db, nomination.AwardTypeId, ct))
                .Where(p => p.Procedure == nomination.Procedure && p.IsRequired).ToList();
            var code = request.Part.Trim();
            var part = parts.Find(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase))
                ?? throw new DomainException($"{ProcedureNames.Of(nomination.Procedure)} của hồ sơ này không có thành phần '{code}'. " +
                    (parts.Count == 0 ? "Hồ sơ không yêu cầu thành phần nào; hãy đính kèm như tài liệu khác." : $"Các thành phần: {string.Join("; ", parts.Select(p => $"{p.Code} ({p.Name})"))}."),
                    "part");
            var nominee = request.NomineeId is int nomineeId
                ? nomination.Nominees.FirstOrDefault(n => n.Id == nomineeId)
                    ?? throw new DomainException($"Không có tập thể, cá nhân số {nomineeId} trong hồ sơ này.", "nomineeId")
                : null;
            return (part, nominee);
        }
    }

    private static bool TryKind(string? value, out AttachmentKind kind)
    {
        kind = AttachmentKind.Other;
        return string.IsNullOrWhiteSpace(value) || (Enum.TryParse(value.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind));
    }
}
