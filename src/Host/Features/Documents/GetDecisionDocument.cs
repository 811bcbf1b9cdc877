using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Decisions;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Documents;

public enum DocumentFormat
{
    Docx,
    Pdf,
}

/// <summary>A decision as a Word or PDF file; visible to whoever may see the decision (<see cref="GetDecision"/>).</summary>
public static class GetDecisionDocument
{
    public sealed record Query(int Id, DocumentFormat Format) : IRequest<FileResult>;

    public sealed record FileResult(byte[] Content, string ContentType, string FileName);

    internal sealed class Handler(IMediator mediator, DecisionDocumentBuilder builder, PdfPrinter printer) : IRequestHandler<Query, FileResult>
    {
        public async Task<FileResult> Handle(Query request, CancellationToken cancellationToken)
        {
            var document = await builder.BuildAsync(await mediator.Send(new GetDecision.Query(request.Id), cancellationToken), cancellationToken);
            var name = $"quyet-dinh-{document.Number.Replace('/', '-').Replace("Đ", "D", StringComparison.Ordinal)}";
            return request.Format == DocumentFormat.Docx
                ? new FileResult(DecisionDocx.Build(document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{name}.docx")
                : new FileResult(await printer.PrintAsync(DecisionHtml.Build(document), cancellationToken), "application/pdf", $"{name}.pdf");
        }
    }
}

/// <summary>Words a visible decision for its documents: issuer and place from the nominating unit's province.</summary>
public sealed class DecisionDocumentBuilder(AwardsDbContext db, IOptions<DocumentOptions> options)
{
    public async Task<DecisionDocument> BuildAsync(GetDecision.Detail detail, CancellationToken ct)
    {
        var nomination = await db.Nominations.AsNoTracking().Where(n => n.Id == detail.NominationId)
            .Select(n => new { n.SubmissionNumber, n.SubmissionDate, UnitName = n.Unit!.Name, UnitPath = n.Unit.Path })
            .SingleAsync(ct);
        var province = await ProvinceNameAsync(db, nomination.UnitPath, ct) ?? nomination.UnitName;
        var (parentIssuer, issuer) = Issuer(detail.Decider, province);
        var deciderFull = WithProvince(detail.Decider, province);
        var collectives = detail.Awardees.Where(a => a.Kind == NomineeKind.Collective).Select(Line).ToList();
        var individuals = detail.Awardees.Where(a => a.Kind == NomineeKind.Individual).Select(Line).ToList();
        var proposal = nomination.SubmissionNumber is { Length: > 0 } number
            ? $"Xét đề nghị của {nomination.UnitName} tại Tờ trình số {number}{(nomination.SubmissionDate is { } date ? " " + VietnameseWording.DateWords(date) : "")} và của Hội đồng Thi đua - Khen thưởng,"
            : $"Xét đề nghị của {nomination.UnitName} và của Hội đồng Thi đua - Khen thưởng,";
        var bases = (options.Value.LegalBases.Count > 0 ? options.Value.LegalBases : [.. DocumentOptions.DefaultLegalBases]).Append(proposal).ToList();
        return new DecisionDocument(
            parentIssuer, issuer, detail.Number, province, detail.IssuedOn, detail.AwardType,
            VietnameseWording.Caps(deciderFull), SignerTitle(detail.Decider), deciderFull, bases,
            $"Tặng {detail.AwardType} cho {VietnameseWording.Awardees(collectives.Count, individuals.Count)} (có danh sách kèm theo) "
                + "đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc.",
            "Quyết định này có hiệu lực kể từ ngày ký.",
            $"Thủ trưởng các cơ quan, đơn vị có liên quan, {nomination.UnitName} và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
            ["- Như Điều 3;", "- Lưu: VT, PV05."],
            detail.Revoked
                ? $"QUYẾT ĐỊNH ĐÃ BỊ THU HỒI{(detail.RevokedAt is { } at ? " NGÀY " + Workflow.VietnamTime.Date(at) : "")}{(detail.RevocationReason is { } reason ? ": " + reason : "")}"
                : null,
            collectives, individuals);
    }

    /// <summary>"Thanh Hóa": the name of the province above (or at) the unit, without "Tỉnh"/"Thành phố".</summary>
    public static async Task<string?> ProvinceNameAsync(AwardsDbContext db, string unitPath, CancellationToken ct)
    {
        var codes = unitPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var name = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code) && u.Level == "province").Select(u => u.Name).FirstOrDefaultAsync(ct);
        if (name is null) return null;
        foreach (var prefix in new[] { "Tỉnh ", "Thành phố " })
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return name[prefix.Length..];
        return name;
    }

    private static DocumentAwardee Line(GetDecision.Awardee a) =>
        new(a.Name, a.DateOfBirth?.Year.ToString(CultureInfo.InvariantCulture), a.Position, a.Workplace);

    /// <summary>"Giám đốc Công an tỉnh" → "Giám đốc Công an tỉnh Thanh Hóa".</summary>
    private static string WithProvince(string decider, string province) =>
        decider.TrimEnd().EndsWith(" tỉnh", StringComparison.OrdinalIgnoreCase) ? $"{decider.TrimEnd()} {province}" : decider;

    private static (string Parent, string Issuer) Issuer(string decider, string province)
    {
        var caps = VietnameseWording.Caps(province);
        if (decider.Contains("Ủy ban nhân dân", StringComparison.OrdinalIgnoreCase) || decider.Contains("UBND", StringComparison.Ordinal))
            return ("", $"ỦY BAN NHÂN DÂN TỈNH {caps}");
        if (decider.Contains("Bộ Công an", StringComparison.OrdinalIgnoreCase)) return ("", "BỘ CÔNG AN");
        if (decider.Contains("Công an tỉnh", StringComparison.OrdinalIgnoreCase)) return ("BỘ CÔNG AN", $"CÔNG AN TỈNH {caps}");
        return ("", VietnameseWording.Caps(WithProvince(decider, province)));
    }

    /// <summary>The signer's title above the signature: "GIÁM ĐỐC", "CHỦ TỊCH", "BỘ TRƯỞNG".</summary>
    private static string SignerTitle(string decider)
    {
        foreach (var title in new[] { "Giám đốc", "Chủ tịch", "Bộ trưởng", "Thủ trưởng" })
            if (decider.StartsWith(title, StringComparison.OrdinalIgnoreCase)) return VietnameseWording.Caps(title);
        return VietnameseWording.Caps(decider);
    }
}
