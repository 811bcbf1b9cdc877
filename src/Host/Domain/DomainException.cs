namespace ToanDan.Awards.Host.Domain;

/// <summary>A business rule refused an action; the message is for the person who tried it (Vietnamese).</summary>
public class DomainException(string message, string code = "rule-violated") : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>Someone else changed the same thing first (a second click, two approvers at once).</summary>
public sealed class ConflictException(string message) : DomainException(message, "conflict");

/// <summary>The thing exists, but what was asked does not apply to it as it stands (a paper a round of its kind never has, a list not drawn up yet).</summary>
public sealed class NotApplicableException(string message) : DomainException(message, "not-applicable");

/// <summary>
/// A refusal that tells the caller something about data they may not read (the once-per-person rule): written to the
/// audit trail although the command changed nothing, so that probing for other units' nominees leaves a trace.
/// </summary>
public sealed class AuditedRefusalException(string message, string code = "rule-violated") : DomainException(message, code)
{
    /// <summary>Appended to the command's audit action: <c>CreateNomination.Command.Refused</c>.</summary>
    public const string AuditSuffix = ".Refused";
}

/// <summary>The thing does not exist, or the caller may not know it exists.</summary>
public sealed class NotFoundException(string message = "Không tìm thấy.") : DomainException(message, "not-found");

/// <summary>The caller is known but may not do this.</summary>
public sealed class ForbiddenException(string message = ForbiddenException.Default) : DomainException(message, "forbidden")
{
    public const string Default = "Anh/chị không có quyền thực hiện thao tác này.";
}

/// <summary>A rule refused the action for several reasons at once, each listed so the person can fix them all.</summary>
public sealed class DomainErrorsException(string message, IReadOnlyList<object> errors, string code = "rule-violated")
    : DomainException(message, code)
{
    public IReadOnlyList<object> Errors { get; } = errors;
}
