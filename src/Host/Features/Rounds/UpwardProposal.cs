using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Rounds;

/// <summary>
/// The province's proposal of a round to the level that decides, the rule written once: a round has one when its decider
/// is above the provincial police (the chairman for the Bằng khen, the minister for the medal); the province police of
/// the office proposes; it lists the nominees kept in the round's consolidated decisions (so a nominee left out or
/// postponed is not proposed); an award whose dossier parts ask for the danh sách trích ngang gets one too.
/// </summary>
internal static class UpwardProposal
{
    /// <summary>The ministry receives a province's proposals through its emulation department (Cục V05).</summary>
    private const string MinistryChannel = "qua Cục V05";

    public sealed record Plan(Round Round, Unit Office, Issuer Proposer, Issuer Addressee, IReadOnlyList<Decision> Decisions,
        IReadOnlySet<int> BriefListAwardTypes)
    {
        public string AddresseeLine => AddresseeOf(Addressee);

        public IReadOnlyList<Decision> BriefListDecisions => [.. Decisions.Where(d => BriefListAwardTypes.Contains(d.AwardTypeId))];
    }

    /// <summary>"Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa", or "Bộ trưởng Bộ Công an (qua Cục V05)": the "Kính gửi" line.</summary>
    private static string AddresseeOf(Issuer decider) =>
        decider.Kind == IssuerKinds.Ministry ? $"{decider.DeciderFull} ({MinistryChannel})" : decider.DeciderFull;

    /// <summary>Why a round never has an upward proposal, or null when it has one.</summary>
    public static string? NoProposal(Round round)
    {
        var issuer = round.Issuer ?? throw new InvalidOperationException("Issuer not loaded.");
        return issuer.Kind == IssuerKinds.ProvincePolice
            ? $"Đợt '{round.Name}' do {issuer.DeciderFull} quyết định khen thưởng: không có tờ trình đề nghị lên cấp trên. " +
              "Tờ trình chỉ lập cho Bằng khen của Chủ tịch UBND tỉnh và Kỷ niệm chương của Bộ trưởng Bộ Công an."
            : null;
    }

    /// <summary>The director (or a deputy) signs the province's tờ trình of a round decided by a higher issuer.</summary>
    public static bool SignsProposalOf(Access access, Round round) => access.HasRole(Roles.Director) && NoProposal(round) is null;

    /// <summary>Why the office cannot print the proposal yet (nothing consolidated), or null when it can.</summary>
    public static string? NotYet(Round round, int consolidated) =>
        consolidated == 0
            ? $"Đợt '{round.Name}' chưa có dự thảo quyết định: tờ trình đề nghị lập từ danh sách đã tổng hợp, hãy tổng hợp trước."
            : null;

    /// <summary>The round (visible to the caller as on the round page), its proposer and addressee, and its consolidated decisions.</summary>
    public static async Task<Plan> LoadAsync(AwardsDbContext db, Access access, int roundId, CancellationToken ct)
    {
        var office = await RoundAccess.OfficeOfAsync(db, access, ct);
        var round = await RoundAccess.VisibleRounds(db, office).AsNoTracking().Include(r => r.Issuer).Include(r => r.AwardTypes)
            .SingleOrDefaultAsync(r => r.Id == roundId, ct)
            ?? throw RoundAccess.NotFound(roundId);
        // The round's own office and deciders see it as on its page; the director also signs the tờ trình of a round
        // decided higher up. Anyone else is told nothing of the round, not even that it has no proposal.
        if (!await RoundAccess.OfficeRounds(db, access, office).AnyAsync(r => r.Id == roundId, ct) && !SignsProposalOf(access, round))
            throw RoundAccess.NotFound(roundId);
        if (NoProposal(round) is { } none) throw new NotApplicableException(none);
        var proposer = await ProposerOf(db, office).AsNoTracking().FirstOrDefaultAsync(ct)
            ?? throw new NotApplicableException(NoProposer(office));
        var decisions = await Consolidated(db, round.Id, office.Id).AsNoTracking().Include(d => d.AwardType).Include(d => d.Awardees)
            .OrderBy(d => d.Id).AsSplitQuery().ToListAsync(ct);
        if (NotYet(round, decisions.Count) is { } notYet) throw new NotApplicableException(notYet);
        return new Plan(round, office, proposer, round.Issuer!, decisions, await BriefListAwardTypesAsync(db, round, ct));
    }

    /// <summary>What the round page shows of the proposal: null for a round without one.</summary>
    public static async Task<GetRound.ProposalInfo?> SummaryAsync(AwardsDbContext db, Round round, Unit office, CancellationToken ct)
    {
        if (NoProposal(round) is not null) return null;
        var proposer = await ProposerOf(db, office).AsNoTracking().FirstOrDefaultAsync(ct);
        var notYet = proposer is null ? NoProposer(office) : NotYet(round, await Consolidated(db, round.Id, office.Id).CountAsync(ct));
        return new GetRound.ProposalInfo(AddresseeOf(round.Issuer!), proposer?.DeciderName, proposer?.DeputyNames ?? [],
            (await BriefListAwardTypesAsync(db, round, ct)).Count > 0, notYet);
    }

    /// <summary>The province police issuer of the office: who proposes.</summary>
    private static IQueryable<Issuer> ProposerOf(AwardsDbContext db, Unit office) =>
        db.Issuers.Where(i => i.Kind == IssuerKinds.ProvincePolice && i.UnitId == office.Id).OrderBy(i => i.Id);

    private static string NoProposer(Unit office) =>
        $"Tờ trình đề nghị do Công an tỉnh lập cho tập thể, cá nhân của tỉnh; {office.Name} không có cơ quan ban hành Công an tỉnh " +
        "(quản trị viên khai báo tại trang Cơ quan ban hành).";

    /// <summary>The round's decisions the office consolidated, drafts and signed ones, not revoked.</summary>
    public static IQueryable<Decision> Consolidated(AwardsDbContext db, int roundId, int officeUnitId) =>
        db.Decisions.Where(d => d.RoundId == roundId && d.OfficeUnitId == officeUnitId && d.RevokedAt == null);

    /// <summary>The round's awards whose dossiers (standard procedure) must hold a danh sách trích ngang: the upper level asks for one too.</summary>
    public static async Task<IReadOnlySet<int>> BriefListAwardTypesAsync(AwardsDbContext db, Round round, CancellationToken ct)
    {
        var ids = round.AwardTypes.Select(a => a.Id).ToList();
        return (await db.RequiredParts.AsNoTracking()
            .Where(p => ids.Contains(p.AwardTypeId) && p.Procedure == Procedure.Standard && p.RemovedAt == null
                && p.Code == Persistence.DefaultRequiredParts.BriefList)
            .Select(p => p.AwardTypeId).Distinct().ToListAsync(ct)).ToHashSet();
    }
}
