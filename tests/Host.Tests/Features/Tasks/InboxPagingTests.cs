using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Tasks;

/// <summary>The API inbox (<c>GET /api/tasks</c>) by pages: boundaries, a stable order, the total and the next page, bad values.</summary>
public class InboxPagingTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private const string Approver = "congan.dongtien";

    [Fact]
    public async Task Pages_list_every_task_once_in_one_order_even_when_deadlines_are_equal()
    {
        var ids = await SubmitSameDeadlineAsync(7);
        var client = await app.ClientForAsync(Approver);
        var all = Ids(await client.GetFromJsonAsync<JsonElement>("/api/tasks?pageSize=200"));

        var paged = new List<Guid>();
        for (var page = 1; page <= (all.Count + 2) / 3; page++)
            paged.AddRange(Ids(await client.GetFromJsonAsync<JsonElement>($"/api/tasks?page={page}&pageSize=3")));

        Assert.Equal(all, paged);
        Assert.Equal(paged.Count, paged.Distinct().Count());
        var ours = await OpenTaskIdsAsync(ids);
        Assert.Equal(7, ours.Count);
        Assert.Equal(ours.Count, all.Count(ours.Contains));
        // Asked again, the equal deadlines come in the same order (the id breaks the tie).
        Assert.Equal(all, Ids(await client.GetFromJsonAsync<JsonElement>("/api/tasks?pageSize=200")));
    }

    [Fact]
    public async Task Every_page_says_the_total_and_links_the_next_page_until_the_last()
    {
        await SubmitSameDeadlineAsync(4);
        var client = await app.ClientForAsync(Approver);
        var total = int.Parse(Header(await client.GetAsync("/api/tasks?pageSize=200"), "X-Total-Count")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total >= 4);

        using var first = await client.GetAsync("/api/tasks?page=1&pageSize=2");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(first, "X-Total-Count"));
        Assert.Equal(2, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        Assert.Equal("</api/tasks?page=2&pageSize=2>; rel=\"next\"", Header(first, "Link"));

        var lastPage = (total + 1) / 2;
        using var last = await client.GetAsync($"/api/tasks?page={lastPage}&pageSize=2");
        Assert.Equal(total - (lastPage - 1) * 2, (await last.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        Assert.Null(Header(last, "Link"));

        using var beyond = await client.GetAsync($"/api/tasks?page={lastPage + 1}&pageSize=2");
        Assert.Equal(HttpStatusCode.OK, beyond.StatusCode);
        Assert.Equal(0, (await beyond.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(beyond, "X-Total-Count"));

        using var whole = await client.GetAsync("/api/tasks?pageSize=200");
        Assert.Equal(total, (await whole.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
    }

    [Fact]
    public async Task An_inbox_without_tasks_is_an_empty_first_page_with_a_total_of_zero()
    {
        using var response = await (await app.ClientForAsync("admin")).GetAsync("/api/tasks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("0", Header(response, "X-Total-Count"));
        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        Assert.Null(Header(response, "Link"));
    }

    [Theory]
    [InlineData("page=0", "page", "Số trang phải từ 1 trở lên.")]
    [InlineData("page=-3&pageSize=10", "page", "Số trang phải từ 1 trở lên.")]
    [InlineData("pageSize=0", "pageSize", "Số dòng mỗi trang phải từ 1 đến 200.")]
    [InlineData("pageSize=201", "pageSize", "Số dòng mỗi trang phải từ 1 đến 200.")]
    public async Task A_page_out_of_range_is_refused_with_what_to_ask(string query, string field, string message)
    {
        using var response = await (await app.ClientForAsync(Approver)).GetAsync("/api/tasks?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(message, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_page_that_is_not_a_number_is_refused_as_a_problem()
    {
        using var response = await (await app.ClientForAsync(Approver)).GetAsync("/api/tasks?page=hai");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Yêu cầu không đọc được: hãy kiểm tra dữ liệu gửi lên.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    /// <summary>Dossiers submitted to the commune's police whose open tasks all fall due at the same instant.</summary>
    private async Task<List<int>> SubmitSameDeadlineAsync(int count)
    {
        var ids = new List<int>();
        for (var i = 0; i < count; i++) ids.Add(await SubmitAsync(app, GiayKhen));
        var due = app.Clock.GetUtcNow().AddDays(5);
        await app.WithScopeAsync(async services =>
            await services.GetRequiredService<AwardsDbContext>().WorkItems.Where(w => ids.Contains(w.NominationId) && w.ClosedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.DueAt, due)));
        return ids;
    }

    private Task<HashSet<Guid>> OpenTaskIdsAsync(List<int> ids) =>
        app.WithScopeAsync(async services => (await services.GetRequiredService<AwardsDbContext>().WorkItems
            .Where(w => ids.Contains(w.NominationId) && w.ClosedAt == null).Select(w => w.Id).ToListAsync()).ToHashSet());

    private static List<Guid> Ids(JsonElement tasks) => [.. tasks.EnumerateArray().Select(t => t.GetProperty("id").GetGuid())];

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
