namespace ToanDan.Awards.Workflows.Definitions;

/// <summary>
/// The outcomes of a user task that the default workflows offer and a host gives meaning to. A diagram may name
/// others; outcomes compare without regard to case or surrounding spaces (<see cref="UserTask.Offered"/>).
/// </summary>
public static class Outcomes
{
    /// <summary>Agree and pass the dossier on.</summary>
    public const string Approve = "approve";

    /// <summary>Refuse, with a reason.</summary>
    public const string Reject = "reject";

    /// <summary>Send the dossier back to be supplemented, with a reason.</summary>
    public const string Return = "return";

    /// <summary>The nominating unit sends a returned dossier back, mended.</summary>
    public const string Resubmit = "resubmit";

    /// <summary>The nominating unit takes its dossier back.</summary>
    public const string Withdraw = "withdraw";

    /// <summary>How two outcomes compare.</summary>
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>Whether <paramref name="chosen"/> (as a person sent it) names <paramref name="outcome"/>.</summary>
    public static bool Same(string? chosen, string outcome) => Comparer.Equals(chosen?.Trim(), outcome);
}

/// <summary>The business results of end events (<c>award:result</c>) the default workflows end with.</summary>
public static class EndResults
{
    /// <summary>The nominees are to be awarded.</summary>
    public const string Approved = "approved";

    /// <summary>The dossier was refused.</summary>
    public const string Refused = "refused";

    /// <summary>The unit withdrew the dossier.</summary>
    public const string Withdrawn = "withdrawn";
}
