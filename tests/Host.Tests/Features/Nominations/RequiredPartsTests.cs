using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Tests.Features.Tasks;
using static ToanDan.Awards.Host.Tests.Features.Nominations.Dossiers;

namespace ToanDan.Awards.Host.Tests.Features.Nominations;

public class RequiredPartsTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private const string Clerk = "thidua.dongtien";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, string fileName, string? part, int? nomineeId = null)
    {
        var form = AttachmentTests.Form(AttachmentTests.Pdf, fileName, kind: null);
        if (part is not null) form.Add(new StringContent(part), "part");
        if (nomineeId is int n) form.Add(new StringContent(n.ToString(System.Globalization.CultureInfo.InvariantCulture)), "nomineeId");
        return await client.PostAsync($"/api/nominations/{id}/attachments", form);
    }

    private static int NomineeId(JsonElement dossier, string name) =>
        dossier.GetProperty("nominees").EnumerateArray().Single(n => n.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();

    private static string[] Missing(JsonElement dossier) =>
        [.. dossier.GetProperty("missingParts").EnumerateArray().Select(m => m.GetString()!)];


    private async Task<int> CreateInRoundAsync(HttpClient clerk, string awardTypeCode, params object[] nominees)
    {
        var response = await clerk.PostAsJsonAsync("/api/nominations", new
        {
            awardTypeCode, roundId = await TestRounds.OpenRoundIdAsync(app, awardTypeCode), submissionNumber = "17/TTr-UBND", submissionDate = "2026-10-28", nominees,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Submitting_without_the_required_parts_is_refused_naming_each_one_and_changes_nothing()
    {
        var clerk = await app.ClientForAsync(Clerk);
        var id = await CreateAsync(clerk, GiayKhen, Collective("Tổ an ninh trật tự thôn 9"), Individual("Phan Văn Tâm"));
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(clerk, id, "to-trinh.pdf", "to-trinh")).StatusCode);

        var response = await clerk.PostAsync($"/api/nominations/{id}/submit", null);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Chưa gửi được hồ sơ vì còn thiếu: Báo cáo tóm tắt thành tích của Tổ an ninh trật tự thôn 9; " +
            "Báo cáo tóm tắt thành tích của Phan Văn Tâm.", problem.GetProperty("detail").GetString());
        Assert.Equal("missing-parts", problem.GetProperty("code").GetString());
        Assert.Equal(["Báo cáo tóm tắt thành tích của Tổ an ninh trật tự thôn 9", "Báo cáo tóm tắt thành tích của Phan Văn Tâm"],
            problem.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray());
        var dossier = await GetAsync(clerk, id);
        Assert.Equal("draft", dossier.GetProperty("status").GetString());
        Assert.Empty(dossier.GetProperty("openSteps").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, dossier.GetProperty("submittedAt").ValueKind);
        Assert.Equal(2, Missing(dossier).Length);
        Assert.Equal(0, await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().WorkflowInstances.CountAsync(i => i.NominationId == id)));
    }

    [Fact]
    public async Task A_dossier_of_a_round_needs_the_council_minutes_and_an_ad_hoc_one_follows_the_simplified_procedure_without_them()
    {
        var clerk = await app.ClientForAsync(Clerk);
        var inRound = await GetAsync(clerk, await CreateInRoundAsync(clerk, GiayKhen, Individual("Vũ Thị Lan")));
        var adHoc = await GetAsync(clerk, await CreateAsync(clerk, GiayKhen, Individual("Vũ Thị Lan")));

        Assert.Equal("standard", inRound.GetProperty("procedure").GetString());
        Assert.Equal("Thủ tục thông thường", inRound.GetProperty("procedureName").GetString());
        Assert.Equal(["Tờ trình đề nghị khen thưởng", "Danh sách tập thể, cá nhân đề nghị khen thưởng", "Báo cáo thành tích của Vũ Thị Lan",
            "Biên bản họp Hội đồng Thi đua – Khen thưởng"], Missing(inRound));
        Assert.Equal("simplified", adHoc.GetProperty("procedure").GetString());
        Assert.Equal("Thủ tục đơn giản", adHoc.GetProperty("procedureName").GetString());
        Assert.Equal(["Tờ trình đề nghị khen thưởng", "Báo cáo tóm tắt thành tích của Vũ Thị Lan"], Missing(adHoc));
    }

    [Fact]
    public async Task A_medal_dossier_asks_for_the_brief_list_and_each_nominees_proof_of_service_time()
    {
        var clerk = await app.ClientForAsync(Clerk);
        var medal = await GetAsync(clerk, await CreateInRoundAsync(clerk, Medal, Individual("Mai Văn Đức")));

        Assert.Equal(["Tờ trình đề nghị khen thưởng", "Danh sách trích ngang", "Báo cáo thành tích của Mai Văn Đức",
            "Biên bản họp Hội đồng Thi đua – Khen thưởng", "Giấy tờ chứng minh thời gian công tác, tham gia phong trào của Mai Văn Đức"], Missing(medal));
    }

    [Fact]
    public async Task A_per_nominee_report_fulfils_only_its_nominee_and_an_upload_must_say_whose_it_is()
    {
        var clerk = await app.ClientForAsync(Clerk);
        var id = await CreateAsync(clerk, GiayKhen, Individual("Trương Văn Nam"), Individual("Đặng Thị Mai"));
        var dossier = await GetAsync(clerk, id);
        var nam = NomineeId(dossier, "Trương Văn Nam");

        var report = await UploadAsync(clerk, id, "bao-cao-nam.pdf", "bao-cao-tom-tat-thanh-tich", nam);
        var nobody = await UploadAsync(clerk, id, "bao-cao.pdf", "bao-cao-tom-tat-thanh-tich");
        var coverOfSomeone = await UploadAsync(clerk, id, "to-trinh.pdf", "to-trinh", nam);
        var minutes = await UploadAsync(clerk, id, "bien-ban.pdf", "bien-ban-hoi-dong");
        var stranger = await UploadAsync(clerk, id, "bao-cao.pdf", "bao-cao-tom-tat-thanh-tich", 999_999);

        var stored = await report.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("bao-cao-tom-tat-thanh-tich", stored.GetProperty("partCode").GetString());
        Assert.Equal(nam, stored.GetProperty("nomineeId").GetInt32());
        Assert.Equal("'Báo cáo tóm tắt thành tích' nộp riêng cho từng tập thể, cá nhân: hãy chọn tệp này của ai.",
            (await ProblemAsync(nobody, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Equal("'Tờ trình đề nghị khen thưởng' là tài liệu chung của hồ sơ, không gắn với từng tập thể, cá nhân.",
            (await ProblemAsync(coverOfSomeone, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Equal("Thủ tục đơn giản của hồ sơ này không có thành phần 'bien-ban-hoi-dong'. Các thành phần: to-trinh (Tờ trình đề nghị khen thưởng); " +
            "bao-cao-tom-tat-thanh-tich (Báo cáo tóm tắt thành tích).", (await ProblemAsync(minutes, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Equal("Không có tập thể, cá nhân số 999999 trong hồ sơ này.",
            (await ProblemAsync(stranger, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        dossier = await GetAsync(clerk, id);
        Assert.Equal(["Tờ trình đề nghị khen thưởng", "Báo cáo tóm tắt thành tích của Đặng Thị Mai"], Missing(dossier));
        var file = Assert.Single(dossier.GetProperty("attachments").EnumerateArray());
        Assert.Equal("Báo cáo tóm tắt thành tích của Trương Văn Nam", file.GetProperty("partName").GetString());
        var line = dossier.GetProperty("checklist").EnumerateArray().Single(l => l.GetProperty("nomineeId").ValueKind == JsonValueKind.Number
            && l.GetProperty("nomineeId").GetInt32() == nam);
        Assert.True(line.GetProperty("fulfilled").GetBoolean());
        Assert.Equal(file.GetProperty("id").GetInt32(), Assert.Single(line.GetProperty("attachmentIds").EnumerateArray()).GetInt32());
    }

    [Fact]
    public async Task A_report_stays_with_its_nominee_when_the_list_is_saved_again_and_a_file_without_a_part_is_another_document()
    {
        var clerk = await app.ClientForAsync(Clerk);
        var citizenId = NewCitizenId();
        var id = await CreateAsync(clerk, GiayKhen, Individual("Lý Văn Sơn", citizenId));
        await UploadAsync(clerk, id, "bao-cao-son.pdf", "bao-cao-tom-tat-thanh-tich", NomineeId(await GetAsync(clerk, id), "Lý Văn Sơn"));
        await UploadAsync(clerk, id, "anh-hien-truong.pdf", part: null);

        var edit = await clerk.PutAsJsonAsync($"/api/nominations/{id}", new
        {
            submissionNumber = "12c/TTr-UBND", nominees = new[] { Individual("Lý Văn Sơn", citizenId), Individual("Hà Thị Yến") },
        });

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var dossier = await GetAsync(clerk, id);
        Assert.Equal(["Tờ trình đề nghị khen thưởng", "Báo cáo tóm tắt thành tích của Hà Thị Yến"], Missing(dossier));
        var other = dossier.GetProperty("attachments").EnumerateArray().Single(a => a.GetProperty("fileName").GetString() == "anh-hien-truong.pdf");
        Assert.Equal(JsonValueKind.Null, other.GetProperty("partName").ValueKind);
        Assert.Equal("other", other.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_resubmission_needs_a_part_added_meanwhile_except_for_a_struck_out_nominee()
    {
        var clerk = await app.ClientForAsync(Clerk);
        var admin = await app.ClientForAsync("admin");
        var id = await CreateAndSubmitAsync(clerk, "BK-CTUBND", Individual("Tô Văn Hải"), Individual("Kiều Thị Nga"));
        var dossier = await GetAsync(clerk, id);
        var nga = NomineeId(dossier, "Kiều Thị Nga");
        var bangKhen = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/award-types")).GetProperty("awardTypes").EnumerateArray()
            .Single(a => a.GetProperty("code").GetString() == "BK-CTUBND").GetProperty("id").GetInt32();
        var added = await admin.PostAsJsonAsync($"/api/admin/award-types/{bangKhen}/parts",
            new { procedure = "simplified", name = "Bản cam kết chấp hành chính sách, pháp luật", perNominee = true });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        await TestDossiers.CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified", "return", "Bổ sung bản cam kết của từng cá nhân.",
            [new { nomineeId = nga, keep = false, reason = "Đang bị xem xét kỷ luật." }]);

        var refused = await clerk.PostAsync($"/api/nominations/{id}/submit", null);
        var tasks = await TestDossiers.InboxAsync(clerk);
        var revise = tasks.Single(t => t.GetProperty("nominationId").GetInt32() == id).GetProperty("id").GetGuid();
        var throughTasks = await TestDossiers.PostCompleteAsync(app, Clerk, revise, "resubmit");

        Assert.Equal("Chưa gửi được hồ sơ vì còn thiếu: Bản cam kết chấp hành chính sách, pháp luật của Tô Văn Hải.",
            (await ProblemAsync(refused, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, throughTasks.StatusCode);
        Assert.Equal("returned", (await GetAsync(clerk, id)).GetProperty("status").GetString());
        await AttachRequiredPartsAsync(clerk, id);
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsync($"/api/nominations/{id}/submit", null)).StatusCode);
        Assert.Equal("inReview", (await GetAsync(clerk, id)).GetProperty("status").GetString());
    }
}
