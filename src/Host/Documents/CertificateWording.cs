using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Documents;

/// <summary>Words a certificate as its award type's form and the decision's issuer write it.</summary>
public static class CertificateWording
{
    /// <summary>What every certificate of one decision shares: the issuer, the decision and who signed it.</summary>
    public sealed record Issue(string ParentAuthority, string IssuerName, string DeciderFull, string Number, DateOnly IssuedOn, string Place,
        IReadOnlyList<string> SignatureLines, string SignerName);

    /// <summary>One awardee: a collective by its name and the unit above it; a person as "Ông"/"Bà", with position and workplace.</summary>
    public sealed record Awardee(NomineeKind Kind, Sex? Sex, string Name, string? Position, string? Workplace);

    public static CertificateText For(CertificateLayout layout, Issue issue, Awardee awardee)
    {
        var year = issue.IssuedOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new CertificateText(
            string.Join('\n', new[] { issue.ParentAuthority, issue.IssuerName }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(VietnameseWording.Caps)),
            VietnameseWording.Caps(issue.DeciderFull),
            layout.TitleText.Replace("{năm}", year, StringComparison.Ordinal),
            awardee.Kind == NomineeKind.Individual ? Honorific(awardee.Sex) + awardee.Name : awardee.Name,
            awardee.Kind == NomineeKind.Individual
                ? string.Join(", ", new[] { awardee.Position, awardee.Workplace }.Where(s => !string.IsNullOrWhiteSpace(s)))
                : awardee.Workplace ?? "",
            layout.AchievementText.Replace("{năm}", year, StringComparison.Ordinal),
            $"Quyết định số {issue.Number} ngày {VietnamTime.Date(issue.IssuedOn)}",
            VietnameseWording.PlaceDate(issue.Place, issue.IssuedOn),
            string.Join('\n', issue.SignatureLines),
            issue.SignerName);
    }

    private static string Honorific(Sex? sex) => sex switch
    {
        Sex.Male => "Ông ",
        Sex.Female => "Bà ",
        _ => "",
    };

    /// <summary>Made-up awardees for the administrator's preview: a person, and a collective where the award allows them.</summary>
    public static IReadOnlyList<Awardee> Samples(bool allowsCollectives) => allowsCollectives
        ? [SampleIndividual, new(NomineeKind.Collective, null, "Tổ an ninh trật tự thôn 3", null, "Xã Đông Tiến, tỉnh Thanh Hóa")]
        : [SampleIndividual];

    private static readonly Awardee SampleIndividual =
        new(NomineeKind.Individual, Sex.Male, "Nguyễn Văn An", "Tổ trưởng Tổ an ninh trật tự thôn 3", "xã Đông Tiến");
}
