using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Documents;

/// <summary>Saves where the certificate text sits on the pre-printed form; certificates printed afterwards use it.</summary>
public static class SaveCertificateLayout
{
    public sealed record Command(CertificateLayout? Layout) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => CertificateLayoutSetting.SingletonId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A4 landscape: 297 × 210 mm.</summary>
    public const double PageWidth = 297, PageHeight = 210;

    public static readonly (string Key, string Label)[] Fields =
    [
        (nameof(CertificateLayout.Name), "Họ tên / tên tập thể"), (nameof(CertificateLayout.Workplace), "Chức vụ, đơn vị"),
        (nameof(CertificateLayout.Achievement), "Dòng thành tích"), (nameof(CertificateLayout.Decision), "Số, ngày quyết định"),
        (nameof(CertificateLayout.PlaceDate), "Địa danh, ngày tháng"),
    ];

    public static CertificateField FieldOf(CertificateLayout layout, string key) => key switch
    {
        nameof(CertificateLayout.Name) => layout.Name,
        nameof(CertificateLayout.Workplace) => layout.Workplace,
        nameof(CertificateLayout.Achievement) => layout.Achievement,
        nameof(CertificateLayout.Decision) => layout.Decision,
        nameof(CertificateLayout.PlaceDate) => layout.PlaceDate,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Layout).NotNull().WithMessage("Hãy gửi vị trí của cả năm dòng chữ.");
            foreach (var (key, label) in Fields)
            {
                RuleFor(c => FieldOf(c.Layout!, key)).NotNull().WithMessage($"{label}: thiếu vị trí.")
                    .ChildRules(field => FieldRules(field, label)).OverridePropertyName($"Layout.{key}")
                    .When(c => c.Layout is not null);
            }
        }
    }

    private static void FieldRules(InlineValidator<CertificateField> field, string label)
    {
        field.RuleFor(f => f.X).InclusiveBetween(0, PageWidth).WithMessage($"{label}: X từ 0 đến {PageWidth} mm.");
        field.RuleFor(f => f.Y).InclusiveBetween(0, PageHeight - 5).WithMessage($"{label}: Y từ 0 đến {PageHeight - 5} mm.");
        field.RuleFor(f => f.Width).InclusiveBetween(10, PageWidth).WithMessage($"{label}: chiều rộng từ 10 đến {PageWidth} mm.");
        field.RuleFor(f => f.Width).Must((f, width) => f.X + width <= PageWidth)
            .WithMessage(f => $"{label}: X + rộng = {f.X + f.Width:0.#} mm, vượt mép phải của phôi ({PageWidth} mm).")
            .When(f => f.X is >= 0 and <= PageWidth && f.Width is >= 10 and <= PageWidth);
        field.RuleFor(f => f.FontSize).InclusiveBetween(6, 48).WithMessage($"{label}: cỡ chữ từ 6 đến 48 pt.");
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var setting = await db.CertificateLayoutSettings.SingleAsync(cancellationToken);
            setting.Save(request.Layout!, user.UserName, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
