namespace ToanDan.Awards.Host.Domain;

/// <summary>
/// An approver names a deputy for a period (leave, a mission): the tasks offered to the approver in that period are
/// offered to the deputy as well, who acts for them; the audit trail and the e-mails say so.
/// </summary>
public sealed class Substitution
{
    private Substitution() { }

    private Substitution(string principal, string deputy, DateOnly from, DateOnly to, string reason, DateTimeOffset createdAt)
    {
        (Principal, Deputy, From, To, Reason, CreatedAt) = (principal, deputy, from, to, reason, createdAt);
    }

    public int Id { get; private set; }

    /// <summary>The approver who is away (a user name).</summary>
    public string Principal { get; private set; } = "";

    /// <summary>Who acts for them (a user name).</summary>
    public string Deputy { get; private set; } = "";

    /// <summary>First and last day of the period, both included (Vietnam's calendar days).</summary>
    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public string Reason { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set when the approver ended the substitution before its last day.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    public static Substitution Name(string principal, string deputy, DateOnly from, DateOnly to, string reason, DateOnly today, DateTimeOffset now)
    {
        if (string.Equals(principal, deputy, StringComparison.OrdinalIgnoreCase))
            throw new DomainException("Không thể tự ủy quyền cho chính mình: hãy chọn một người khác.", "deputy");
        if (to < from) throw new DomainException(Periods.EndsBeforeStart, "to");
        if (to < today) throw new DomainException("Thời gian ủy quyền đã qua: ngày kết thúc phải từ hôm nay trở đi.", "to");
        return new Substitution(principal, deputy, from, to, reason.Trim(), now);
    }

    public bool IsActiveOn(DateOnly day) => EndedAt is null && From <= day && day <= To;

    public void End(DateTimeOffset at)
    {
        if (EndedAt is not null) throw new ConflictException("Việc ủy quyền này đã kết thúc trước đó.");
        EndedAt = at;
    }
}
