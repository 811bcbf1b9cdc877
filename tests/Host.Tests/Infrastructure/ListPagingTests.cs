using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ToanDan.Awards.Host.Tests.Infrastructure;

/// <summary>Every paged list of the API refuses a page out of range with the one paging rule's sentences, each with its own maximum.</summary>
public class ListPagingTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Theory]
    [InlineData("/api/outbox?page=0", "page", "Số trang phải từ 1 trở lên.")]
    [InlineData("/api/outbox?pageSize=201", "pageSize", "Số dòng mỗi trang phải từ 1 đến 200.")]
    [InlineData("/api/decisions?page=-1", "page", "Số trang phải từ 1 trở lên.")]
    [InlineData("/api/decisions?pageSize=0", "pageSize", "Số dòng mỗi trang phải từ 1 đến 200.")]
    [InlineData("/api/nominations?page=0", "page", "Số trang phải từ 1 trở lên.")]
    [InlineData("/api/nominations?pageSize=101", "pageSize", "Số dòng mỗi trang phải từ 1 đến 100.")]
    public async Task A_page_out_of_range_is_refused_with_the_one_paging_sentence(string address, string field, string message)
    {
        using var response = await (await app.ClientForAsync("admin")).GetAsync(address);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Theory]
    [InlineData("/api/outbox?pageSize=200")]
    [InlineData("/api/decisions?pageSize=200")]
    [InlineData("/api/nominations?pageSize=100")]
    public async Task The_largest_page_a_list_allows_is_served(string address)
    {
        using var response = await (await app.ClientForAsync("admin")).GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
