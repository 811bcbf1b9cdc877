using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// Who may see and do what, by role and by place in the unit tree; the API and the pages both ask here.
/// Something a caller may not see is reported as not found, so its existence is not revealed.
/// </summary>
public sealed class Access(AwardsDbContext db, CurrentUser user)
{
    public bool IsAdmin => user.IsInRole(Roles.Admin);

    /// <summary>Dossiers the caller may read: their unit's (clerks), those routed to them or to units under them (reviewers).</summary>
    public IQueryable<Nomination> VisibleNominations()
    {
        if (IsAdmin) return db.Nominations;
        var roles = user.Roles.ToList();
        var unitId = user.UnitId;
        var path = user.UnitPath;
        var isClerk = roles.Contains(Roles.UnitClerk);
        return db.Nominations.Where(n =>
            (isClerk && n.UnitId == unitId)
            || db.WorkItems.Any(w => w.NominationId == n.Id && roles.Contains(w.Role) && w.Unit!.Path.StartsWith(path)));
    }

    public async Task<Nomination> VisibleNominationAsync(int id, CancellationToken ct, bool forUpdate = false)
    {
        var query = VisibleNominations().Where(n => n.Id == id)
            .Include(n => n.Unit).Include(n => n.AwardType).Include(n => n.Round).ThenInclude(r => r!.AwardTypes).Include(n => n.Nominees).Include(n => n.Attachments);
        return await (forUpdate ? query : query.AsNoTracking()).AsSplitQuery().SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Không tìm thấy hồ sơ số {id}, hoặc anh/chị không có quyền xem hồ sơ này.");
    }

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

    /// <summary>Open tasks routed to the caller: a role they hold, in their own unit.</summary>
    public IQueryable<WorkItem> MyOpenTasks()
    {
        var roles = user.Roles.ToList();
        var unitId = user.UnitId;
        return db.WorkItems.Where(w => w.ClosedAt == null && roles.Contains(w.Role) && w.UnitId == unitId);
    }

    public bool CanAct(WorkItem item) => item.UnitId == user.UnitId && user.IsInRole(item.Role);

    /// <summary>Citizen ID numbers go to those who check identity: the unit's clerks, commune police, PV05, V05, administrators.</summary>
    public bool CanSeeCitizenIds(Nomination nomination) => CanSeeCitizenIdsOf(nomination.UnitId);

    public bool CanSeeCitizenIdsOf(int nominatingUnitId) =>
        IsAdmin || IsClerkOf(nominatingUnitId)
        || user.IsInRole(Roles.CommunePolice) || user.IsInRole(Roles.Pv05Reviewer) || user.IsInRole(Roles.V05Reviewer);

    public static string? Mask(string? citizenId) =>
        citizenId is null ? null : new string('•', Math.Max(0, citizenId.Length - 3)) + citizenId[^3..];

    public void RequireAdmin()
    {
        if (!IsAdmin) throw new ForbiddenException(AdminOnly.Refusal);
    }
}
