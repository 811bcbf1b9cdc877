namespace ToanDan.Awards.Host.Domain;

/// <summary>One line of the append-only audit trail: who did what, when, from where.</summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, string? userName, string action, string entityType, string? entityId, string? details, string? ipAddress)
    {
        (At, UserName, Action, EntityType, EntityId, Details, IpAddress) = (at, userName, action, entityType, entityId, details, ipAddress);
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? UserName { get; private set; }
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string? EntityId { get; private set; }
    public string? Details { get; private set; }
    public string? IpAddress { get; private set; }
}
