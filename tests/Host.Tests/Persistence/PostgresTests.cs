using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Tests.Features.Nominations;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Persistence;

/// <summary>The same application on a real PostgreSQL server: its migrations, the path to a decision, and its concurrency.</summary>
public sealed class PostgresTests(PostgresTests.PostgresApp app) : IClassFixture<PostgresTests.PostgresApp>
{
    [Fact]
    public async Task A_dossier_goes_from_submission_to_a_numbered_decision()
    {
        var id = await SubmitAsync(app, GiayKhen);

        await ToDirectorSignAsync(app, id);
        var signed = await CompleteAsync(app, "giamdoc.thanhhoa", id, "Task_DirectorSign");

        Assert.Equal("approved", signed.GetProperty("status").GetString());
        Assert.Matches(@"^\d+/QĐ-CAT$", (await DecisionOfAsync(app, id))!.FullNumber);
    }

    [Fact]
    public async Task A_rounds_dossiers_wait_and_are_decided_in_one_numbered_decision()
    {
        var round = await TestRounds.NewAsync(app, GiayKhen);
        var first = await SubmitAsync(app, GiayKhen, roundId: round);
        var second = await SubmitAsync(app, GiayKhen, "TH-HACTHANH", roundId: round);
        await ThroughRoundReviewAsync(app, first);
        await ThroughRoundReviewAsync(app, second, "congan.hacthanh");

        await TestRounds.DecideAsync(app, round);

        var decision = (await DecisionOfAsync(app, first))!;
        Assert.Matches(@"^\d+/QĐ-CAT$", decision.FullNumber);
        Assert.Equal(6, decision.Awardees.Count);
        Assert.Equal(decision.Id, (await DecisionOfAsync(app, second))!.Id);
    }

