using FluentValidation;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Nominations;

/// <summary>A nominee as the unit types it, shared by creating and editing a dossier.</summary>
public sealed record NomineeInput(
    string? Kind, string? Name, string? Achievements,
    string? ParentUnitName = null, int? MemberCount = null, decimal? WomenShare = null,
    DateOnly? DateOfBirth = null, string? Sex = null, string? Position = null, string? Workplace = null, string? CitizenId = null,
    string? FormerCitizenId = null,
    string? Group = null, IReadOnlyList<ServicePeriod>? ServicePeriods = null, IReadOnlyList<HeldHonour>? HonoursHeld = null,
    bool PendingDiscipline = false, bool PendingComplaint = false, bool PendingInspection = false,
    string? Target = null)
{
    public const string Individual = "individual";
    public const string Collective = "collective";

    public bool IsIndividual => string.Equals(Kind, Individual, StringComparison.OrdinalIgnoreCase);
    public bool IsCollective => string.Equals(Kind, Collective, StringComparison.OrdinalIgnoreCase);

    public Nominee ToNominee() => IsCollective
        ? Nominee.Collective(Name ?? "", ParentUnitName, MemberCount, WomenShare, Achievements ?? "")
            .AsTarget(ReportCategories.ParseTarget(Target, NomineeKind.Collective))
        : Nominee.Individual(Name ?? "", DateOfBirth, ParseSex(Sex), Position, Workplace, CitizenId, Achievements ?? "", FormerCitizenId)
            .WithEligibilityFacts(Group, ServicePeriods, HonoursHeld, PendingDiscipline, PendingComplaint, PendingInspection)
            .AsTarget(ReportCategories.ParseTarget(Target, NomineeKind.Individual));

    internal static Sex? ParseSex(string? sex) => sex?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "male" or "nam" => Domain.Sex.Male,
        "female" or "nu" or "nữ" => Domain.Sex.Female,
        _ => throw new DomainException($"Giới tính '{sex}' không hợp lệ.", "sex"),
    };

    internal sealed class Validator : AbstractValidator<NomineeInput>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(n => n.Kind).Must(k => k is not null && (string.Equals(k, Individual, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(k, Collective, StringComparison.OrdinalIgnoreCase)))
                .WithMessage("Loại đối tượng phải là 'individual' (cá nhân) hoặc 'collective' (tập thể).");
            RuleFor(n => n.Name).NotEmpty().WithMessage(n => n.IsCollective ? "Hãy nhập tên tập thể." : "Hãy nhập họ và tên.")
                .AtMost(TextLimits.Line, "Tên");
            RuleFor(n => n.Achievements).NotEmpty().WithMessage("Hãy nhập tóm tắt thành tích.")
                .AtMost(TextLimits.Report, "Tóm tắt thành tích");
            RuleFor(n => n.ParentUnitName).AtMost(TextLimits.Line, "Tên đơn vị chủ quản");
            RuleFor(n => n.Position).AtMost(TextLimits.Line, "Chức vụ");
            RuleFor(n => n.Workplace).AtMost(TextLimits.Line, "Nơi công tác");
            RuleFor(n => n.Target)
                .Must((n, target) => !(n.IsCollective || n.IsIndividual) || (ReportCategories.TryParse<AwardeeTarget>(target, out var t)
                    && (t is null || ReportCategories.KindOf(t.Value) == (n.IsCollective ? NomineeKind.Collective : NomineeKind.Individual))))
                .WithMessage(n => ReportCategories.UnknownTarget(n.Target, n.IsCollective ? NomineeKind.Collective : NomineeKind.Individual));

            When(n => n.IsCollective, () =>
            {
                RuleFor(n => n.MemberCount).GreaterThan(0).WithMessage(Nominee.MemberCountNeeded);
                RuleFor(n => n.WomenShare).InclusiveBetween(0m, 1m).WithMessage("Tỷ lệ nữ phải từ 0 đến 1 (0% đến 100%).");
            });
            When(n => n.IsIndividual, () =>
            {
                // A 9-digit number typed as the CCCD is the old CMND (PersonName.Numbers moves it).
                RuleFor(n => n.CitizenId)
                    .Must(id => string.IsNullOrWhiteSpace(id) || PersonName.IsCitizenId(id.Trim()) || PersonName.IsFormerCitizenId(id.Trim()))
                    .WithMessage(PersonName.CitizenIdRule);
                RuleFor(n => n.FormerCitizenId)
                    .Must(id => string.IsNullOrWhiteSpace(id) || PersonName.IsFormerCitizenId(id.Trim()))
                    .WithMessage(PersonName.FormerCitizenIdRule);
                RuleFor(n => n.FormerCitizenId)
                    .Must((n, former) => !PersonName.IsFormerCitizenId(n.CitizenId?.Trim()) || string.IsNullOrWhiteSpace(former) || former.Trim() == n.CitizenId!.Trim())
                    .WithMessage(PersonName.TwoFormerIds);
                RuleFor(n => n.Sex)
                    .Must(s => string.IsNullOrWhiteSpace(s) || s.Trim().ToLowerInvariant() is "male" or "female" or "nam" or "nu" or "nữ")
                    .WithMessage("Giới tính phải là 'male' (nam) hoặc 'female' (nữ).");
                RuleFor(n => n.Group).AtMost(NomineeGroup.MaxCodeLength, "Nhóm đối tượng");
                RuleFor(n => n.ServicePeriods).Must(p => p is null || p.Count <= 50).WithMessage("Quá trình công tác tối đa 50 giai đoạn.");
                RuleForEach(n => n.ServicePeriods).Must(p => p.Place is { Length: > 0 and <= TextLimits.Line })
                    .WithMessage("Hãy ghi nơi công tác của từng giai đoạn (tối đa 256 ký tự).")
                    .Must(p => p.To is null || p.To > p.From).WithMessage("Mỗi giai đoạn công tác phải kết thúc sau ngày bắt đầu.")
                    .Must(p => p.From <= VietnamTime.Today(clock)).WithMessage("Giai đoạn công tác không thể bắt đầu sau ngày hôm nay.");
                RuleFor(n => n.HonoursHeld).Must(h => h is null || h.Count <= 50).WithMessage("Tối đa 50 khen thưởng đã nhận.");
                RuleForEach(n => n.HonoursHeld).Must(h => h.Name is { Length: > 0 and <= TextLimits.Line })
                    .WithMessage("Hãy ghi tên hình thức khen thưởng đã nhận (tối đa 256 ký tự).");
                RuleFor(n => n.DateOfBirth)
                    .Must(d => d is null || d < VietnamTime.Today(clock))
                    .WithMessage("Ngày sinh phải trước ngày hôm nay.");
            });
        }
    }
}
