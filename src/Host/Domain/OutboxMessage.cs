namespace ToanDan.Awards.Host.Domain;

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>
/// A message that leaves the process (an e-mail), written in the same transaction as the step that causes it and
/// sent later by a worker, so that it is never lost and never sent twice for one event.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    public OutboxMessage(string eventKey, string template, string recipientEmail, string? recipientName, string modelJson, DateTimeOffset createdAt)
    {
        (EventKey, Template, RecipientEmail, RecipientName, ModelJson, CreatedAt, NextAttemptAt) =
            (eventKey, template, recipientEmail, recipientName, modelJson, createdAt, createdAt);
    }

    public long Id { get; private set; }

    /// <summary>What caused it and for whom (unique): the same event never produces the same message twice.</summary>
    public string EventKey { get; private set; } = "";

    public string Template { get; private set; } = "";
    public string RecipientEmail { get; private set; } = "";
    public string? RecipientName { get; private set; }
    public string ModelJson { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }

    public void MarkSent(DateTimeOffset at) => (Status, SentAt, LastError, Attempts) = (OutboxStatus.Sent, at, null, Attempts + 1);

    public void MarkFailedAttempt(string error, DateTimeOffset retryAt) =>
        (LastError, NextAttemptAt, Attempts) = (error, retryAt, Attempts + 1);

    public void MarkFailedForGood(string error) => (Status, LastError, Attempts) = (OutboxStatus.Failed, error, Attempts + 1);

    /// <summary>An administrator sends it again: a failed message goes back to pending, a pending one is tried now.</summary>
    public void Retry(DateTimeOffset at)
    {
        if (Status == OutboxStatus.Sent)
            throw new DomainException("Thư này đã được gửi đi; không gửi lại để người nhận không nhận trùng thư.", "outbox-sent");
        (Status, NextAttemptAt) = (OutboxStatus.Pending, at);
    }
}
