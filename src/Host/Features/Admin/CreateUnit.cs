using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Admin;

public static class CreateUnit
{
    public sealed record Command(string? Code, string? Name, string? Level, int? ParentId, DateOnly? EffectiveFrom) : ICommand<Result>;

    public sealed record Result(int Id, string Path) : IAudited
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AwardsDbContext db)
        {
            // Stop at the first failure: the look-up below reads the code, which may be missing.
            RuleFor(c => c.Code).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Hãy nhập mã đơn vị.")
                .MaximumLength(64).WithMessage("Mã đơn vị dài tối đa 64 ký tự.")
                .Matches("^[A-Za-z0-9._-]+$").WithMessage("Mã đơn vị chỉ gồm chữ cái không dấu, chữ số và các dấu - _ . (ví dụ TH-DONGTIEN).")
                .MustAsync(async (code, ct) =>
                {
                    var normalized = code!.Trim().ToUpperInvariant();
                    return !await db.Units.AnyAsync(u => u.Code == normalized, ct);
                })
                .WithMessage(c => $"Đã có đơn vị mã {c.Code?.Trim().ToUpperInvariant()}.");
            RuleFor(c => c.Name).NotEmpty().WithMessage("Hãy nhập tên đơn vị.").AtMost(TextLimits.Line, "Tên đơn vị");
            RuleFor(c => c.Level).Must(l => l is not null && UnitLevels.Names.ContainsKey(l)).WithMessage("Hãy chọn cấp của đơn vị.");
            RuleFor(c => c.ParentId).MustAsync((id, ct) => id is null ? Task.FromResult(true) : db.Units.AnyAsync(u => u.Id == id, ct))
                .WithMessage("Không tìm thấy đơn vị cấp trên.");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var from = request.EffectiveFrom ?? VietnamTime.Today(clock);
            var parent = request.ParentId is int parentId ? await db.Units.SingleAsync(u => u.Id == parentId, cancellationToken) : null;
            if (parent is not null && !parent.IsActiveOn(from))
                throw new DomainException($"Đơn vị cấp trên {parent.Name} không còn hiệu lực vào ngày {VietnamTime.Date(from)}.", "parentId");
            var unit = new Domain.Unit(request.Code!.Trim().ToUpperInvariant(), request.Name!.Trim(), request.Level!, parent, from);
            db.Units.Add(unit);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(unit.Id, unit.Path);
        }
    }
}
