using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Workflow;

/// <summary>
/// Finds the issuer of a dossier, drafts decisions and signs them. The number comes from the issuer's register, a
/// counter row incremented inside the signing transaction, so numbers per issuer and year have no gaps and no
/// duplicates, even when two are signed at once, and two provinces never share a sequence.
/// </summary>
public sealed class DecisionIssuer(AwardsDbContext db, TimeProvider clock)
{
    /// <summary>The issuer of the award's kind nearest above the nominating unit (its province, or the ministry).</summary>
    public async Task<Issuer> IssuerOfAsync(Unit unit, AwardType awardType, CancellationToken ct)
    {
        var path = unit.Path;
        var issuer = await db.Issuers.Include(i => i.Unit)
            .Where(i => i.Kind == awardType.IssuerKind && path.StartsWith(i.Unit!.Path))
            .OrderByDescending(i => i.Unit!.Path.Length)
            .FirstOrDefaultAsync(ct);
        return issuer ?? throw new DomainException(
            $"Chưa có cơ quan ban hành quyết định {awardType.Name} cho {unit.Name}; hãy đề nghị quản trị viên khai báo " +
            $"({IssuerKinds.Names.GetValueOrDefault(awardType.IssuerKind, awardType.IssuerKind)}).", "issuer");
    }

    /// <summary>
    /// An ad-hoc dossier whose path ended approved: its decision is drafted and signed at once by the decider, who has
    /// just approved it as the last step.
    /// </summary>
    public async Task<Decision> IssueAdHocAsync(Nomination nomination, string actor, CancellationToken ct)
    {
        var awardType = nomination.AwardType ?? await db.AwardTypes.SingleAsync(a => a.Id == nomination.AwardTypeId, ct);
        var unit = nomination.Unit ?? await db.Units.SingleAsync(u => u.Id == nomination.UnitId, ct);
        var issuer = await IssuerOfAsync(unit, awardType, ct);
        var now = clock.GetUtcNow();
        var office = await UnitResolver.ResolveAsync(db, unit, UnitResolver.Province, ct);
        var decision = new Decision(issuer, awardType, null, office, nomination.ActiveNominees.Select(n => (n, nomination)), actor, now);
        db.Decisions.Add(decision);
        await SignAsync(decision, null, null, issuer.Signatory(null), actor, [nomination], ct);
        return decision;
    }

    /// <summary>
    /// Signs a draft: the number is the register's next one, or the one typed from a paper register (then checked
    /// unique for the issuer and year, and the register moves past it). The dossiers follow.
    /// </summary>
    public async Task SignAsync(Decision decision, int? typedNumber, DateOnly? typedDate, Signatory signer, string actor,
        IReadOnlyCollection<Nomination> nominations, CancellationToken ct)
    {
        var issuedOn = typedDate ?? VietnamTime.Today(clock);
        int number;
        if (typedNumber is int typed)
        {
            var taken = await db.Decisions.AnyAsync(d => d.IssuerId == decision.IssuerId && d.Year == issuedOn.Year && d.Number == typed, ct);
            if (taken)
                throw new ConflictException($"Số {Decision.Format(typed, decision.Symbol)} năm {issuedOn.Year} đã được dùng cho một quyết định khác của cơ quan này.");
            number = typed;
            await db.TakeWriteTurnAsync(ct);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "DecisionCounters" ("IssuerId", "Year", "LastNumber") VALUES ({decision.IssuerId}, {issuedOn.Year}, {typed})
                ON CONFLICT ("IssuerId", "Year") DO UPDATE SET "LastNumber" = CASE WHEN "DecisionCounters"."LastNumber" < {typed}
                    THEN {typed} ELSE "DecisionCounters"."LastNumber" END
                """, ct);
        }
        else number = await NextNumberAsync(decision.IssuerId, issuedOn.Year, ct);

        var now = clock.GetUtcNow();
        decision.Sign(number, issuedOn, signer, actor, now, nominations.SelectMany(n => n.Nominees));
        foreach (var nomination in nominations) nomination.FollowDecisions(now);
    }

    private async Task<int> NextNumberAsync(int issuerId, int year, CancellationToken ct)
    {
        // One statement that both providers run atomically under the row's write lock, inside the step's transaction.
        await db.TakeWriteTurnAsync(ct);
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO "DecisionCounters" ("IssuerId", "Year", "LastNumber") VALUES ({issuerId}, {year}, 1)
            ON CONFLICT ("IssuerId", "Year") DO UPDATE SET "LastNumber" = "DecisionCounters"."LastNumber" + 1
            RETURNING "LastNumber" AS "Value"
            """).ToListAsync(ct);
        return numbers.Single();
    }
}
