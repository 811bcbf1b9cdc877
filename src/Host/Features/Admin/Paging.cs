namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>One page of a list and how many there are in all.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