    [Fact]
    public async Task Two_approvers_at_once_advance_the_dossier_exactly_once()
    {
        var id = await SubmitAsync(app, GiayKhen);
        var taskId = await TaskIdAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");

        var responses = await Task.WhenAll(
            PostCompleteAsync(app, "congan.dongtien", taskId, "approve"),
            PostCompleteAsync(app, "congan.dongtien", taskId, "approve"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var client = await app.ClientForAsync("pv05.thanhhoa");
        var dossier = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/nominations/{id}");
        Assert.Single(dossier.GetProperty("openSteps").EnumerateArray());
        Assert.Single(dossier.GetProperty("history").EnumerateArray(), h => h.GetProperty("kind").GetString() == "taskCompleted");
    }

    [Fact]
    public async Task Decisions_signed_at_the_same_moment_get_consecutive_numbers()
    {
        var first = await SubmitAsync(app, BangKhen);
        var second = await SubmitAsync(app, BangKhen);
        foreach (var id in new[] { first, second })
        {
            await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");
            await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05ReviewSimplified");
            await CompleteAsync(app, "giamdoc.thanhhoa", id, "Task_DirectorPropose");
            await CompleteAsync(app, "noivu.thanhhoa", id, "Task_HomeAffairsAppraisal");
        }
        var tasks = await Task.WhenAll(TaskIdAsync(app, "ubnd.thanhhoa", first, "Task_ChairmanSign"), TaskIdAsync(app, "ubnd.thanhhoa", second, "Task_ChairmanSign"));

        var responses = await Task.WhenAll(tasks.Select(t => PostCompleteAsync(app, "ubnd.thanhhoa", t, "approve")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var numbers = new[] { (await DecisionOfAsync(app, first))!.Number, (await DecisionOfAsync(app, second))!.Number }.Order().ToArray();
        Assert.Equal(numbers[0] + 1, numbers[1]);
    }

    [Fact]
    public async Task Clerks_naming_the_same_person_for_the_medal_at_the_same_moment_make_one_dossier()
    {
        var citizenId = Dossiers.NewCitizenId();
        string[] clerks = ["thidua.dongtien", "thidua.ccb-dongtien", "thidua.dongtien", "thidua.ccb-dongtien"];
        var clients = await Task.WhenAll(clerks.Select(app.ClientForAsync));

        var responses = await Task.WhenAll(clients.Select(client => client.PostAsJsonAsync("/api/nominations",
            Dossiers.Body(Dossiers.Medal, Dossiers.Individual("Trần Văn Bình", citizenId)))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            Assert.Contains("mỗi người chỉ được đề nghị một lần", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_backup_asked_of_the_application_on_postgresql_is_answered_with_pg_dump()
    {
        var admin = await app.ClientForAsync("admin");

        var made = await admin.PostAsync("/api/admin/backups", null);
        var listed = await admin.GetAsync("/api/admin/backups");

        foreach (var response in new[] { made, listed })
        {
            var problem = await Dossiers.ProblemAsync(response, HttpStatusCode.Conflict);
            Assert.Equal(ToanDan.Awards.Host.Infrastructure.Backup.BackupArchive.UsePgDump, problem.GetProperty("detail").GetString());
            Assert.Contains("pg_dump", problem.GetProperty("detail").GetString());
        }
    }

    /// <summary>The application on its own PostgreSQL cluster.</summary>
    [Fact]
    public async Task Each_award_types_certificate_layout_is_saved_and_restored()
    {
        var admin = await app.ClientForAsync("admin");
        var awardTypes = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/award-types");
        var ids = awardTypes.EnumerateArray().ToDictionary(a => a.GetProperty("code").GetString()!, a => a.GetProperty("id").GetInt32());
        string Path(string code) => $"/api/admin/award-types/{ids[code]}/certificate-layout";
        var layout = await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>(Path("KNC-BVANTQ"));
        var moved = layout!["layout"]!.DeepClone();
        moved["name"]!["x"] = 25.5;
        var giayKhen = await admin.GetStringAsync(Path("GK-GDCAT"));

        var saved = await admin.PutAsJsonAsync(Path("KNC-BVANTQ"), moved);
        var afterSave = await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>(Path("KNC-BVANTQ"));
        var giayKhenAfterSave = await admin.GetStringAsync(Path("GK-GDCAT"));
        var reset = await admin.DeleteAsync(Path("KNC-BVANTQ"));
        var afterReset = await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>(Path("KNC-BVANTQ"));

        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal(25.5, (double)afterSave!["layout"]!["name"]!["x"]!);
        Assert.Equal("portrait", (string)afterSave["layout"]!["paper"]!);
        Assert.True((bool)afterSave["saved"]!);
        Assert.Equal(giayKhen, giayKhenAfterSave);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.False((bool)afterReset!["saved"]!);
        Assert.Equal(20, (double)afterReset["layout"]!["name"]!["x"]!);
    }

    [Fact]
    public async Task Units_accounts_and_dossiers_are_found_without_diacritics()
    {
        var admin = await app.ClientForAsync("admin");

        var units = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/admin/units?search=hoi%20cuu%20chien%20binh");
        var accounts = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/admin/accounts?search=NGUYEN%20THI%20MAI");
        var dossiers = await (await app.ClientForAsync("thidua.dongtien")).GetFromJsonAsync<System.Text.Json.JsonElement>("/api/nominations?search=dong%20tien");

        Assert.Equal("Hội Cựu chiến binh xã Đông Tiến", units.GetProperty("units").GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal("thidua.dongtien", Assert.Single(accounts.GetProperty("items").EnumerateArray()).GetProperty("userName").GetString());
        Assert.NotEqual(0, dossiers.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Statistics_are_counted_by_the_database()
    {
        var admin = await app.ClientForAsync("admin");

        var all = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/statistics");
        var none = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/statistics?to=2020-12-31");

        var total = all.GetProperty("total");
        Assert.True(total.GetProperty("dossiers").GetInt32() > 0);
        Assert.True(total.GetProperty("approvedCollectives").GetInt32() + total.GetProperty("approvedIndividuals").GetInt32() > 0);
        Assert.Equal(total.GetProperty("dossiers").GetInt32(), all.GetProperty("byUnit").EnumerateArray().Sum(r => r.GetProperty("tally").GetProperty("dossiers").GetInt32()));
        Assert.NotEmpty(all.GetProperty("steps").EnumerateArray());
        Assert.Equal(0, none.GetProperty("total").GetProperty("dossiers").GetInt32());
    }

    [Fact]
    public Task Postponed_nominees_are_counted_by_the_database_apart_from_the_refused() =>
        Features.Statistics.PostponedStatistics.The_seeded_set_adds_postponed_nominees_apart_from_the_refused(app);

    [Fact]
    public Task A_statement_a_connection_repeats_is_prepared_on_the_server() =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            await db.Database.OpenConnectionAsync();
            try
            {
                for (var i = 0; i < 3; i++) await db.Units.AsNoTracking().Where(u => u.Code == "TH-DONGTIEN").ToListAsync();

                var prepared = await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
                Assert.Contains(prepared, text => text.Contains("FROM \"Units\"", StringComparison.Ordinal));
                return true;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

    [Fact]
    public void A_connection_string_that_sets_its_own_preparation_keeps_it()
    {
        Assert.Contains("Max Auto Prepare=200", HostSetup.WithPreparedStatements("Host=db;Database=awards"));
        Assert.Equal("Host=db;Max Auto Prepare=0", HostSetup.WithPreparedStatements("Host=db;Max Auto Prepare=0"));
        Assert.Equal("Host=db;MaxAutoPrepare=0", HostSetup.WithPreparedStatements("Host=db;MaxAutoPrepare=0"));
    }

    public sealed class PostgresApp : AwardsApp
    {
        private readonly PostgresServer _server = new();

        protected override void ConfigureSettings(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", "postgres");
            builder.UseSetting("ConnectionStrings:Awards", _server.ConnectionString("awards"));
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            Npgsql.NpgsqlConnection.ClearAllPools();
            _server.Dispose();
        }
    }
}
