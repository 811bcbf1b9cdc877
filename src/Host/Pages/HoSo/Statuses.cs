using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Pages.HoSo;

/// <summary>Statuses as the dossier pages filter and colour them: the API's names (<c>inReview</c>) are the CSS badge classes.</summary>
public static class Statuses
{
    public static string Key(NominationStatus status) => Camel(status.ToString());

    public static string Camel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);

    public static IEnumerable<(string Key, string Name)> All => Enum.GetValues<NominationStatus>().Select(s => (Key(s), StatusNames.Of(s)));
}
