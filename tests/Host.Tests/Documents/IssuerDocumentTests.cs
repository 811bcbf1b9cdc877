using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Documents.DocumentFiles;
using static ToanDan.Awards.Host.Tests.Features.Nominations.Dossiers;

namespace ToanDan.Awards.Host.Tests.Documents;

/// <summary>The documents print what the issuer's administrator wrote, and where the issuer sits (its own fixture: it edits issuers).</summary>
public class IssuerDocumentTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task Bases_and_recipients_an_administrator_edits_are_printed_on_the_issuers_decisions()
    {
        var admin = await app.ClientForAsync("admin");
        var issuers = await admin.GetFromJsonAsync<JsonElement>("/api/admin/issuers");
        var police = issuers.EnumerateArray().Single(i => i.GetProperty("code").GetString() == "CAT-TH");
        var text = JsonSerializer.Deserialize<Dictionary<string, string?>>(police.GetProperty("text").GetRawText())!;
        text["legalBases"] = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nCăn cứ Quyết định số 77/QĐ-BCA quy định chức năng của Công an tỉnh;";
        text["recipients"] = "- Như Điều 3;\n- Phòng Tham mưu (để theo dõi);\n- Lưu: VT, PV05.";

        var saved = await admin.PutAsJsonAsync($"/api/admin/issuers/{police.GetProperty("id").GetInt32()}", new { text });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        var id = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Decisions.Where(d => d.Number == 2 && d.Symbol == "QĐ-CAT")
            .Select(d => d.Id).SingleAsync());
        var docx = DocxText(await admin.GetByteArrayAsync($"/api/decisions/{id}/document.docx"));
        Assert.Contains("Căn cứ Quyết định số 77/QĐ-BCA quy định chức năng của Công an tỉnh;\nXét đề nghị của", docx);
        Assert.DoesNotContain("Căn cứ Nghị định số 152/2025/NĐ-CP", docx);
        Assert.Contains("Nơi nhận:\n- Như Điều 3;\n- Phòng Tham mưu (để theo dõi);\n- Lưu: VT, PV05.", docx);
        var pdf = await PdfTextAsync(await admin.GetByteArrayAsync($"/api/decisions/{id}/document.pdf"));
        Assert.Contains("Căn cứ Quyết định số 77/QĐ-BCA quy định chức năng của Công an tỉnh;", pdf);
        Assert.Contains("- Phòng Tham mưu (để theo dõi);", pdf);
    }

    [Fact]
    public async Task A_ministry_decision_is_dated_in_ha_noi_under_the_ministrys_own_heading_and_register()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAndSubmitAsync(clerk, Medal, Individual("Đỗ Thị Mai", NewCitizenId(), "1964-02-03"));
        // Ad hoc: the simplified procedure, ending with the minister's own decision.
        foreach (var role in new[] { "commune-police", "pv05-reviewer", "v05-reviewer", "minister-office" })
            await CompleteStepAsync(app, id, role, "approve");
        var decisionId = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Decisions
            .Where(d => d.Awardees.Any(a => a.NominationId == id)).Select(d => d.Id).SingleAsync());

        var admin = await app.ClientForAsync("admin");
        var docx = DocxText(await admin.GetByteArrayAsync($"/api/decisions/{decisionId}/document.docx"));
        Assert.StartsWith("BỘ CÔNG AN\n―――――\nSố: 01/QĐ-BCA\n", docx);
        Assert.Matches(@"Hà Nội, ngày \d{2} tháng \d{1,2} năm 20\d\d", docx);
        Assert.DoesNotContain("Thanh Hóa, ngày", docx);
        Assert.Contains("BỘ TRƯỞNG BỘ CÔNG AN", docx);
        Assert.Contains("Căn cứ Thông tư số 20/2025/TT-BCA", docx);
        Assert.Contains("\nBỘ TRƯỞNG\n(đã ký)\nĐại tướng Trần Quốc Hưng", docx);
        Assert.Contains("- Công an tỉnh Thanh Hóa;", docx);
        var pdf = await PdfTextAsync(await admin.GetByteArrayAsync($"/api/decisions/{decisionId}/document.pdf"));
        Assert.Matches(@"Hà Nội, ngày \d{2} tháng \d{1,2} năm 20\d\d", pdf);
        Assert.Contains("Số: 01/QĐ-BCA", pdf);
        Assert.Contains("Đỗ Thị Mai", pdf);
    }
}
