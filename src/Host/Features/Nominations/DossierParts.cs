using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Nominations;

/// <summary>The required parts of a dossier's award type, as the submit, upload and read use cases load them.</summary>
internal static class DossierParts
{
    /// <summary>Every part of the award type, both procedures, removed ones too (they still name the files that fulfilled them).</summary>
    public static Task<List<RequiredPart>> OfAsync(AwardsDbContext db, int awardTypeId, CancellationToken ct) =>
        db.RequiredParts.AsNoTracking().Where(p => p.AwardTypeId == awardTypeId).OrderBy(p => p.Order).ThenBy(p => p.Id).ToListAsync(ct);

    /// <summary>Refuses to send (or send again) a dossier that lacks a required part, before anything changes.</summary>
    public static async Task EnsureCompleteAsync(AwardsDbContext db, Nomination nomination, CancellationToken ct) =>
        nomination.EnsureComplete(await OfAsync(db, nomination.AwardTypeId, ct));
}
