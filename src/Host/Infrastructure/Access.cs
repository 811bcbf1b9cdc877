using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// Who may see and do what, by role and by place in the unit tree; the API and the pages both ask here.
/// Something a caller may not see is reported as not found, so its existence is not revealed.
/// </summary>
public sealed class Access(AwardsDbContext db, CurrentUser user, TimeProvider clock, AccountCache cache)
{
    public bool IsAdmin => user.IsInRole(Roles.Admin);

    /// <summary>
    /// The visibility rule, stated once; every read of a dossier, and of what hangs off it (files, history, diagram,
    /// decisions, documents, certificates, statistics, look-up, exports, tasks), starts here.
    /// <list type="bullet">
    /// <item>A unit clerk: their own unit's dossiers, and no other (not those of the organisations under the unit).</item>
    /// <item>A reviewer: the dossiers a step of their role was routed to, open or handled, in their unit or in a unit
    /// under it (what their role supervises in their subtree).</item>
    /// <item>An administrator: every dossier.</item>
    /// </list>
    /// Only reviewers' steps count: a returned dossier is a step of the unit-clerk role, routed to the nominating
    /// unit's clerks, and must not show it to the clerks of the units above.
    /// </summary>
    public IQueryable<Nomination> VisibleNominations()
    {
        if (IsAdmin) return db.Nominations;
        var reviewing = user.Roles.Where(Roles.Reviewers.Contains).ToList();
        var unitId = user.UnitId;
        var path = user.UnitPath;
        var isClerk = user.IsInRole(Roles.UnitClerk);
        var me = user.UserName;
        var named = $",{me},";
        var visible = db.Nominations.Where(n =>
            (isClerk && n.UnitId == unitId)
            || db.WorkItems.Any(w => w.NominationId == n.Id && (
                (reviewing.Contains(w.Role) && w.Unit!.Path.StartsWith(path))
                // Steps the diagram gives this person by name, and steps they handled (as someone's deputy too).
                || w.AssignedTo == me || (w.CandidateUsers != null && w.CandidateUsers.Contains(named)) || w.ClosedBy == me)));
        if (Standings.Count == 1) return visible;
        // A deputy also sees the dossiers whose steps are offered to them for the approvers they stand in for.
        var offered = OfferedToMe().Select(w => w.NominationId);
        var seen = visible.Select(n => n.Id);
        return db.Nominations.Where(n => seen.Contains(n.Id) || offered.Contains(n.Id));
    }

    public async Task<Nomination> VisibleNominationAsync(int id, CancellationToken ct, bool forUpdate = false)
    {
        // Whether the caller may see it is asked once, then the dossier and its parts are read by key: as one split query
        // behind the visibility rule, each of its statements repeated the rule's subquery.
        if (!IsAdmin && !await VisibleNominations().AnyAsync(n => n.Id == id, ct)) throw NominationNotFound(id);
        return await NominationAsync(id, ct, forUpdate);
    }

    private async Task<Nomination> NominationAsync(int id, CancellationToken ct, bool forUpdate) =>
        await (forUpdate ? DossierForUpdate : Dossier).For(db)(db, id, ct) ?? throw NominationNotFound(id);

    // A dossier with what its pages and steps read: its unit, award type, round (and the round's award types), nominees, files.
    private static readonly PerModel<Func<AwardsDbContext, int, CancellationToken, Task<Nomination?>>> DossierForUpdate = new(() =>
        EF.CompileAsyncQuery((AwardsDbContext db, int id, CancellationToken ct) => db.Nominations
            .Include(n => n.Unit).Include(n => n.AwardType).Include(n => n.Round).ThenInclude(r => r!.AwardTypes).Include(n => n.Nominees)
            .Include(n => n.Attachments).AsSplitQuery().SingleOrDefault(n => n.Id == id)));

    private static readonly PerModel<Func<AwardsDbContext, int, CancellationToken, Task<Nomination?>>> Dossier = new(() =>
        EF.CompileAsyncQuery((AwardsDbContext db, int id, CancellationToken ct) => db.Nominations.AsNoTracking()
            .Include(n => n.Unit).Include(n => n.AwardType).Include(n => n.Round).ThenInclude(r => r!.AwardTypes).Include(n => n.Nominees)
            .Include(n => n.Attachments).AsSplitQuery().SingleOrDefault(n => n.Id == id)));

