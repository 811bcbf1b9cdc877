using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Tests.Features.Nominations;

/// <summary>Dossiers to send and the calls the tests repeat.</summary>
internal static class Dossiers
{
    public const string GiayKhen = "GK-GDCAT";
    public const string Medal = "KNC-BVANTQ";

    private static int _lastCitizenId = 100_000;

    /// <summary>A citizen ID no other test uses, so tests of the once-per-person rule stay apart.</summary>
    public static string NewCitizenId() => $"038190{Interlocked.Increment(ref _lastCitizenId):D6}";

    public static object Individual(string name = "Nguyễn Văn Hùng", string? citizenId = null, string? dateOfBirth = "1975-04-12") => new
    {
        kind = "individual", name, achievements = "Phát hiện, tố giác 3 vụ trộm cắp tài sản; vận động 12 hộ ký cam kết an ninh trật tự.",
        dateOfBirth, sex = "male", position = "Tổ trưởng tổ bảo vệ an ninh trật tự", workplace = "Thôn 3, xã Đông Tiến",
        citizenId = citizenId ?? NewCitizenId(),
    };

    public static object Collective(string name = "Tổ bảo vệ an ninh trật tự thôn 3") => new
    {
        kind = "collective", name, achievements = "Nhiều năm liền không có tội phạm; giữ vững an ninh trật tự địa bàn.",
        parentUnitName = "Xã Đông Tiến", memberCount = 12, womenShare = 0.25,
    };

    public static object Body(string awardTypeCode, params object[] nominees) => new
    {
        awardTypeCode, submissionNumber = "12/TTr-UBND", submissionDate = "2026-10-28", nominees,
    };

    public static async Task<int> CreateAsync(HttpClient client, string awardTypeCode, params object[] nominees)
    {
        var response = await client.PostAsJsonAsync("/api/nominations", Body(awardTypeCode, nominees));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task<int> CreateAndSubmitAsync(HttpClient client, string awardTypeCode, params object[] nominees)
    {
        var id = await CreateAsync(client, awardTypeCode, nominees);
        await AttachRequiredPartsAsync(client, id);
        var response = await client.PostAsync($"/api/nominations/{id}/submit", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return id;
    }

    /// <summary>Uploads a small PDF for every required part the dossier still lacks (per nominee where the part asks), as a clerk would.</summary>
    public static async Task AttachRequiredPartsAsync(HttpClient client, int id)
    {
        foreach (var line in (await GetAsync(client, id)).GetProperty("checklist").EnumerateArray().Where(l => !l.GetProperty("fulfilled").GetBoolean()))
        {
            using var form = AttachmentTests.Form(AttachmentTests.Pdf, $"{line.GetProperty("text").GetString()}.pdf", kind: null);
            form.Add(new StringContent(line.GetProperty("code").GetString()!), "part");
            if (line.GetProperty("nomineeId").ValueKind == JsonValueKind.Number)
                form.Add(new StringContent(line.GetProperty("nomineeId").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)), "nomineeId");
            var response = await client.PostAsync($"/api/nominations/{id}/attachments", form);
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, int id)
    {
        var response = await client.GetAsync($"/api/nominations/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A reviewer completes the dossier's open step of a role (the tasks API is another area's).</summary>
    public static Task CompleteStepAsync(AwardsApp app, int nominationId, string role, string outcome, string? comment = null) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var runner = services.GetRequiredService<WorkflowRunner>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var nomination = await db.Nominations.Include(n => n.Unit).Include(n => n.AwardType).Include(n => n.Nominees)
                .SingleAsync(n => n.Id == nominationId);
            var item = await db.WorkItems.SingleAsync(w => w.NominationId == nominationId && w.ClosedAt == null && w.Role == role);
            await runner.CompleteAsync(nomination, item, outcome, comment, $"test.{role}", default);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return true;
        });
}
