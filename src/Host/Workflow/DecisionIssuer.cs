using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Workflow;

/// <summary>
/// Issues the decision of an approved nomination. The number comes from a counter row incremented inside the
/// same transaction, so numbers per symbol and year have no gaps and no duplicates, even when two are issued at once.
/// </summary>
public sealed class DecisionIssuer(AwardsDbContext db, TimeProvider clock)
{
    public async Task<Decision> IssueAsync(Nomination nomination, CancellationToken ct)
    {
        var awardType = nomination.AwardType ?? await db.AwardTypes.SingleAsync(a => a.Id == nomination.AwardTypeId, ct);
        var issuedOn = VietnamTime.Today(clock);
        var number = await NextNumberAsync(awardType.DecisionSymbol, issuedOn.Year, ct);
        var decision = new Decision(number, issuedOn.Year, awardType.DecisionSymbol, issuedOn, awardType.Decider, awardType.Id,
            nomination.Id, nomination.KeptNominees);
        db.Decisions.Add(decision);
        nomination.Approve(clock.GetUtcNow());
        return decision;
    }

    private async Task<int> NextNumberAsync(string symbol, int year, CancellationToken ct)
    {
        // One statement that both providers run atomically under the row's write lock.
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO "DecisionCounters" ("Symbol", "Year", "LastNumber") VALUES ({symbol}, {year}, 1)
            ON CONFLICT ("Symbol", "Year") DO UPDATE SET "LastNumber" = "DecisionCounters"."LastNumber" + 1
            RETURNING "LastNumber" AS "Value"
            """).ToListAsync(ct);
        return numbers.Single();
    }
}
