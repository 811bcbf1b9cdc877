namespace ToanDan.Awards.Host.Email;

/// <summary>How long to wait before the next attempt: 30 s, 1 min, 2 min, 4 min … never more than an hour.</summary>
public static class OutboxBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Cap = TimeSpan.FromHours(1);

    /// <param name="failedAttempts">Attempts made so far, all failed (at least 1).</param>
    public static TimeSpan After(int failedAttempts)
    {
        var doublings = Math.Clamp(failedAttempts - 1, 0, 20);
        var delay = First * Math.Pow(2, doublings);
        return delay < Cap ? delay : Cap;
    }
}
