using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Disclosure.RoundDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Disclosure;

public class FeedbackTests(DisclosureApp app) : IClassFixture<DisclosureApp>
{
    private async Task<(int RoundId, int NomineeId)> LongAsync()
    {
        var roundId = await RoundIdAsync(app, DisclosureApp.SoKet);
        var round = await JsonAsync(await app.CreateClient().GetAsync($"/api/public/rounds/{roundId}"));
        var nominee = round.GetProperty("awards").EnumerateArray().SelectMany(a => a.GetProperty("units").EnumerateArray())
            .SelectMany(u => u.GetProperty("individuals").EnumerateArray()).First(n => n.GetProperty("name").GetString() == "Phạm Văn Long");
        return (roundId, nominee.GetProperty("id").GetInt32());
    }

    private Task<int> StoredAsync(string content) =>
        app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().RoundFeedback.CountAsync(f => f.Content == content));

    [Theory]
    [InlineData("", "0912345678", "Nội dung", "name", "Họ và tên người góp ý không được để trống.")]
    [InlineData("Nguyễn Văn An", "", "Nội dung", "contact", "Số điện thoại hoặc e-mail không được để trống.")]
    [InlineData("Nguyễn Văn An", "gọi tôi nhé", "Nội dung", "contact", "Hãy ghi số điện thoại (9–15 chữ số) hoặc địa chỉ e-mail")]
    [InlineData("Nguyễn Văn An", "an@example.vn", "   ", "content", "Nội dung góp ý không được để trống.")]
    [InlineData("Nguyễn Văn An", "an@example.vn", "Xem <a href=\"http://x\">đây</a>", "content", "không chứa mã HTML")]
    [InlineData("Nguyễn Văn An", "an@example.vn", "Đề nghị &lt;xem lại&gt;", "content", "không chứa mã HTML")]
    [InlineData("<b>An</b>", "an@example.vn", "Nội dung", "name", "không chứa mã HTML")]
    public async Task Feedback_with_a_missing_or_bad_field_is_refused_in_vietnamese(string name, string contact, string content, string field, string message)
    {
        var (roundId, _) = await LongAsync();

        var response = await SendAsync(app.CreateClient(), roundId, new { name, contact, content });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await JsonAsync(response);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(0, await StoredAsync(content));
    }

    [Fact]
    public async Task Feedback_longer_than_its_bounds_is_refused_naming_the_limit()
    {
        var (roundId, _) = await LongAsync();

        var response = await SendAsync(app.CreateClient(), roundId, new { name = new string('A', 101), contact = "0912345678", content = new string('x', 2001) });

        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.Contains("dài quá 100 ký tự", errors.GetProperty("name")[0].GetString());
        Assert.Contains("dài quá 2000 ký tự", errors.GetProperty("content")[0].GetString());
    }

    [Fact]
    public async Task A_nominee_not_on_the_public_list_is_refused()
    {
        var (roundId, _) = await LongAsync();
        var refusedNominee = await app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Nominations
            .Where(n => n.Status == NominationStatus.Refused).SelectMany(n => n.Nominees).Select(m => m.Id).FirstAsync());

        var response = await SendAsync(app.CreateClient(), roundId, Feedback(nomineeId: refusedNominee));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("không có trong danh sách công khai", (await JsonAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Feedback_reaches_the_outbox_of_the_province_pv05_and_is_shown_to_the_office_but_not_to_a_clerk()
    {
        var (roundId, nomineeId) = await LongAsync();
        var content = $"Ông Long đã cứu người đuối nước, tôi đồng ý khen thưởng ({Guid.NewGuid():N}). Điểm 5 > 4 & <3.";

        var response = await SendAsync(app.CreateClient(), roundId, Feedback(content, nomineeId));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("Cảm ơn anh/chị đã góp ý", (await JsonAsync(response)).GetProperty("message").GetString());
        var (stored, mail) = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var feedback = await db.RoundFeedback.SingleAsync(f => f.Content == content);
            var messages = await db.Outbox.Where(m => m.EventKey.StartsWith($"round/{roundId}/feedback/{feedback.Id}/")).ToListAsync();
            return (feedback, messages);
        });
        Assert.Equal(nomineeId, stored.NomineeId);
        Assert.Equal("Phạm Văn Long", stored.NomineeName);
        Assert.Matches("^[0-9a-f]{64}$", stored.AddressHash);
        var message = Assert.Single(mail);
        Assert.Equal("disclosure-feedback", message.Template);
        Assert.Equal("pv05.thanhhoa@toandan.local", message.RecipientEmail);
        Assert.Contains(content, JsonDocument.Parse(message.ModelJson).RootElement.GetProperty("content").GetString());

        foreach (var reader in new[] { "pv05.thanhhoa", "giamdoc.thanhhoa", "admin" })
        {
            var list = await (await app.ClientForAsync(reader)).GetAsync($"/api/rounds/{roundId}/feedback");
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            var item = (await JsonAsync(list)).EnumerateArray().Single(f => f.GetProperty("content").GetString() == content);
            Assert.Equal("Nguyễn Văn An", item.GetProperty("name").GetString());
            Assert.Equal("0912 345 678", item.GetProperty("contact").GetString());
            Assert.Equal("Phạm Văn Long", item.GetProperty("nomineeName").GetString());
            Assert.Equal("Phường Sầm Sơn", item.GetProperty("nomineeUnit").GetString());
        }
        foreach (var refused in new[] { "thidua.samson", "congan.samson", "hoidong.thanhhoa" })
        {
            var list = await (await app.ClientForAsync(refused)).GetAsync($"/api/rounds/{roundId}/feedback");
            Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
            Assert.Contains("Chỉ Phòng PV05", (await JsonAsync(list)).GetProperty("detail").GetString());
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/rounds/{roundId}/feedback")).StatusCode);
    }

    [Fact]
    public async Task A_ministry_round_s_feedback_goes_to_the_pv05_of_the_province_of_its_nominees()
    {
        const string medalRound = "Xét tặng Kỷ niệm chương “Bảo vệ an ninh Tổ quốc” năm 2026";
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var round = await db.Rounds.Include(r => r.Issuer).Include(r => r.AwardTypes).SingleAsync(r => r.Name == medalRound);
            round.Change(round.Name, round.AwardTypes, round.OpensOn, round.ClosesOn, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 20));
            return await db.SaveChangesAsync();
        });
        var roundId = await RoundIdAsync(app, medalRound);
        Assert.Contains("Nguyễn Thị Thanh", await app.CreateClient().GetStringAsync($"/api/public/rounds/{roundId}"));
        var content = $"Góp ý chung về danh sách xét Kỷ niệm chương ({Guid.NewGuid():N}).";

        Assert.Equal(HttpStatusCode.Created, (await SendAsync(app.CreateClient(), roundId, Feedback(content))).StatusCode);

        var recipients = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var id = await db.RoundFeedback.Where(f => f.Content == content).Select(f => f.Id).SingleAsync();
            return await db.Outbox.Where(m => m.EventKey.StartsWith($"round/{roundId}/feedback/{id}/")).Select(m => m.RecipientEmail).ToListAsync();
        });
        Assert.Equal(["pv05.thanhhoa@toandan.local"], recipients);
        foreach (var reader in new[] { "pv05.thanhhoa", "v05.bca" })
        {
            var list = await (await app.ClientForAsync(reader)).GetStringAsync($"/api/rounds/{roundId}/feedback");
            Assert.Contains(content, list);
        }
    }
}
