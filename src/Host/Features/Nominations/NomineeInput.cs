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
    string? FormerCitizenId = null)
{
    public const string Individual = "individual";
    public const string Collective = "collective";

    public bool IsIndividual => string.Equals(Kind, Individual, StringComparison.OrdinalIgnoreCase);
    public bool IsCollective => string.Equals(Kind, Collective, StringComparison.OrdinalIgnoreCase);

    public Nominee ToNominee() => IsCollective
        ? Nominee.Collective(Name ?? "", ParentUnitName, MemberCount, WomenShare, Achievements ?? "")
        : Nominee.Individual(Name ?? "", DateOfBirth, ParseSex(Sex), Position, Workplace, CitizenId, Achievements ?? "", FormerCitizenId);

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
                .MaximumLength(256).WithMessage("Tên dài quá 256 ký tự.");
            RuleFor(n => n.Achievements).NotEmpty().WithMessage("Hãy nhập tóm tắt thành tích.")
                .AtMost(TextLimits.Report, "Tóm tắt thành tích");
            RuleFor(n => n.ParentUnitName).AtMost(TextLimits.Line, "Tên đơn vị chủ quản");
            RuleFor(n => n.Position).AtMost(TextLimits.Line, "Chức vụ");
            RuleFor(n => n.Workplace).AtMost(TextLimits.Line, "Nơi công tác");

            When(n => n.IsCollective, () =>
            {
                RuleFor(n => n.MemberCount).GreaterThan(0).WithMessage("Số thành viên của tập thể phải lớn hơn 0.");
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
                RuleFor(n => n.DateOfBirth)
                    .Must(d => d is null || d < VietnamTime.Today(clock))
                    .WithMessage("Ngày sinh phải trước ngày hôm nay.");
            });
        }
    }
}
