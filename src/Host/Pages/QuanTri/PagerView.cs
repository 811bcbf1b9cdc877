using Microsoft.AspNetCore.WebUtilities;

namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>The pager under a list: the links keep the filters and change the page ("trang").</summary>
public sealed record PagerView(string Path, int Page, int PageCount, int Total, IReadOnlyDictionary<string, string?> Filters)
{
    public string Href(int page) =>
        QueryHelpers.AddQueryString(Path, Filters.Where(f => !string.IsNullOrEmpty(f.Value)).Append(new("trang", page.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
