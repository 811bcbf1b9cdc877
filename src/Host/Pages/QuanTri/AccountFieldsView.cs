using Microsoft.AspNetCore.Mvc.ModelBinding;
using ToanDan.Awards.Host.Features.Admin;

namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>What the account forms share: name, e-mail, unit and roles, with the errors next to each.</summary>
public sealed class AccountInput
{
    public string? UserName { get; set; }
    public string? FullName { get; set; }
    public string? Email { get; set; }
    public int? UnitId { get; set; }
    public List<string> Roles { get; set; } = [];
    public string? Password { get; set; }
}

public sealed record AccountFieldsView(AccountInput Input, IReadOnlyList<ListUnitChoices.Choice> Units, ModelStateDictionary ModelState)
{
    public string? Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