    /// <summary>
    /// The dossier of a task the caller acts on (<see cref="CanAct"/>), for update. A task offered to them by name, to a
    /// reviewer role of their own unit, or for an approver they stand in for is one the visibility rule
    /// (<see cref="VisibleNominations"/>) already shows its dossier by, so the rule is not asked a second time; a step
    /// of the unit-clerk role shows the dossier only to the nominating unit's clerks, and there the rule is asked.
    /// </summary>
    public Task<Nomination> NominationOfTaskAsync(WorkItem item, CancellationToken ct) =>
        ShowsItsDossier(item) ? NominationAsync(item.NominationId, ct, forUpdate: true) : VisibleNominationAsync(item.NominationId, ct, forUpdate: true);

    private bool ShowsItsDossier(WorkItem item) =>
        CanAct(item) && (Standings.Count > 1 || item.AssignedTo is not null || Roles.Reviewers.Contains(item.Role)
            || item.CandidateUserNames.Any(n => Same(n, user.UserName)));

    private static NotFoundException NominationNotFound(int id) =>
        new($"Không tìm thấy hồ sơ số {id}, hoặc anh/chị không có quyền xem hồ sơ này.");

    /// <summary>
    /// Decisions the caller may read: a signed one that lists a dossier they may see; drafts and signed ones alike for
    /// the office that consolidates them (PV05 of the province) and for the role that signs them at the issuer.
    /// </summary>
    public IQueryable<Decision> VisibleDecisions()
    {
        if (IsAdmin) return db.Decisions;
        var visible = VisibleNominations().Select(n => n.Id);
        var own = OwnDecisions().Select(d => d.Id);
        return db.Decisions.Where(d => (d.Status == DecisionStatus.Signed && d.Awardees.Any(a => visible.Contains(a.NominationId))) || own.Contains(d.Id));
    }

    /// <summary>
    /// The awardees the caller may count in the statistics by decision date and in the report forms: every awardee for an
    /// administrator; else one of a dossier the caller sees, or of a decision of their own side (<see cref="OwnDecisions"/>).
    /// Joined to the signed decisions of a period by <see cref="DecisionAwardee.DecisionId"/>.
    /// </summary>
    public IQueryable<DecisionAwardee> CountableAwardees()
    {
        if (IsAdmin) return db.DecisionAwardees;
        var visible = VisibleNominations().Select(n => n.Id);
        var own = OwnDecisions().Select(d => d.Id);
        return db.DecisionAwardees.Where(a => visible.Contains(a.NominationId) || own.Contains(a.DecisionId));
    }

    /// <summary>
    /// Imported awards of before (<see cref="PastAward"/>) the caller may read: those of their unit and of the units under
    /// it, for the clerks of the unit and for the reviewers above it; those of a unit the tree never had, only administrators.
    /// </summary>
    public IQueryable<PastAward> VisiblePastAwards()
    {
        if (IsAdmin) return db.PastAwards;
        var path = user.UnitPath;
        var unitId = user.UnitId;
        var reviewer = user.Roles.Any(Roles.Reviewers.Contains);
        var isClerk = user.IsInRole(Roles.UnitClerk);
        return db.PastAwards.Where(a => a.UnitId != null && ((isClerk && a.UnitId == unitId) || (reviewer && a.Unit!.Path.StartsWith(path))));
    }

    /// <summary>
    /// Decisions the caller's side makes, every awardee of them readable: consolidated by its office (PV05 of the province)
    /// or signed at its issuer. A round's decider never holds a step of its dossiers, so their dossiers alone would not show them.
    /// </summary>
    public IQueryable<Decision> OwnDecisions()
    {
        if (IsAdmin) return db.Decisions;
        var roles = user.Roles.ToList();
        var unitId = user.UnitId;
        var office = roles.Contains(Roles.Pv05Reviewer);
        return db.Decisions.Where(d => (office && d.OfficeUnitId == unitId) || (d.Issuer!.UnitId == unitId && roles.Contains(d.Issuer.SignerRole)));
    }

