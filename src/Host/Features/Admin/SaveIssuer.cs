using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>Adds an issuer (no id) or changes what one prints: heading, place, signer, deputies, legal bases, recipients.</summary>
public static class SaveIssuer
{
    public sealed record Body(string? Code, string? Kind, int? UnitId, IssuerText? Text)
    {
        public Command For(int? id) => new(id, Code, Kind, UnitId, Text);
    }

    public sealed record Command(int? Id, string? Code, string? Kind, int? UnitId, IssuerText? Text) : ICommand<Result>;

    public sealed record Result(int Id) : IAudited
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Text).NotNull().WithMessage("Hãy nhập nội dung của cơ quan ban hành.");
            RuleFor(c => c.Code).NotEmpty().When(c => c.Id is null).WithMessage("Hãy nhập mã cơ quan ban hành (ví dụ CAT-TH).")
                .MaximumLength(32).WithMessage("Mã dài tối đa 32 ký tự.");
            RuleFor(c => c.Kind).Must(k => k is not null && IssuerKinds.Names.ContainsKey(k)).When(c => c.Id is null)
                .WithMessage($"Cấp ban hành là một trong: {string.Join(", ", IssuerKinds.Names.Values)}.");
            RuleFor(c => c.UnitId).NotNull().When(c => c.Id is null).WithMessage("Hãy chọn đơn vị (tỉnh, Bộ) mà cơ quan này ban hành quyết định.");
            RuleFor(c => c.Text!.Name).MaximumLength(256).When(c => c.Text is not null).WithMessage("Tên dài tối đa 256 ký tự.");
            When(c => c.Text is not null, () =>
            {
                RuleFor(c => c.Text!.ParentAuthority).AtMost(TextLimits.Line, "Cơ quan chủ quản");
                RuleFor(c => c.Text!.Place).AtMost(TextLimits.Line, "Địa danh");
                RuleFor(c => c.Text!.DecisionSymbol).AtMost(32, "Ký hiệu quyết định");
                RuleFor(c => c.Text!.DeciderTitle).AtMost(TextLimits.Line, "Chức danh người quyết định");
                RuleFor(c => c.Text!.DeciderName).AtMost(TextLimits.Line, "Họ tên người quyết định");
                RuleFor(c => c.Text!.DeputyTitle).AtMost(TextLimits.Line, "Chức danh cấp phó");
            });
            RuleFor(c => c.Text!.DecisionSymbol).Must(s => s is null || !s.Trim().Any(c => c == '/' || char.IsWhiteSpace(c)))
                .When(c => c.Text is not null).WithMessage("Ký hiệu quyết định không có dấu / và khoảng trắng (số quyết định sẽ là 05/QĐ-CAT).");
            RuleFor(c => c.Text!.SignerRole).Must(r => r is not null && Roles.Names.ContainsKey(r)).When(c => c.Text is not null)
                .WithMessage("Hãy chọn vai trò ký quyết định trong các vai trò có sẵn.");
            RuleFor(c => c.Text!.LegalBases).MaximumLength(4000).When(c => c.Text is not null).WithMessage("Các căn cứ dài tối đa 4.000 ký tự.");
            RuleFor(c => c.Text!.Recipients).MaximumLength(2000).When(c => c.Text is not null).WithMessage("Nơi nhận dài tối đa 2.000 ký tự.");
            RuleFor(c => c.Text!.Deputies).MaximumLength(2000).When(c => c.Text is not null).WithMessage("Danh sách cấp phó dài tối đa 2.000 ký tự.");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            Issuer issuer;
            if (request.Id is int id)
            {
                issuer = await db.Issuers.SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
                    ?? throw new NotFoundException($"Không có cơ quan ban hành số {id}.");
                issuer.Change(request.Text!);
            }
            else
            {
                var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == request.UnitId, cancellationToken)
                    ?? throw new DomainException($"Không có đơn vị số {request.UnitId}.", "unitId");
                if (await db.Issuers.AnyAsync(i => i.Code == request.Code!.Trim() || (i.Kind == request.Kind && i.UnitId == unit.Id), cancellationToken))
                    throw new ConflictException("Đã có cơ quan ban hành cùng mã, hoặc cùng cấp cho đơn vị này.");
                issuer = new Issuer(request.Code!, request.Kind!, unit, request.Text!);
                db.Issuers.Add(issuer);
            }
            await db.SaveChangesAsync(cancellationToken);
            return new Result(issuer.Id);
        }
    }
}
