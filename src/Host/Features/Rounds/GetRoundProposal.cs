using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Decisions;
using ToanDan.Awards.Host.Features.Documents;
using PaperFormat = ToanDan.Awards.Host.Features.Documents.DocumentFormat;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Features.Rounds;

/// <summary>Which paper of the province's proposal: the director's tờ trình with its lists, or the medal's danh sách trích ngang.</summary>
public enum ProposalPaper
{
    Submission,
    BriefList,
}

/// <summary>
/// The province's proposal of a Bằng khen or medal round to the chairman or the minister (<see cref="UpwardProposal"/>),
/// as Word or PDF, from the round's consolidated decisions: no retyping. Signed by the provincial police director, or a
/// listed deputy "KT.". Visible as the round page is: the round's office, the deciders' side, administrators.
/// </summary>
public static class GetRoundProposal
{
    public sealed record Query(int RoundId, ProposalPaper Paper, PaperFormat Format, string? Deputy = null) : IRequest<GetDecisionDocument.FileResult>;

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() =>
            RuleFor(q => q.Deputy).MaximumLength(200).WithMessage("Tên cấp phó ký thay dài tối đa 200 ký tự.");
    }

    internal sealed class Handler(AwardsDbContext db, Access access, IOptions<DocumentOptions> options, PdfPrinter printer)
        : IRequestHandler<Query, GetDecisionDocument.FileResult>
    {
        public async Task<GetDecisionDocument.FileResult> Handle(Query request, CancellationToken cancellationToken)
        {
            var plan = await UpwardProposal.LoadAsync(db, access, request.RoundId, cancellationToken);
            var signer = plan.Proposer.Signatory(request.Deputy);
            var nominationIds = plan.Decisions.SelectMany(d => d.Awardees).Select(a => a.NominationId).Distinct().ToList();
            var submissions = await db.Nominations.AsNoTracking().Where(n => nominationIds.Contains(n.Id)).OrderBy(n => n.Id)
                .Select(n => new Submission(n.Id, n.SubmissionNumber, n.SubmissionDate)).ToListAsync(cancellationToken);
            var proposal = Proposal(plan, signer, submissions);
            var round = request.RoundId.ToString(CultureInfo.InvariantCulture);
            if (request.Paper == ProposalPaper.Submission)
                return await FileAsync(request.Format, $"to-trinh-de-nghi-dot-{round}",
                    () => ProposalDocx.Build(proposal), () => ProposalHtml.Build(proposal), cancellationToken);

            var decisions = plan.BriefListDecisions;
            if (decisions.Count == 0)
                throw new NotApplicableException($"{string.Join(", ", plan.Decisions.Select(d => d.AwardType!.Name).Distinct())} không cần danh sách trích ngang: " +
                    "danh sách này chỉ lập cho hình thức khen thưởng có thành phần hồ sơ “Danh sách trích ngang” (Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”).");
            var nomineeIds = decisions.SelectMany(d => d.Awardees).Select(a => a.NomineeId).ToList();
            var achievements = await db.Nominees.AsNoTracking().Where(n => nomineeIds.Contains(n.Id))
                .ToDictionaryAsync(n => n.Id, n => n.Achievements, cancellationToken);
            var brief = BriefList(plan, proposal, decisions, achievements);
            return await FileAsync(request.Format, $"danh-sach-trich-ngang-dot-{round}",
                () => ProposalDocx.BuildBriefList(brief), () => ProposalHtml.BuildBriefList(brief), cancellationToken);
        }

        private async Task<GetDecisionDocument.FileResult> FileAsync(PaperFormat format, string name, Func<byte[]> docx, Func<string> html,
            CancellationToken ct) =>
            format == PaperFormat.Docx
                ? new GetDecisionDocument.FileResult(docx(), GetDecisionDocument.DocxType, $"{name}.docx")
                : new GetDecisionDocument.FileResult(await printer.PrintAsync(html(), ct), "application/pdf", $"{name}.pdf");

        private ProposalDocument Proposal(UpwardProposal.Plan plan, Signatory signer, IReadOnlyList<Submission> submissions)
        {
            var (proposer, addressee) = (plan.Proposer, plan.Addressee);
            var awards = plan.Decisions.GroupBy(d => d.AwardTypeId).Select(g => new
            {
                Name = g.First().AwardType!.Name,
                BriefList = plan.BriefListAwardTypes.Contains(g.Key),
                Awardees = GetDecision.Handler.Ordered(g.SelectMany(d => d.Awardees)).ToList(),
            }).ToList();
            var ordered = awards.SelectMany(a => a.Awardees).ToList();
            var asked = awards.Select(a =>
            {
                var (collectives, individuals) = (a.Awardees.Count(x => x.Kind == NomineeKind.Collective), a.Awardees.Count(x => x.Kind == NomineeKind.Individual));
                return $"{proposer.Name} kính đề nghị {addressee.DeciderFull} xem xét, tặng {a.Name} cho {VietnameseWording.Awardees(collectives, individuals)} " +
                    $"(có danh sách{(a.BriefList ? " và danh sách trích ngang" : "")} kèm theo) {VietnameseWording.Merit}.";
            });
            var recipients = new List<string> { "- Như trên;" };
            if (signer.OnBehalf) recipients.Add($"- Đồng chí {proposer.DeciderTitle} (để báo cáo);");
            recipients.Add(proposer.RecipientLines.LastOrDefault(l => l.StartsWith("- Lưu", StringComparison.Ordinal)) ?? "- Lưu: VT, PV05.");
            return new ProposalDocument(
                VietnameseWording.Caps(proposer.ParentAuthority), VietnameseWording.Caps(proposer.Name), SymbolOf(proposer), proposer.Place, proposer.Name,
                plan.AddresseeLine, [.. awards.Select(a => a.Name)],
                [.. options.Value.BasesOr(addressee.LegalBasisLines), ProposedBy(plan, ordered, submissions)],
                [.. asked, $"{proposer.Name} kính trình {addressee.DeciderFull} xem xét, quyết định./."],
                recipients, VietnameseWording.SignatureLines(proposer.DeciderTitle, signer.OnBehalf ? signer.Title : null), signer.Name,
                [.. awards.Select(a => new ProposalList(a.Name,
                    [.. a.Awardees.Where(x => x.Kind == NomineeKind.Collective).Select(Line)],
                    [.. a.Awardees.Where(x => x.Kind == NomineeKind.Individual).Select(Line)]))]);
        }

        /// <summary>"Xét đề nghị của các đơn vị: Xã Đông Tiến (Tờ trình số 15/TTr-CAX ngày …), … trong đợt … và kết quả xét duyệt của Hội đồng …,"</summary>
        private static string ProposedBy(UpwardProposal.Plan plan, IReadOnlyList<DecisionAwardee> ordered, IReadOnlyList<Submission> submissions)
        {
            var byId = submissions.ToDictionary(s => s.NominationId);
            var units = ordered.GroupBy(a => a.UnitName).Select(unit =>
            {
                var papers = unit.Select(a => a.NominationId).Distinct().Select(id => byId[id])
                    .Where(s => !string.IsNullOrWhiteSpace(s.Number)).Select(s => VietnameseWording.Submission(s.Number!, s.Date)).ToList();
                return papers.Count == 0 ? unit.Key : $"{unit.Key} ({string.Join("; ", papers)})";
            }).ToList();
            return $"Xét đề nghị của {(units.Count == 1 ? "" : "các đơn vị: ")}{string.Join(", ", units)} trong đợt {plan.Round.Name} " +
                $"và kết quả xét duyệt của Hội đồng Thi đua - Khen thưởng {plan.Proposer.Name},";
        }

        private static BriefListDocument BriefList(UpwardProposal.Plan plan, ProposalDocument proposal, IReadOnlyList<Decision> decisions,
            IReadOnlyDictionary<int, string> achievements)
        {
            var lines = GetDecision.Handler.Ordered(decisions.SelectMany(d => d.Awardees)).Where(a => a.Kind == NomineeKind.Individual)
                .Select(a => new BriefListLine(a.UnitName, a.Name, a.DateOfBirth?.Year.ToString(CultureInfo.InvariantCulture), Words.Sex(a.Sex),
                    string.Join(", ", new[] { a.Position, a.Workplace ?? a.UnitName }.Where(p => !string.IsNullOrWhiteSpace(p))),
                    achievements.GetValueOrDefault(a.NomineeId, "")))
                .ToList();
            return new BriefListDocument(proposal.ParentIssuer, proposal.Issuer, proposal.Place,
                string.Join(" và ", decisions.Select(d => d.AwardType!.Name).Distinct()), proposal.AttachedTo, lines, proposal.SignatureLines,
                proposal.SignerName);
        }

        /// <summary>The proposer's tờ trình symbol from its decision symbol: <c>QĐ-CAT</c> → <c>TTr-CAT</c>.</summary>
        private static string SymbolOf(Issuer proposer) =>
            "TTr-" + (proposer.DecisionSymbol.StartsWith("QĐ-", StringComparison.Ordinal) ? proposer.DecisionSymbol[3..] : proposer.DecisionSymbol);

        private static DocumentAwardee Line(DecisionAwardee a) =>
            new(a.Name, a.DateOfBirth?.Year.ToString(CultureInfo.InvariantCulture), a.Position, a.Workplace ?? a.UnitName, a.UnitName);
    }

    private sealed record Submission(int NominationId, string? Number, DateOnly? Date);
}