    /// <summary>The emulation office of <paramref name="officeUnitId"/>: consolidates its rounds' decisions.</summary>
    public bool IsOfficeOf(int officeUnitId) => IsAdmin || (user.IsInRole(Roles.Pv05Reviewer) && user.UnitId == officeUnitId);

    /// <summary>
    /// Who files an issuer's statistical report forms: administrators, and the reviewers of the issuer's own unit (its
    /// emulation office, council, deciders' side: those who see the statistics of the whole subtree the issuer decides for).
    /// </summary>
    public bool MayReportFor(Issuer issuer) => IsAdmin || (user.UnitId == issuer.UnitId && user.Roles.Any(Roles.Reviewers.Contains));

    /// <summary>The decider's side of an issuer: the role that signs its decisions, in its unit.</summary>
    public bool IsSignerOf(Issuer issuer) => user.IsInRole(issuer.SignerRole) && user.UnitId == issuer.UnitId;

    /// <summary>A dossier the caller may change as its unit's clerk.</summary>
    public async Task<Nomination> OwnNominationAsync(int id, CancellationToken ct)
    {
        var nomination = await VisibleNominationAsync(id, ct, forUpdate: true);
        if (!IsClerkOf(nomination.UnitId))
            throw new ForbiddenException("Chỉ cán bộ thi đua của đơn vị đề nghị mới được thay đổi hồ sơ này.");
        return nomination;
    }

    public bool HasRole(string role) => user.IsInRole(role);

    public bool IsClerkOf(int unitId) => user.IsInRole(Roles.UnitClerk) && user.UnitId == unitId;

    public bool IsClerkOfOwnUnit => user.IsInRole(Roles.UnitClerk);

    public int OwnUnitId => user.UnitId;

    /// <summary>
    /// Open tasks offered to the caller (the rule in <see cref="OfferedTo"/>), for themselves and for each approver who
    /// named them deputy for today. Each part is a query an index answers; their union is the inbox.
    /// </summary>
    public IQueryable<WorkItem> MyOpenTasks()
    {
        var offered = OfferedToMe().Select(w => w.Id);
        return db.WorkItems.Where(w => offered.Contains(w.Id));
    }

    private IQueryable<WorkItem> OfferedToMe()
    {
        IQueryable<WorkItem>? all = null;
        foreach (var standing in Standings)
        {
            var (name, unitId, roles, named) = (standing.UserName, standing.UnitId, standing.Roles.ToList(), $",{standing.UserName},");
            var byRole = db.WorkItems.Where(w => w.ClosedAt == null && roles.Contains(w.Role) && w.UnitId == unitId && w.AssignedTo == null);
            var byName = db.WorkItems.Where(w => w.ClosedAt == null && w.AssignedTo == name);
            var asCandidate = db.WorkItems.Where(w => w.CandidateUsers != null && w.ClosedAt == null && w.AssignedTo == null && w.CandidateUsers.Contains(named));
            var mine = byRole.Union(byName).Union(asCandidate);
            all = all is null ? mine : all.Union(mine);
        }
        return all!;
    }

    /// <summary>
    /// Who a task is offered to, stated once: the one account the diagram assigns it to; otherwise the holders of its
    /// role in its unit and the accounts the diagram names beside the role. Once someone claimed it, only they act on it.
    /// </summary>
    public static bool OfferedTo(WorkItem item, string userName, int unitId, IReadOnlySet<string> roles, bool ignoringClaim = false)
    {
        if (!ignoringClaim && item.ClaimedBy is not null && !Same(item.ClaimedBy, userName)) return false;
        if (item.AssignedTo is not null) return Same(item.AssignedTo, userName);
        return (item.UnitId == unitId && roles.Contains(item.Role)) || item.CandidateUserNames.Any(n => Same(n, userName));
    }

    public bool CanAct(WorkItem item, bool ignoringClaim = false) => Standings.Any(s => OfferedTo(item, s.UserName, s.UnitId, s.Roles, ignoringClaim));

