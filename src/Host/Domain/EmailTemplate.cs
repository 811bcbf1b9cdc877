namespace ToanDan.Awards.Host.Domain;

/// <summary>
/// A Handlebars e-mail template an administrator may edit: subject, HTML body and plain-text body. The defaults ship
/// with the application and are copied into the database when missing.
/// </summary>
public sealed class EmailTemplate
{
    private EmailTemplate() { }

    public EmailTemplate(string key, string subject, string htmlBody, string textBody, string updatedBy, DateTimeOffset updatedAt)
    {
        Key = key;
        Change(subject, htmlBody, textBody, updatedBy, updatedAt);
    }

    public int Id { get; private set; }

    /// <summary>The name workflows and the notifier use (<c>task-assigned</c>, <c>award:template</c> of a send task).</summary>
    public string Key { get; private set; } = "";

    public string Subject { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public void Change(string subject, string htmlBody, string textBody, string updatedBy, DateTimeOffset updatedAt) =>
        (Subject, HtmlBody, TextBody, UpdatedBy, UpdatedAt) = (subject, htmlBody, textBody, updatedBy, updatedAt);
}
