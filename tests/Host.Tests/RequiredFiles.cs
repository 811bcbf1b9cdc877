using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests;

/// <summary>
/// For the test dossiers built straight through the domain: one small PDF for every required part the dossier still
/// lacks (one per kept nominee for a per-nominee part), stored as an upload would store it. The nomination must be saved
/// (its nominees have ids) and tracked by the context of <paramref name="services"/>; the caller saves.
/// </summary>
public static class RequiredFiles
{
    public static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
        "trailer << /Root 1 0 R >>\n%%EOF\n");

    public static async Task AttachAsync(IServiceProvider services, Nomination nomination, string by)
    {
        var db = services.GetRequiredService<AwardsDbContext>();
        var store = services.GetRequiredService<AttachmentStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var parts = await db.RequiredParts.AsNoTracking().Where(p => p.AwardTypeId == nomination.AwardTypeId).ToListAsync();
        foreach (var line in nomination.Checklist(parts).Where(l => !l.IsFulfilled))
        {
            var stored = await store.SaveAsync($"{line.Text}.pdf", new MemoryStream(Pdf), CancellationToken.None);
            var file = new Attachment(AttachmentKind.Other, stored.FileName, stored.ContentType, stored.Size, stored.Sha256, stored.Key, by, now);
            file.Fulfil(line.Part, line.Nominee);
            nomination.Attach(file);
        }
    }
}
