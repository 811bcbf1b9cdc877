using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Tasks;

public class TaskAccessTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task The_inbox_lists_the_callers_open_tasks_nearest_deadline_first()
    {
        var older = await SubmitInRoundAsync(app, GiayKhen);
        app.Clock.Advance(TimeSpan.FromHours(1));
        var newer = await SubmitInRoundAsync(app, KyNiemChuong, "TH-DONGTIEN-CCB");

        var tasks = await InboxAsync(await app.ClientForAsync("congan.dongtien"));

        var mine = tasks.Where(t => t.GetProperty("nominationId").GetInt32() is var n && (n == older || n == newer))
            .ToDictionary(t => t.GetProperty("nominationId").GetInt32());
        Assert.Equal(2, mine.Count);
        var first = mine[older];
        Assert.Equal("Task_CommuneReview", first.GetProperty("stepId").GetString());
        Assert.Equal("Công an xã thẩm định", first.GetProperty("stepName").GetString());
        Assert.Equal("Xã Đông Tiến", first.GetProperty("unitName").GetString());
        Assert.Equal("Giấy khen của Giám đốc Công an tỉnh", first.GetProperty("awardType").GetString());
        Assert.Equal(3, first.GetProperty("nomineeCount").GetInt32());
        Assert.True(first.GetProperty("dueAt").GetDateTimeOffset() > first.GetProperty("openedAt").GetDateTimeOffset());
        Assert.Equal("Hội Cựu chiến binh xã Đông Tiến", mine[newer].GetProperty("unitName").GetString());
        // Tasks without a deadline come last.
        var due = tasks.Select(t => t.GetProperty("dueAt") is { ValueKind: JsonValueKind.String } d ? d.GetDateTimeOffset() : DateTimeOffset.MaxValue).ToList();
        Assert.Equal(due.Order(), due);
    }

    [Fact]
    public async Task Tasks_of_another_commune_are_not_in_the_inbox_and_cannot_be_completed()
    {
        var id = await SubmitInRoundAsync(app, GiayKhen);
        var taskId = await TaskIdAsync(app, "congan.dongtien", id, "Task_CommuneReview");

        Assert.Null(await FindTaskAsync(app, "congan.hacthanh", id, "Task_CommuneReview"));
        var response = await PostCompleteAsync(app, "congan.hacthanh", taskId, "approve");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_units_clerk_sees_the_dossier_but_cannot_complete_the_reviewers_task()
    {
        var id = await SubmitInRoundAsync(app, GiayKhen);
        var taskId = await TaskIdAsync(app, "congan.dongtien", id, "Task_CommuneReview");

        var response = await PostCompleteAsync(app, "thidua.dongtien", taskId, "approve");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("không được giao cho anh/chị", await response.Content.ReadAsStringAsync());
        Assert.NotNull(await FindTaskAsync(app, "congan.dongtien", id, "Task_CommuneReview"));
    }

    [Theory]
    [InlineData("pv05.thanhhoa")]
    [InlineData("thidua.hacthanh")]
    [InlineData("admin")]
    public async Task Others_cannot_complete_a_commune_review(string userName)
    {
        var id = await SubmitInRoundAsync(app, GiayKhen);
        var taskId = await TaskIdAsync(app, "congan.dongtien", id, "Task_CommuneReview");

        var response = await PostCompleteAsync(app, userName, taskId, "approve");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.NotNull(await FindTaskAsync(app, "congan.dongtien", id, "Task_CommuneReview"));
    }

    [Fact]
    public async Task A_reviewer_who_saw_the_dossier_earlier_gets_403_on_a_step_not_routed_to_them()
    {
        var id = await SubmitInRoundAsync(app, GiayKhen);
        await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReview");
        await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05Review");
        var councilTask = await TaskIdAsync(app, "hoidong.thanhhoa", id, "Task_CouncilVote");

        var response = await PostCompleteAsync(app, "pv05.thanhhoa", councilTask, "approve");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_task_is_not_found_and_no_token_is_401()
    {
        var unknown = await PostCompleteAsync(app, "congan.dongtien", Guid.NewGuid(), "approve");
        var anonymous = await app.CreateClient().GetAsync("/api/tasks");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    /// <summary>
    /// Why a double completion is safe on SQLite: EF's BeginTransaction on Microsoft.Data.Sqlite issues BEGIN IMMEDIATE,
    /// so a command takes the write lock before its handler reads, and a second command waits for the first to commit.
    /// </summary>
    [Fact]
    public async Task A_command_transaction_takes_the_sqlite_write_lock_when_it_begins()
    {
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();

            await using var other = new SqliteConnection($"Data Source={app.DatabaseFile};Default Timeout=1");
            await other.OpenAsync();
            var read = other.CreateCommand();
            read.CommandText = "SELECT COUNT(*) FROM \"Units\"";
            Assert.True((long)(await read.ExecuteScalarAsync())! > 0);
            var write = other.CreateCommand();
            write.CommandText = "BEGIN IMMEDIATE";
            var busy = await Assert.ThrowsAsync<SqliteException>(() => write.ExecuteNonQueryAsync());
            Assert.Equal(5, busy.SqliteErrorCode); // SQLITE_BUSY
            return 0;
        });
    }
}
