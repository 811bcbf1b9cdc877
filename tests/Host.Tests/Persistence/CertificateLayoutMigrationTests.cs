using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Persistence;

/// <summary>The single certificate layout of earlier versions becomes the Giấy khen's (its own fixture: it migrates the database down and up).</summary>
public class CertificateLayoutMigrationTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private const string BeforeLayoutsPerAwardType = "20261202083552_DisclosureFeedback";

    private Task<bool> MigrateAsync(string? target) => app.WithScopeAsync(async s =>
    {
        await s.GetRequiredService<AwardsDbContext>().GetService<IMigrator>().MigrateAsync(target);
        return true;
    });

    [Fact]
    public async Task A_layout_saved_in_the_single_row_is_the_giay_khens_after_the_upgrade_and_the_others_keep_their_defaults()
    {
        var admin = await app.ClientForAsync("admin");
        var ids = (await admin.GetFromJsonAsync<JsonArray>("/api/award-types"))!
            .ToDictionary(a => (string)a!["code"]!, a => (int)a!["id"]!);
        await MigrateAsync(BeforeLayoutsPerAwardType);
        // As an earlier version saved it: five lines only, in the one row.
        const string old = """{"name":{"x":33,"y":90,"width":177,"fontSize":22,"bold":true,"italic":false},"workplace":{"x":60,"y":102,"width":177,"fontSize":15,"bold":false,"italic":false},"achievement":{"x":45,"y":115,"width":207,"fontSize":15,"bold":false,"italic":true},"decision":{"x":30,"y":168,"width":110,"fontSize":12,"bold":false,"italic":false},"placeDate":{"x":160,"y":160,"width":110,"fontSize":13,"bold":false,"italic":true}}""";
        await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Database.ExecuteSqlAsync(
            $"""UPDATE "CertificateLayoutSettings" SET "LayoutJson" = {old}, "ChangedBy" = {"admin.cu"} WHERE "Id" = 1"""));

        await MigrateAsync(null);

        var giayKhen = (await admin.GetFromJsonAsync<JsonObject>($"/api/admin/award-types/{ids["GK-GDCAT"]}/certificate-layout"))!;
        Assert.True((bool)giayKhen["saved"]!);
        Assert.Equal("admin.cu", (string)giayKhen["changedBy"]!);
        Assert.Equal(33, (double)giayKhen["layout"]!["name"]!["x"]!);
        Assert.Equal(160, (double)giayKhen["layout"]!["placeDate"]!["y"]!);
        // The lines the old layout did not have come from the Giấy khen's configured form.
        Assert.Equal("TẶNG GIẤY KHEN", (string)giayKhen["layout"]!["titleText"]!);
        Assert.Equal(180, (double)giayKhen["layout"]!["signer"]!["y"]!);
        foreach (var code in new[] { "BK-CTUBND", "KNC-BVANTQ" })
            Assert.False((bool)(await admin.GetFromJsonAsync<JsonObject>($"/api/admin/award-types/{ids[code]}/certificate-layout"))!["saved"]!);
        var demo = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Decisions.Where(d => d.Number == 2 && d.Symbol == "QĐ-CAT")
            .Select(d => d.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync("pv05.thanhhoa")).GetAsync($"/api/decisions/{demo}/certificates.pdf")).StatusCode);

        // And back: a downgrade keeps the Giấy khen's layout in the single row.
        await MigrateAsync(BeforeLayoutsPerAwardType);
        var kept = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Database
            .SqlQuery<string>($"""SELECT "LayoutJson" AS "Value" FROM "CertificateLayoutSettings" WHERE "Id" = 1""").SingleAsync());
        Assert.Equal(33, (double)JsonNode.Parse(kept)!["name"]!["x"]!);
        await MigrateAsync(null);
    }
}
