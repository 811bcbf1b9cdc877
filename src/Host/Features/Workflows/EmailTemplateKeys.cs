using ToanDan.Awards.Host.Email;

namespace ToanDan.Awards.Host.Features.Workflows;

/// <summary>The e-mail templates a send task may name (<c>award:template</c>), offered by the designer with their purpose.</summary>
public static class EmailTemplateKeys
{
    public static readonly IReadOnlyList<(string Key, string Name)> All =
        [.. DefaultEmailTemplates.ForSendTasks.Select(k => (k, DefaultEmailTemplates.Purpose(k)))];
}
