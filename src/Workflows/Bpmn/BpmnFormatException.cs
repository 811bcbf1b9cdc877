namespace ToanDan.Awards.Workflows.Bpmn;

/// <summary>
/// A file that cannot be read as a BPMN 2.0 workflow at all: not XML, a DTD, too large, not BPMN, no single process,
/// missing or duplicate ids. The message is in Vietnamese, for an administrator.
/// </summary>
public sealed class BpmnFormatException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public BpmnFormatException() : this("Tệp BPMN không hợp lệ.") { }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, in Vietnamese.</param>
    public BpmnFormatException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, in Vietnamese.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    public BpmnFormatException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with the place in the file.</summary>
    /// <param name="message">What is wrong, in Vietnamese, already naming the place.</param>
    /// <param name="lineNumber">The 1-based line, or null when unknown.</param>
    /// <param name="linePosition">The 1-based column, or null when unknown.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    public BpmnFormatException(string message, int? lineNumber, int? linePosition, Exception? innerException = null)
        : base(message, innerException)
    {
        LineNumber = lineNumber;
        LinePosition = linePosition;
    }

    /// <summary>The 1-based line where the problem is, or null when unknown.</summary>
    public int? LineNumber { get; }

    /// <summary>The 1-based column where the problem is, or null when unknown.</summary>
    public int? LinePosition { get; }

    /// <summary>
    /// When the file holds several processes and the reader cannot tell which one to import: every process, so that the
    /// administrator can choose one (then read it with <see cref="BpmnReader.Read(string, string?)"/>). Empty otherwise.
    /// </summary>
    public IReadOnlyList<BpmnProcessChoice> Processes { get; init; } = [];
}

/// <summary>A process of a BPMN file, as offered to an administrator who must choose which one to import.</summary>
/// <param name="Id">The process id.</param>
/// <param name="Name">Its name, or null.</param>
/// <param name="IsExecutable">Whether the file marks it <c>isExecutable="true"</c>.</param>
public sealed record BpmnProcessChoice(string Id, string? Name, bool IsExecutable);
