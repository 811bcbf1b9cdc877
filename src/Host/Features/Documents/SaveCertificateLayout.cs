using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Documents;

/// <summary>Saves one award type's certificate form (paper, words, where each line sits); its certificates printed afterwards use it.</summary>
public static class SaveCertificateLayout
{
    public sealed record Command(int AwardTypeId, CertificateLayout? Layout) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => AwardTypeId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static readonly (string Key, string Label)[] Fields =
    [
        (nameof(CertificateLayout.Issuer), "Tên cơ quan"), (nameof(CertificateLayout.Decider), "Người tặng"),
        (nameof(CertificateLayout.Title), "Tiêu đề"), (nameof(CertificateLayout.Name), "Họ tên / tên tập thể"),
        (nameof(CertificateLayout.Workplace), "Chức vụ, đơn vị"), (nameof(CertificateLayout.Achievement), "Dòng thành tích"),
        (nameof(CertificateLayout.Decision), "Số, ngày quyết định"), (nameof(CertificateLayout.PlaceDate), "Địa danh, ngày tháng"),
        (nameof(CertificateLayout.Signature), "Chức danh người ký"), (nameof(CertificateLayout.Signer), "Họ tên người ký"),
    ];

    public static CertificateField FieldOf(CertificateLayout layout, string key) => key switch
    {
        nameof(CertificateLayout.Issuer) => layout.Issuer,
        nameof(CertificateLayout.Decider) => layout.Decider,
        nameof(CertificateLayout.Title) => layout.Title,
        nameof(CertificateLayout.Name) => layout.Name,
        nameof(CertificateLayout.Workplace) => layout.Workplace,
        nameof(CertificateLayout.Achievement) => layout.Achievement,
        nameof(CertificateLayout.Decision) => layout.Decision,
        nameof(CertificateLayout.PlaceDate) => layout.PlaceDate,
        nameof(CertificateLayout.Signature) => layout.Signature,
        nameof(CertificateLayout.Signer) => layout.Signer,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };

    public const int MaxTextLength = 300;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Layout).NotNull().WithMessage($"Hãy gửi khổ giấy, lời văn và vị trí của cả {Fields.Length} dòng chữ.");
            When(c => c.Layout is not null, () =>
            {
                RuleFor(c => c.Layout!.Paper).IsInEnum().WithMessage("Khổ giấy là A4 ngang (landscape) hoặc A4 dọc (portrait).")
                    .OverridePropertyName("Layout.Paper");
                RuleFor(c => c.Layout!.TitleText).NotEmpty().WithMessage("Hãy ghi tiêu đề (dòng có sẵn trên phôi thì đánh dấu \"Có sẵn trên phôi\").")
                    .MaximumLength(MaxTextLength).WithMessage($"Tiêu đề dài quá {MaxTextLength} ký tự.").OverridePropertyName("Layout.TitleText");
                RuleFor(c => c.Layout!.AchievementText).NotEmpty().WithMessage("Hãy ghi lời dòng thành tích.")
                    .MaximumLength(MaxTextLength).WithMessage($"Dòng thành tích dài quá {MaxTextLength} ký tự.").OverridePropertyName("Layout.AchievementText");
                foreach (var (key, label) in Fields)
                {
                    RuleFor(c => FieldOf(c.Layout!, key)).NotNull().WithMessage($"{label}: thiếu vị trí.").OverridePropertyName($"Layout.{key}");
                    When(c => FieldOf(c.Layout!, key) is not null, () => FieldRules(key, label));
                }
            });
        }

        private void FieldRules(string key, string label)
        {
            static double W(Command c) => c.Layout!.PageSize.Width;
            static double H(Command c) => c.Layout!.PageSize.Height;
            var p = $"Layout.{key}.";
            RuleFor(c => FieldOf(c.Layout!, key).X).Must((c, x) => x >= 0 && x <= W(c))
                .WithMessage(c => $"{label}: X từ 0 đến {W(c)} mm.").OverridePropertyName(p + "X");
            RuleFor(c => FieldOf(c.Layout!, key).Y).Must((c, y) => y >= 0 && y <= H(c) - 5)
                .WithMessage(c => $"{label}: Y từ 0 đến {H(c) - 5} mm.").OverridePropertyName(p + "Y");
            RuleFor(c => FieldOf(c.Layout!, key).Width).Must((c, width) => width >= 10 && width <= W(c))
                .WithMessage(c => $"{label}: chiều rộng từ 10 đến {W(c)} mm.").OverridePropertyName(p + "Width");
            RuleFor(c => FieldOf(c.Layout!, key).Width).Must((c, width) => FieldOf(c.Layout!, key).X + width <= W(c))
                .WithMessage(c => $"{label}: X + rộng = {FieldOf(c.Layout!, key).X + FieldOf(c.Layout!, key).Width:0.#} mm, vượt mép phải của phôi ({W(c)} mm).")
                .OverridePropertyName(p + "Width")
                .When(c => FieldOf(c.Layout!, key) is { X: >= 0 } f && f.X <= W(c) && f.Width >= 10 && f.Width <= W(c));
            RuleFor(c => FieldOf(c.Layout!, key).FontSize).InclusiveBetween(6, 48).WithMessage($"{label}: cỡ chữ từ 6 đến 48 pt.")
                .OverridePropertyName(p + "FontSize");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var setting = await GetCertificateLayout.SettingToChangeAsync(db, request.AwardTypeId, cancellationToken);
            setting.Save(request.Layout!, user.UserName, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
