using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Tests.Features.Nominations;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Infrastructure;

public class AuditPrivacyTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task Citizen_ids_and_dates_of_birth_are_masked_in_the_audit_trail()
    {
        var citizenId = Dossiers.NewCitizenId();
        var clerk = await app.ClientForAsync("thidua.dongtien");

        await Dossiers.CreateAsync(clerk, Dossiers.GiayKhen, Dossiers.Individual("Phạm Văn Kiên", citizenId, "1968-03-21"));

        var details = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AuditEntries
            .Where(a => a.Action == "CreateNomination.Command" && a.Details!.Contains("Phạm Văn Kiên")).Select(a => a.Details!).SingleAsync());
        Assert.Contains("Phạm Văn Kiên", details);
        Assert.DoesNotContain(citizenId, details);
        Assert.Contains($"\"*********{citizenId[^3..]}\"", details);
        Assert.DoesNotContain("1968", details);
        Assert.Contains("**/**/****", details);
    }

    [Fact]
    public async Task An_id_typed_into_a_comment_is_masked_too()
    {
        var id = await SubmitAsync(app);

        await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified", "approve", "Đã đối chiếu căn cước 038170123456 của ông Hùng");

        var details = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AuditEntries
            .Where(a => a.Action == "CompleteTask.Command" && a.UserName == "congan.dongtien").Select(a => a.Details!).ToListAsync());
        Assert.Contains(details, d => d.Contains("căn cước *********456 của ông Hùng"));
        Assert.DoesNotContain(details, d => d.Contains("038170123456"));
    }

    [Fact]
    public async Task A_too_long_comment_is_refused_in_vietnamese_and_nothing_is_written()
    {
        var id = await SubmitAsync(app);
        var task = await TaskIdAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");

        var response = await PostCompleteAsync(app, "congan.dongtien", task, "return", new string('x', TextLimits.Reason + 1));

        var problem = await Dossiers.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Ý kiến xử lý dài tối đa 2.000 ký tự.", problem.GetProperty("errors").GetProperty("comment")[0].GetString());
        Assert.NotNull(await FindTaskAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified"));
        Assert.False(await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AuditEntries.AnyAsync(a => a.EntityId == task.ToString())));
    }

    [Fact]
    public async Task A_too_long_achievement_report_is_refused_and_no_dossier_is_made()
    {
        var clerk = await app.ClientForAsync("thidua.hacthanh");
        var nominee = new
        {
            kind = "individual", name = "Trần Thị Dài", achievements = new string('a', TextLimits.Report + 1), dateOfBirth = "1980-01-01", sex = "female",
            position = new string('p', TextLimits.Line + 1), citizenId = Dossiers.NewCitizenId(),
        };

        var response = await clerk.PostAsJsonAsync("/api/nominations", Dossiers.Body(Dossiers.GiayKhen, nominee));

        var problem = await Dossiers.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("Tóm tắt thành tích dài tối đa 10.000 ký tự.", problem.GetProperty("detail").GetString());
        Assert.Contains("Chức vụ dài tối đa 256 ký tự.", problem.GetProperty("detail").GetString());
        Assert.False(await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Nominees.AnyAsync(n => n.Name == "Trần Thị Dài")));
    }

    [Fact]
    public async Task A_too_long_revocation_reason_is_refused()
    {
        var admin = await app.ClientForAsync("admin");
        var decision = (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/decisions")).EnumerateArray().First().GetProperty("id").GetInt32();

        var response = await admin.PostAsJsonAsync($"/api/decisions/{decision}/revoke", new { reason = new string('r', TextLimits.Reason + 1) });

        var problem = await Dossiers.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Lý do thu hồi dài tối đa 2.000 ký tự.", problem.GetProperty("errors").GetProperty("reason")[0].GetString());
    }
}
