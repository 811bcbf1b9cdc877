namespace ToanDan.Awards.Host.Pages.Shared;

/// <summary>Where a paged list stands; the pager links keep the list's other query parameters (filters, sorting).</summary>
public sealed record Pager(int Page, int PageSize, int Total, string Parameter = "trang")
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>A page number from the query string, 1 when missing or out of range.</summary>
    public static int Read(string? value) => int.TryParse(value, out var page) && page is >= 1 and <= 100_000 ? page : 1;
}
