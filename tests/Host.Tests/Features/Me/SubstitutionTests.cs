using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestWorkflows;

namespace ToanDan.Awards.Host.Tests.Features.Me;

/// <summary>An approver names a deputy for a period: the deputy gets their tasks, acts for them, and it is recorded.</summary>
public class SubstitutionTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private const string Deputy = "phogiamdoc.thanhhoa";
    private static readonly DateOnly Today = new(2026, 11, 2);

    private async Task<HttpResponseMessage> NameAsync(string principal, string deputy, DateOnly from, DateOnly to, string reason = "Nghỉ phép năm") =>
        await (await app.ClientForAsync(principal)).PostAsJsonAsync("/api/me/substitutions", new { deputy, from, to, reason });

    private async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

    [Fact]
    public async Task The_deputy_finds_the_directors_step_signs_it_for_him_and_the_step_and_the_audit_trail_say_so()
    {
        await AddAccountAsync(app, Deputy, "Đại tá Lê Văn Bình (Phó Giám đốc)", "council", "TH");
        var named = await NameAsync("giamdoc.thanhhoa", Deputy, Today, Today.AddDays(6));
        Assert.Equal(HttpStatusCode.Created, named.StatusCode);
        var substitution = (await named.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        try
        {
            var id = await SubmitAsync(app);
            await ToDirectorSignAsync(app, id);

            var task = await TaskIdAsync(app, Deputy, id, "Task_DirectorSign");
            var response = await (await app.ClientForAsync(Deputy)).GetAsync($"/api/tasks/{task}");
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(page.GetProperty("canAct").GetBoolean());
            Assert.Equal("Đại tá Hoàng Văn Nam (Giám đốc Công an tỉnh)", page.GetProperty("actingFor").GetString());
            await CompleteAsync(app, Deputy, id, "Task_DirectorSign");

            var (closedBy, onBehalfOf, audit, mail) = await app.WithScopeAsync(async s =>
            {
                var db = s.GetRequiredService<AwardsDbContext>();
                var step = await db.WorkItems.SingleAsync(w => w.Id == task);
                var entry = await db.AuditEntries.Where(a => a.Action == "CompleteTask.ActedFor" && a.EntityId == task.ToString()).SingleAsync();
                var deputyMail = await db.Outbox.Where(o => o.RecipientEmail == $"{Deputy}@toandan.local" && o.Template == "task-assigned").ToListAsync();
                return (step.ClosedBy, step.ClosedOnBehalfOf, entry, deputyMail);
            });
            Assert.Equal((Deputy, "giamdoc.thanhhoa"), (closedBy, onBehalfOf));
            Assert.Equal(Deputy, audit.UserName);
            Assert.StartsWith("Xử lý thay ", audit.Details);
            Assert.Contains("(giamdoc.thanhhoa) theo ủy quyền từ 02/11/2026 đến 08/11/2026: Nghỉ phép năm", audit.Details);
            var toDeputy = Assert.Single(mail, m => m.ModelJson.Contains(task.ToString()));
            Assert.Contains("\"substitutionUntil\":\"08/11/2026\"", toDeputy.ModelJson);
            Assert.Contains("\"onBehalfOf\":", toDeputy.ModelJson);
        }
        finally
        {
            await (await app.ClientForAsync("giamdoc.thanhhoa")).DeleteAsync($"/api/me/substitutions/{substitution}");
        }
    }

    [Fact]
    public async Task Once_ended_the_substitution_no_longer_offers_the_directors_steps()
    {
        await AddAccountAsync(app, Deputy, "Đại tá Lê Văn Bình (Phó Giám đốc)", "council", "TH");
        var named = await NameAsync("giamdoc.thanhhoa", Deputy, Today, Today.AddDays(2));
        var substitution = (await named.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var ended = await (await app.ClientForAsync("giamdoc.thanhhoa")).DeleteAsync($"/api/me/substitutions/{substitution}");
        var again = await (await app.ClientForAsync("giamdoc.thanhhoa")).DeleteAsync($"/api/me/substitutions/{substitution}");
        var byDeputy = await (await app.ClientForAsync(Deputy)).DeleteAsync($"/api/me/substitutions/{substitution}");

        var id = await SubmitAsync(app);
        await ToDirectorSignAsync(app, id);

        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byDeputy.StatusCode);
        Assert.Null(await FindTaskAsync(app, Deputy, id, "Task_DirectorSign"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientForAsync(Deputy)).GetAsync($"/api/nominations/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_deputy_outside_the_unit_oneself_an_overlapping_period_or_a_clerk_naming_one_are_refused()
    {
        await AddAccountAsync(app, Deputy, "Đại tá Lê Văn Bình (Phó Giám đốc)", "council", "TH");
        var self = await NameAsync("giamdoc.thanhhoa", "giamdoc.thanhhoa", Today, Today.AddDays(1));
        var outside = await NameAsync("giamdoc.thanhhoa", "congan.dongtien", Today, Today.AddDays(1));
        var backwards = await NameAsync("giamdoc.thanhhoa", Deputy, Today.AddDays(3), Today);
        var past = await NameAsync("giamdoc.thanhhoa", Deputy, Today.AddDays(-5), Today.AddDays(-1));
        var clerk = await NameAsync("thidua.dongtien", "congan.dongtien", Today, Today.AddDays(1));
        var first = await NameAsync("giamdoc.thanhhoa", Deputy, Today.AddDays(10), Today.AddDays(12));
        var overlapping = await NameAsync("giamdoc.thanhhoa", Deputy, Today.AddDays(12), Today.AddDays(14));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Equal("Không thể tự ủy quyền cho chính mình: hãy chọn một người khác.", await DetailAsync(self));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Contains("người được ủy quyền phải cùng đơn vị", await DetailAsync(outside));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        Assert.Contains($"Anh/chị đã ủy quyền cho {Deputy} từ 12/11/2026 đến 14/11/2026", await DetailAsync(overlapping));

        var list = await (await app.ClientForAsync("giamdoc.thanhhoa")).GetFromJsonAsync<JsonElement>("/api/me/substitutions");
        var given = Assert.Single(list.GetProperty("given").EnumerateArray());
        Assert.Equal(("12/11/2026 – 14/11/2026", false), (given.GetProperty("period").GetString(), given.GetProperty("isActiveToday").GetBoolean()));
        var held = await (await app.ClientForAsync(Deputy)).GetFromJsonAsync<JsonElement>("/api/me/substitutions");
        Assert.Equal("giamdoc.thanhhoa", Assert.Single(held.GetProperty("held").EnumerateArray()).GetProperty("principal").GetString());
        await (await app.ClientForAsync("giamdoc.thanhhoa")).DeleteAsync($"/api/me/substitutions/{given.GetProperty("id").GetInt32()}");
    }
}