    /// <summary>The approver the caller acts for on <paramref name="item"/> as their deputy, or null when it is offered to the caller.</summary>
    public Standing? ActingFor(WorkItem item) =>
        CanAct(item) && !OfferedTo(item, user.UserName, user.UnitId, user.Roles)
            ? Standings.First(s => s.For is not null && OfferedTo(item, s.UserName, s.UnitId, s.Roles))
            : null;

    /// <summary>Whether the task is offered to several people, so that one of them may take it for themselves.</summary>
    public static bool IsShared(WorkItem item) => item.AssignedTo is null;

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>Someone the caller stands for today: themselves, or an approver whose deputy they are (<see cref="For"/>).</summary>
    public sealed record Standing(string UserName, string? FullName, int UnitId, IReadOnlySet<string> Roles, Substitution? For);

    private IReadOnlyList<Standing>? _standings;

    /// <summary>The caller and the approvers who named them deputy for today: read once per account and day, and kept
    /// while no account, role or substitution changes (<see cref="AccountCache"/>).</summary>
    public IReadOnlyList<Standing> Standings => _standings ??= ReadStandings();

    private IReadOnlyList<Standing> ReadStandings()
    {
        var self = new Standing(user.UserName, null, user.UnitId, user.Roles, null);
        if (!user.IsAuthenticated) return [self];
        var today = Workflow.VietnamTime.Today(clock);
        var me = user.UserName;
        var principals = cache.Get($"standings/{me}/{today:yyyy-MM-dd}", () => ReadPrincipals(me, today));
        return principals.Count == 0 ? [self] : [self, .. principals];
    }

    private IReadOnlyList<Standing> ReadPrincipals(string me, DateOnly today)
    {
        var substitutions = db.Substitutions.AsNoTracking()
            .Where(s => s.Deputy == me && s.EndedAt == null && s.From <= today && today <= s.To).ToList();
        if (substitutions.Count == 0) return [];
        var names = substitutions.Select(s => s.Principal).Distinct().ToList();
        var principals = db.Users.AsNoTracking().Where(u => names.Contains(u.UserName!))
            .Select(u => new
            {
                u.UserName, u.FullName, u.UnitId,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToList();
        return [.. principals.Select(p => new Standing(p.UserName!, p.FullName, p.UnitId, p.Roles.ToHashSet(),
            substitutions.First(s => s.Principal == p.UserName)))];
    }

    /// <summary>Citizen ID numbers go to those who check identity: the unit's clerks, commune police, PV05, V05, administrators.</summary>
    public bool CanSeeCitizenIds(Nomination nomination) => CanSeeCitizenIdsOf(nomination.UnitId);

    public bool CanSeeCitizenIdsOf(int nominatingUnitId) => SeesEveryCitizenId || IsClerkOf(nominatingUnitId);

    /// <summary>The roles that check identity see the citizen IDs of every dossier they may read; a clerk only their unit's.</summary>
    public bool SeesEveryCitizenId =>
        IsAdmin || user.IsInRole(Roles.CommunePolice) || user.IsInRole(Roles.Pv05Reviewer) || user.IsInRole(Roles.V05Reviewer);

    /// <summary>Whether the caller sees any citizen ID at all, and so may search by one.</summary>
    public bool SeesSomeCitizenIds => SeesEveryCitizenId || IsClerkOfOwnUnit;

    public static string? Mask(string? citizenId) =>
        citizenId is null ? null : new string('•', Math.Max(0, citizenId.Length - 3)) + citizenId[^3..];

    /// <summary>
    /// Who tells a dossier's workflow that something arrived from outside (a message: supplementary papers received, the
    /// Ministry's decision came back): the emulation office (PV05, V05) of a dossier it may read, and administrators.
    /// </summary>
    public bool MayDeliverMessages => IsAdmin || user.IsInRole(Roles.Pv05Reviewer) || user.IsInRole(Roles.V05Reviewer);

    public void RequireAdmin()
    {
        if (!IsAdmin) throw new ForbiddenException(AdminOnly.Refusal);
    }
}
