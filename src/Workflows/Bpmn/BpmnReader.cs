using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Expressions;
using static ToanDan.Awards.Workflows.Bpmn.BpmnNamespaces;

namespace ToanDan.Awards.Workflows.Bpmn;

/// <summary>
/// Reads a BPMN 2.0 file (as drawn with bpmn-js or Camunda Modeler) into a <see cref="WorkflowDefinition"/>.
/// </summary>
/// <remarks>
/// <para>The reader is safe on untrusted input: DTDs (hence XXE and entity expansion) are refused, nothing is resolved
/// or fetched, and a file is limited to <see cref="MaxDocumentCharacters"/> characters.</para>
/// <para>A file that is not a BPMN 2.0 document with one process, or whose ids are missing or repeated, is refused with a
/// <see cref="BpmnFormatException"/>. Anything else is read: what cannot be understood becomes an
/// <see cref="UnsupportedNode"/> or an entry in <see cref="WorkflowDefinition.ImportProblems"/>, and what carries no
/// execution meaning (diagram, lanes, annotations) is kept verbatim so that <see cref="BpmnWriter"/> loses nothing.</para>
/// <para>Our attributes are in the <see cref="BpmnNamespaces.Award"/> namespace. For files made with Camunda Modeler,
/// <c>camunda:candidateGroups</c> (first group) and <c>camunda:dueDate</c> (an ISO 8601 duration) are read as fallbacks;
/// for Camunda 8 files, the <c>candidateGroups</c> of <c>zeebe:assignmentDefinition</c> (a FEEL expression is refused).</para>
/// </remarks>
public static partial class BpmnReader
{
    /// <summary>The largest file read, in characters.</summary>
    public const int MaxDocumentCharacters = 2_000_000;

    /// <summary>The children of a process kept verbatim in <see cref="WorkflowDefinition.ProcessArtifacts"/>.</summary>
    internal static readonly IReadOnlySet<string> ArtifactNames = new HashSet<string>(StringComparer.Ordinal)
    {
        // Before the flow elements, in the order of the BPMN schema.
        "extensionElements", "supportedInterfaceRef", "ioSpecification", "ioBinding", "auditing", "monitoring", "property",
        "laneSet",
        // Among or after them.
        "dataObject", "dataObjectReference", "dataStoreReference", "textAnnotation", "association", "group",
        "resourceRole", "performer", "humanPerformer", "potentialOwner", "correlationSubscription", "supports",
    };

    /// <summary>Reads a BPMN 2.0 file.</summary>
    /// <param name="xml">The file's text.</param>
    /// <returns>The definition of the file's process, with any <see cref="WorkflowDefinition.ImportProblems"/>.</returns>
    /// <exception cref="BpmnFormatException">The text is not one readable BPMN 2.0 process.</exception>
    public static WorkflowDefinition Read(string xml) => Read(xml, processId: null);

    /// <summary>Reads one process of a BPMN 2.0 file that holds several (e.g. a collaboration none of whose processes is
    /// marked executable): the administrator chose it from <see cref="BpmnFormatException.Processes"/>.</summary>
    /// <param name="xml">The file's text.</param>
    /// <param name="processId">The id of the process to read, or null to let the reader choose the executable one.</param>
    /// <returns>The definition of that process, with any <see cref="WorkflowDefinition.ImportProblems"/>.</returns>
    /// <exception cref="BpmnFormatException">The text is not readable BPMN 2.0, or has no process with that id.</exception>
    public static WorkflowDefinition Read(string xml, string? processId)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.Length > MaxDocumentCharacters)
            throw TooLarge(null);
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, Settings());
        return Read(reader, processId);
    }

    /// <summary>Reads a BPMN 2.0 file; the encoding is taken from the file (UTF-8 by default). The stream is left open.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <returns>The definition of the file's process, with any <see cref="WorkflowDefinition.ImportProblems"/>.</returns>
    /// <exception cref="BpmnFormatException">The content is not one readable BPMN 2.0 process.</exception>
    public static WorkflowDefinition Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = XmlReader.Create(stream, Settings());
        return Read(reader, null);
    }

    /// <summary>Whole days, <c>PnD</c>, or working weeks of five days, <c>PnW</c>; negative before an anchor.</summary>
    internal static bool TryParseWorkingDays(string text, out int days)
    {
        days = 0;
        var span = text.AsSpan();
        var negative = span.StartsWith("-");
        if (negative)
            span = span[1..];
        if (span.Length < 3 || char.ToUpperInvariant(span[0]) != 'P')
            return false;
        var perUnit = char.ToUpperInvariant(span[^1]) switch { 'D' => 1, 'W' => 5, _ => 0 };
        if (perUnit == 0 || !int.TryParse(span[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            return false;
        var total = (long)count * perUnit;
        if (total > int.MaxValue)
            return false;
        days = negative ? -(int)total : (int)total;
        return true;
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxDocumentCharacters,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    private static WorkflowDefinition Read(XmlReader reader, string? processId)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw Refused(ex);
        }
        return new Mapper(document.Root!, processId).Map();
    }

    private static BpmnFormatException Refused(XmlException ex)
    {
        // A prohibited DTD is reported without a position.
        int? line = ex.LineNumber > 0 ? ex.LineNumber : null;
        int? column = line is not null && ex.LinePosition > 0 ? ex.LinePosition : null;
        // The reader says why only in its message; the setting names in it are not translated.
        if (ex.Message.Contains(nameof(XmlReaderSettings.DtdProcessing), StringComparison.Ordinal)
            || ex.Message.Contains("DTD", StringComparison.Ordinal))
            return new BpmnFormatException("Tệp BPMN không được chứa khai báo DOCTYPE/DTD.", line, column, ex);
        if (ex.Message.Contains(nameof(XmlReaderSettings.MaxCharactersInDocument), StringComparison.Ordinal))
            return TooLarge(ex);

        var detail = ex.Message;
        var at = detail.IndexOf(" Line ", StringComparison.Ordinal);
        if (at > 0)
            detail = detail[..at];
        return new BpmnFormatException($"Tệp không phải XML hợp lệ: {detail.TrimEnd('.', ' ')}{Place(line, column)}", line, column, ex);
    }

    private static BpmnFormatException TooLarge(Exception? inner) =>
        new($"Tệp BPMN quá lớn: tối đa {MaxDocumentCharacters.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} ký tự.", inner);

    private static string Place(int? line, int? column) =>
        line is null ? "" : column is null ? $" (dòng {line})" : $" (dòng {line}, cột {column})";

    private static BpmnFormatException At(XObject node, string message)
    {
        var info = (IXmlLineInfo)node;
        return info.HasLineInfo()
            ? new BpmnFormatException(message + Place(info.LineNumber, info.LinePosition), info.LineNumber, info.LinePosition)
            : new BpmnFormatException(message);
    }

    /// <summary>The state of one read: the problems found so far.</summary>
    private sealed partial class Mapper(XElement root, string? chosenProcessId)
    {
        private readonly List<ValidationError> _problems = [];
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        public WorkflowDefinition Map()
        {
            if (root.Name != B + "definitions")
            {
                var found = root.Name.Namespace == XNamespace.None || root.Name.LocalName != "definitions"
                    ? root.Name.LocalName
                    : $"{{{root.Name.NamespaceName}}}{root.Name.LocalName}";
                throw At(root, $"Tệp không phải BPMN 2.0: phần tử gốc là '{found}', cần 'definitions' của BPMN 2.0.");
            }

            var process = ChooseProcess(root, chosenProcessId);
            RefuseDuplicateIds(root);
            foreach (var element in root.Descendants())
                if (element.Name.Namespace == B && Trimmed(element, "id") is { } known)
                    _ids.Add(known);

            var processId = RequireId(process);
            var nodes = new List<FlowNode>();
            var flows = new List<SequenceFlow>();
            var artifacts = new List<XElement>();
            var documentation = ReadScope(process, null, nodes, flows, artifacts);
            CheckReferences(nodes, flows);

            return new WorkflowDefinition(processId, Text(process, "name"), nodes, flows)
            {
                // A process the administrator chose is the one to run: it is written back as executable.
                IsExecutable = chosenProcessId is not null || !string.Equals(Trimmed(process, "isExecutable"), "false", StringComparison.Ordinal),
                DefinitionsId = Trimmed(root, "id") ?? "Definitions_1",
                TargetNamespace = Text(root, "targetNamespace") ?? "",
                Exporter = Text(root, "exporter"),
                ExporterVersion = Text(root, "exporterVersion"),
                DefinitionsAttributes = [.. root.Attributes().Where(KeptOnDefinitions).Select(a => new XAttribute(a))],
                ProcessAttributes = [.. process.Attributes().Where(KeptOnProcess).Select(a => new XAttribute(a))],
                Documentation = documentation,
                ProcessArtifacts = [.. artifacts],
                DocumentParts = [.. root.Elements().Where(e => e != process).Select(Keep)],
                ImportProblems = [.. _problems],
            };
        }

        /// <summary>Reads the children of a process or an embedded sub-process; returns its documentation.</summary>
        private string? ReadScope(XElement container, string? scopeId, List<FlowNode> nodes, List<SequenceFlow> flows, List<XElement> artifacts)
        {
            string? documentation = null;
            foreach (var child in container.Elements())
            {
                if (child.Name == B + "documentation")
                    documentation = Join(documentation, child.Value);
                else if (scopeId is not null && child.Name.Namespace == B && child.Name.LocalName is "incoming" or "outgoing")
                    continue;
                else if (child.Name.Namespace != B || ArtifactNames.Contains(child.Name.LocalName))
                    artifacts.Add(Keep(child));
                else if (child.Name == B + "sequenceFlow")
                    flows.Add(ReadFlow(child));
                else if (child.Name == B + "subProcess" && IsEmbeddedSubProcess(child))
                {
                    var id = RequireId(child);
                    var inner = new List<XElement>();
                    var sub = new SubProcess(id, Text(child, "name")) { ScopeId = scopeId };
                    var index = nodes.Count;
                    nodes.Add(sub);
                    var subDocumentation = ReadScope(child, id, nodes, flows, inner);
                    nodes[index] = sub with
                    {
                        Documentation = subDocumentation,
                        Artifacts = [.. inner],
                    };
                }
                else
                    nodes.Add(ReadNode(child) with { ScopeId = scopeId });
            }
            return documentation;
        }

        private static bool IsEmbeddedSubProcess(XElement element) =>
            Trimmed(element, "triggeredByEvent") != "true" && LoopOf(element) is null;

        private static XElement? LoopOf(XElement element) =>
            element.Element(B + "multiInstanceLoopCharacteristics") ?? element.Element(B + "standardLoopCharacteristics");

        private static XElement ChooseProcess(XElement root, string? chosen)
        {
            var processes = root.Elements(B + "process").ToList();
            if (processes.Count == 0)
                throw At(root, "Tệp BPMN không có quy trình (bpmn:process) nào.");
            var choices = processes.Select(p => new BpmnProcessChoice(Trimmed(p, "id") ?? "", Text(p, "name"),
                Trimmed(p, "isExecutable") == "true")).ToList();
            if (chosen is not null)
            {
                return processes.FirstOrDefault(p => Trimmed(p, "id") == chosen)
                    ?? throw new BpmnFormatException($"Tệp BPMN không có quy trình mang mã '{chosen}'. Các quy trình trong tệp: {List(choices)}.") { Processes = choices };
            }
            if (processes.Count == 1)
                return processes[0];
            var executable = processes.Where(p => Trimmed(p, "isExecutable") == "true").ToList();
            if (executable.Count == 1)
                return executable[0];
            // A pool drawn for another party (a black box) has no flow elements: it is not a candidate.
            var withSteps = processes.Where(p => p.Elements().Any(e => e.Name.Namespace == B && e.Name.LocalName is "startEvent" or "userTask")).ToList();
            if (executable.Count == 0 && withSteps.Count == 1)
                return withSteps[0];
            var error = At(root, executable.Count == 0
                ? $"Tệp BPMN có {processes.Count} quy trình ({List(choices)}) mà không quy trình nào có isExecutable=\"true\": không biết chọn quy trình nào. Hãy chọn quy trình cần nhập."
                : $"Tệp BPMN có {executable.Count} quy trình có isExecutable=\"true\" ({List(choices.Where(c => c.IsExecutable))}): chỉ được có một. Hãy chọn quy trình cần nhập.");
            throw new BpmnFormatException(error.Message, error.LineNumber, error.LinePosition) { Processes = choices };
        }

        private static string List(IEnumerable<BpmnProcessChoice> choices) =>
            string.Join(", ", choices.Select(c => c.Name is { Length: > 0 } name ? $"'{c.Id}' ({name})" : $"'{c.Id}'"));

        /// <summary>Ids are unique across the model and the diagram, as in XML Schema; extension elements may reuse them.</summary>
        private static void RefuseDuplicateIds(XElement root)
        {
            var seen = new Dictionary<string, XElement>(StringComparer.Ordinal);
            foreach (var element in root.DescendantsAndSelf())
            {
                var ns = element.Name.NamespaceName;
                if (ns != BpmnNamespaces.Bpmn && ns != BpmnDi || Trimmed(element, "id") is not { } id)
                    continue;
                if (seen.TryGetValue(id, out var first))
                {
                    var firstLine = ((IXmlLineInfo)first).HasLineInfo() ? $" (dòng {((IXmlLineInfo)first).LineNumber})" : "";
                    throw At(element, $"Mã (id) '{id}' bị trùng: đã dùng cho phần tử '{first.Name.LocalName}'{firstLine}, lại dùng cho '{element.Name.LocalName}'");
                }
                seen.Add(id, element);
            }
        }

        private static string RequireId(XElement element) =>
            Trimmed(element, "id") ?? throw At(element, $"Phần tử '{element.Name.LocalName}' thiếu mã (id)");

        private FlowNode ReadNode(XElement element)
        {
            var id = RequireId(element);
            var name = Text(element, "name");
            var local = element.Name.LocalName;
            // A loop on anything but a user task, or a standard loop, is not executed: name it.
            if (LoopOf(element) is { } loop && (local != "userTask" || loop.Name.LocalName == "standardLoopCharacteristics"))
                return Unsupported(element, id, name, $"{local} ({loop.Name.LocalName})") with { Documentation = DocumentationOf(element) };
            var node = local switch
            {
                "startEvent" => ReadStartEvent(element, id, name),
                "endEvent" => ReadEndEvent(element, id, name),
                "userTask" => ReadUserTask(element, id, name),
                "sendTask" => ReadAutomaticTask(element, id, name, AutomaticTaskKind.Send),
                "serviceTask" => ReadAutomaticTask(element, id, name, AutomaticTaskKind.Service),
                "exclusiveGateway" => new ExclusiveGateway(id, name, Trimmed(element, "default")),
                "parallelGateway" => new ParallelGateway(id, name),
                "inclusiveGateway" => new InclusiveGateway(id, name, Trimmed(element, "default")),
                "eventBasedGateway" when Trimmed(element, "instantiate") != "true" => new EventBasedGateway(id, name),
                "boundaryEvent" => ReadBoundaryEvent(element, id, name),
                "intermediateCatchEvent" => ReadCatchEvent(element, id, name),
                "intermediateThrowEvent" => EventDefinitions(element) is [] ? new IntermediateThrowEvent(id, name)
                    : Unsupported(element, id, name, EventType(element, "IntermediateThrowEvent")),
                "receiveTask" => new ReceiveTask(id, name, Reference(element, "messageRef", "message", id, Label(id, name))),
                "callActivity" => ReadCallActivity(element, id, name),
                "subProcess" => Unsupported(element, id, name, "eventSubProcess"),
                _ => Unsupported(element, id, name, local),
            };
            return node with { Documentation = DocumentationOf(element) };
        }

        private static FlowNode ReadStartEvent(XElement element, string id, string? name) =>
            EventDefinitions(element) is [] ? new StartEvent(id, name) : Unsupported(element, id, name, EventType(element, "StartEvent"));

        private FlowNode ReadEndEvent(XElement element, string id, string? name)
        {
            var result = Trimmed(element, A + "result");
            switch (EventDefinitions(element))
            {
                case []:
                    return new EndEvent(id, name, false, result);
                case [{ Name.LocalName: "terminateEventDefinition" }]:
                    return new EndEvent(id, name, true, result);
                case [{ Name.LocalName: "errorEventDefinition" } error]:
                    return new EndEvent(id, name, false, result)
                    {
                        Throws = new EndThrow(EndThrowKind.Error, Reference(error, "errorRef", "error", id, Label(id, name))),
                    };
                case [{ Name.LocalName: "escalationEventDefinition" } escalation]:
                    return new EndEvent(id, name, false, result)
                    {
                        Throws = new EndThrow(EndThrowKind.Escalation, Reference(escalation, "escalationRef", "escalation", id, Label(id, name))),
                    };
                default:
                    return Unsupported(element, id, name, EventType(element, "EndEvent"));
            }
        }

        private FlowNode ReadCatchEvent(XElement element, string id, string? name)
        {
            var label = Label(id, name);
            return EventDefinitions(element) switch
            {
                [{ Name.LocalName: "timerEventDefinition" } timer] => new TimerCatchEvent(id, name, ReadTimer(element, timer, id, label)),
                [{ Name.LocalName: "messageEventDefinition" } message] => new MessageCatchEvent(id, name, Reference(message, "messageRef", "message", id, label)),
                _ => Unsupported(element, id, name, EventType(element, "IntermediateCatchEvent")),
            };
        }

        /// <summary>
        /// Follows <c>messageRef</c>, <c>errorRef</c> or <c>escalationRef</c> to its root element and takes what the engine
        /// matches on: a message's name, an error's code, an escalation's code (the id when there is none).
        /// </summary>
        private EventRef? Reference(XElement holder, string attribute, string kind, string id, string label)
        {
            var refId = Trimmed(holder, attribute);
            if (refId is null)
                return null;
            var colon = refId.IndexOf(':', StringComparison.Ordinal);
            var local = colon < 0 ? refId : refId[(colon + 1)..];
            var target = root.Elements(B + kind).FirstOrDefault(e => Trimmed(e, "id") == local);
            if (target is null)
            {
                Problem(id, $"{kind}-unknown", $"{label} tham chiếu {attribute}='{refId}', không có bpmn:{kind} nào mang mã này trong tệp.");
                return new EventRef(refId, local);
            }
            var code = kind switch
            {
                "message" => Trimmed(target, "name"),
                "error" => Trimmed(target, "errorCode"),
                _ => Trimmed(target, "escalationCode"),
            };
            if (code is not null && (code.Contains("${", StringComparison.Ordinal) || code.StartsWith('=')))
                Problem(id, $"{kind}-expression", $"{label}: tên/mã '{code}' của bpmn:{kind} là biểu thức; hệ thống chỉ nhận tên cố định.");
            return new EventRef(refId, code ?? local);
        }

        private UserTask ReadUserTask(XElement element, string id, string? name)
        {
            var label = Label(id, name);
            var extensions = element.Element(B + "extensionElements");
            var zeebe = extensions?.Element(Z + "assignmentDefinition");

            var assignee = Trimmed(element, A + "assignee") ?? Vendor(element, "assignee") ?? (zeebe is null ? null : Trimmed(zeebe, "assignee"));
            var users = Entries(Trimmed(element, A + "candidateUsers") ?? Vendor(element, "candidateUsers") ?? (zeebe is null ? null : Trimmed(zeebe, "candidateUsers")));
            var groups = Entries(Trimmed(element, A + "candidateGroups") ?? Vendor(element, "candidateGroups") ?? (zeebe is null ? null : Trimmed(zeebe, "candidateGroups")));
            foreach (var performer in element.Elements().Where(e => e.Name.Namespace == B && e.Name.LocalName is "humanPerformer" or "potentialOwner" or "performer"))
            {
                var owner = performer.Name.LocalName == "potentialOwner";
                var expression = performer.Descendants(B + "formalExpression").FirstOrDefault()?.Value.Trim();
                foreach (var entry in Entries(expression))
                {
                    if (entry.StartsWith("user(", StringComparison.Ordinal) && entry.EndsWith(')'))
                        AddEntry(owner ? users : null, entry[5..^1].Trim(), ref assignee);
                    else if (entry.StartsWith("group(", StringComparison.Ordinal) && entry.EndsWith(')'))
                        groups.Add(entry[6..^1].Trim());
                    else if (owner)
                        groups.Add(entry);
                    else
                        assignee ??= entry;
                }
                if (expression is null && Trimmed(performer, "resourceRef") is { } resourceRef)
                {
                    var resource = root.Elements(B + "resource").FirstOrDefault(r => Trimmed(r, "id") == resourceRef);
                    var resourceName = resource is null ? resourceRef : Trimmed(resource, "name") ?? resourceRef;
                    if (owner) groups.Add(resourceName);
                    else assignee ??= resourceName;
                }
            }

            var role = Trimmed(element, A + "candidateRole");
            if (role is not null && (role.Contains("${", StringComparison.Ordinal) || role.StartsWith('=')))
            {
                Problem(id, "invalid-candidate-role", $"Bước {label} giao cho '{role}': award:candidateRole là một mã vai trò, không phải biểu thức (${{...}}, FEEL).");
                role = null;
            }
            role ??= groups.FirstOrDefault(g => !IsExpression(g));
            var candidate = role is null ? null : new Assignee(role, Trimmed(element, A + "unitLevel") ?? Assignee.DefaultUnitLevel);
            // The role alone is what the engine always read; anything more is kept as the task's assignment.
            var assignment = assignee is null && users.Count == 0 && (groups.Count == 0 || groups is [var only] && only == role)
                ? null
                : new TaskAssignment(assignee, [.. users], [.. groups]);

            var outcomes = UserTask.DefaultOutcomes;
            if (element.Attribute(A + "outcomes") is { } outcomesAttribute)
            {
                outcomes = [.. outcomesAttribute.Value.Split(',').Select(o => o.Trim()).Where(o => o.Length > 0)];
                if (outcomes.IsEmpty)
                    Problem(id, "no-outcomes", $"Bước {label} có award:outcomes rỗng: cần ít nhất một kết quả, ví dụ 'approve,reject'.");
            }

            return new UserTask(id, name, candidate, outcomes, ReadDue(element, id, label))
            {
                Assignment = assignment,
                Loop = element.Element(B + "multiInstanceLoopCharacteristics") is { } loop ? ReadLoop(element, loop, id, label) : null,
            };
        }

        private static void AddEntry(List<string>? users, string user, ref string? assignee)
        {
            if (users is null) assignee ??= user;
            else users.Add(user);
        }

        private static bool IsExpression(string text) =>
            text.StartsWith("${", StringComparison.Ordinal) || text.StartsWith("#{", StringComparison.Ordinal) || text.StartsWith('=');

        /// <summary>A comma list; a Camunda 8 FEEL list of strings (<c>=["a","b"]</c>) gives its items.</summary>
        private static List<string> Entries(string? text)
        {
            if (text is null)
                return [];
            var trimmed = text.Trim();
            if (trimmed.StartsWith("=[", StringComparison.Ordinal) && trimmed.EndsWith(']')
                && trimmed[2..^1].Split(',').Select(e => e.Trim()).ToList() is var items
                && items.All(e => e.Length >= 2 && e[0] == '"' && e[^1] == '"'))
                return [.. items.Select(e => e[1..^1]).Where(e => e.Length > 0)];
            if (IsExpression(trimmed) && !trimmed.Contains(','))
                return [trimmed];
            return [.. trimmed.Split(',').Select(e => e.Trim()).Where(e => e.Length > 0)];
        }

        /// <summary>An attribute as Camunda 7, Flowable or Activiti write it.</summary>
        private static string? Vendor(XElement element, string attribute) =>
            Trimmed(element, C + attribute) ?? Trimmed(element, F + attribute) ?? Trimmed(element, Act + attribute);

        private MultiInstance ReadLoop(XElement task, XElement loop, string id, string label)
        {
            var zeebe = loop.Element(B + "extensionElements")?.Element(Z + "loopCharacteristics");
            var collection = Trimmed(loop, A + "collection") ?? Vendor(loop, "collection") ?? (zeebe is null ? null : Trimmed(zeebe, "inputCollection"));
            var element = Trimmed(loop, A + "elementVariable") ?? Vendor(loop, "elementVariable") ?? (zeebe is null ? null : Trimmed(zeebe, "inputElement"));
            var cardinality = loop.Element(B + "loopCardinality")?.Value.Trim() is { Length: > 0 } c ? c : null;
            var completion = loop.Element(B + "completionCondition")?.Value.Trim() is { Length: > 0 } cc ? cc : null;
            var result = new MultiInstance(string.Equals(Trimmed(loop, "isSequential"), "true", StringComparison.Ordinal), collection, element, cardinality, completion);
            if (collection is null && cardinality is null)
            {
                Problem(id, "loop-without-items", $"Bước nhiều người xử lý {label} chưa có danh sách (collection) hay số lượt (loopCardinality).");
                return result;
            }
            string? error = null;
            ConditionExpression? Parse(string? text, string what)
            {
                if (text is null) return null;
                var source = text.StartsWith('=') ? text[1..] : text;
                if (ConditionExpression.TryParse(source, out var expression, out var reason)) return expression;
                error ??= $"{what} '{text}' không hợp lệ: {reason}";
                return null;
            }
            result = result with
            {
                Collection = Parse(collection, "danh sách"),
                Cardinality = collection is null ? Parse(cardinality, "số lượt") : null,
                Completion = Parse(completion, "điều kiện hoàn thành"),
            };
            if (error is not null)
            {
                Problem(id, "loop-invalid", $"Bước nhiều người xử lý {label}: {error}.");
                result = result with { Error = error };
            }
            return result;
        }

        private FlowNode ReadCallActivity(XElement element, string id, string? name)
        {
            var label = Label(id, name);
            var extensions = element.Element(B + "extensionElements");
            var zeebe = extensions?.Element(Z + "calledElement");
            var key = Trimmed(element, "calledElement") ?? (zeebe is null ? null : Trimmed(zeebe, "processId"));
            if (key is not null && IsExpression(key))
            {
                Problem(id, "called-element-expression", $"Bước gọi quy trình khác {label} gọi '{key}': cần mã quy trình cố định, không phải biểu thức.");
                key = null;
            }

            int? version = null;
            var binding = Trimmed(element, C + "calledElementBinding") ?? Trimmed(element, F + "calledElementBinding") ?? (zeebe is null ? null : Trimmed(zeebe, "bindingType"));
            var versionText = Trimmed(element, A + "calledVersion") ?? (binding == "version" ? Trimmed(element, C + "calledElementVersion") : null);
            if (binding is not (null or "latest" or "version"))
                Problem(id, "called-binding-not-supported", $"Bước gọi quy trình khác {label} dùng cách chọn phiên bản '{binding}': chỉ hỗ trợ phiên bản mới nhất (latest) hoặc một phiên bản cố định (version).");
            if (versionText is not null)
            {
                if (int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0)
                    version = v;
                else
                    Problem(id, "called-version-invalid", $"Bước gọi quy trình khác {label} có phiên bản '{versionText}': cần số nguyên dương.");
            }

            return new CallActivity(id, name, key, version)
            {
                Inputs = Mappings(extensions, "in", "input", id, label),
                Outputs = zeebe is not null && Trimmed(zeebe, "propagateAllChildVariables") == "false" && Mappings(extensions, "out", "output", id, label) is null
                    ? []
                    : Mappings(extensions, "out", "output", id, label),
            };
        }

        /// <summary>
        /// <c>camunda:in</c>/<c>out</c> (also Flowable, Activiti, ours) and Zeebe's <c>ioMapping</c>; null (every variable)
        /// when none is written or one says <c>variables="all"</c>.
        /// </summary>
        private ImmutableArray<VariableMapping>? Mappings(XElement? extensions, string local, string zeebeLocal, string id, string label)
        {
            if (extensions is null)
                return null;
            var mappings = new List<VariableMapping>();
            var all = false;
            foreach (var mapping in extensions.Elements().Where(e => e.Name.LocalName == local && (e.Name.Namespace == A || e.Name.Namespace == C || e.Name.Namespace == F || e.Name.Namespace == Act)))
            {
                if (Trimmed(mapping, "variables") == "all") { all = true; continue; }
                // camunda:in businessKey="…" passes the business key, which the host gives every instance anyway.
                if (mapping.Attribute("businessKey") is not null && mapping.Attribute("source") is null && mapping.Attribute("sourceExpression") is null) continue;
                AddMapping(mappings, Trimmed(mapping, "source") ?? (Trimmed(mapping, "sourceExpression") is { } expression ? "${" + expression : null), Trimmed(mapping, "target"), id, label);
            }
            foreach (var mapping in extensions.Element(Z + "ioMapping")?.Elements(Z + zeebeLocal) ?? [])
                AddMapping(mappings, Trimmed(mapping, "source"), Trimmed(mapping, "target"), id, label);
            return all || mappings.Count == 0 ? null : [.. mappings];
        }

        private void AddMapping(List<VariableMapping> mappings, string? source, string? target, string id, string label)
        {
            var path = source?.StartsWith('=') == true ? source[1..].Trim() : source;
            if (path is null || target is null || !VariablePath().IsMatch(path) || !VariablePath().IsMatch(target))
            {
                Problem(id, "variable-mapping-invalid", $"Bước gọi quy trình khác {label}: ánh xạ biến '{source}' → '{target}' cần tên biến (hoặc đường dẫn a.b), không phải biểu thức.");
                return;
            }
            mappings.Add(new VariableMapping(path, target));
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"^[\p{L}_][\p{L}\p{N}_-]*(\.[\p{L}_][\p{L}\p{N}_-]*)*$")]
        private static partial System.Text.RegularExpressions.Regex VariablePath();

        private TimeSpec? ReadDue(XElement element, string id, string label)
        {
            string? reason;
            string text;
            if (Trimmed(element, A + "dueInWorkingDays") is { } workingDays)
            {
                text = workingDays;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
                    return new TimeSpec(TimeSpan.Zero, days, TimeAnchor.TaskOpened, text);
                reason = "cần số ngày làm việc là số nguyên không âm";
            }
            else if ((Trimmed(element, A + "dueIn") ?? Trimmed(element, C + "dueDate") ?? Trimmed(element, F + "dueDate")) is { } duration)
            {
                text = duration;
                if (text.Contains("${", StringComparison.Ordinal))
                    reason = "biểu thức ${...} không được hỗ trợ, cần khoảng thời gian ISO 8601 như P10D";
                else if (!IsoDuration.TryParse(text, out var span, out reason))
                    reason ??= "cần khoảng thời gian ISO 8601";
                else if (span < TimeSpan.Zero)
                    reason = "hạn xử lý không được âm";
                else
                    return new TimeSpec(span, null, TimeAnchor.TaskOpened, text);
            }
            else
            {
                return null;
            }

            Problem(id, "invalid-due", $"Không đọc được hạn xử lý '{text}' của bước {label}: {reason}.");
            return null;
        }

        private static AutomaticTask ReadAutomaticTask(XElement element, string id, string? name, AutomaticTaskKind kind)
        {
            var role = Trimmed(element, A + "recipientRole");
            var recipient = role is null ? null : new Assignee(role, Trimmed(element, A + "recipientLevel") ?? Assignee.DefaultUnitLevel);
            return new AutomaticTask(id, name, kind, Trimmed(element, A + "template"), recipient);
        }

        private FlowNode ReadBoundaryEvent(XElement element, string id, string? name)
        {
            var label = Label(id, name);
            var attachedTo = Trimmed(element, "attachedToRef");
            if (attachedTo is null)
                Problem(id, "boundary-not-attached", $"Sự kiện biên {label} không gắn vào bước nào (thiếu attachedToRef).");
            var interrupting = !string.Equals(Trimmed(element, "cancelActivity"), "false", StringComparison.Ordinal);
            var host = attachedTo ?? "";
            switch (EventDefinitions(element))
            {
                case [{ Name.LocalName: "timerEventDefinition" } timer]:
                    return new BoundaryTimerEvent(id, name, host, interrupting, ReadTimer(element, timer, id, label));
                case [{ Name.LocalName: "messageEventDefinition" } message]:
                    return new BoundaryMessageEvent(id, name, host, interrupting, Reference(message, "messageRef", "message", id, label));
                case [{ Name.LocalName: "errorEventDefinition" } error]:
                    if (!interrupting)
                        Problem(id, "error-boundary-not-interrupting", $"Sự kiện bắt lỗi {label} luôn ngắt bước nó gắn vào (cancelActivity=\"false\" không hợp lệ với lỗi).");
                    return new BoundaryErrorEvent(id, name, host, Reference(error, "errorRef", "error", id, label));
                case [{ Name.LocalName: "escalationEventDefinition" } escalation]:
                    return new BoundaryEscalationEvent(id, name, host, interrupting, Reference(escalation, "escalationRef", "escalation", id, label));
                default:
                    return Unsupported(element, id, name, EventType(element, "BoundaryEvent"));
            }
        }

        private TimeSpec? ReadTimer(XElement element, XElement timer, string id, string label)
        {
            var anchor = TimeAnchor.TaskOpened;
            switch (Trimmed(element, A + "anchor"))
            {
                case null or "opened":
                    break;
                case "due":
                    anchor = TimeAnchor.TaskDue;
                    break;
                case var other:
                    Problem(id, "invalid-anchor", $"Sự kiện hẹn giờ {label} có award:anchor='{other}': chỉ dùng 'due' (tính từ hạn xử lý) hoặc bỏ trống (tính từ lúc mở bước).");
                    return null;
            }
            var working = false;
            switch (Trimmed(element, A + "calendar"))
            {
                case null or "calendar":
                    break;
                case "working":
                    working = true;
                    break;
                case var other:
                    Problem(id, "invalid-calendar", $"Sự kiện hẹn giờ {label} có award:calendar='{other}': chỉ dùng 'working' (ngày làm việc) hoặc bỏ trống.");
                    return null;
            }

            if (timer.Element(B + "timeDate") is { } dateElement && timer.Element(B + "timeDuration") is null)
            {
                var dateText = dateElement.Value.Trim();
                var styles = DateTimeStyles.AllowWhiteSpaces;
                if (!IsExpression(dateText) && DateTimeOffset.TryParse(dateText, CultureInfo.InvariantCulture, styles, out var date) && dateText.Contains('T'))
                {
                    // A date without an offset is a time in Vietnam.
                    var hasOffset = dateText.EndsWith('Z') || dateText.LastIndexOfAny(['+', '-']) > dateText.IndexOf('T');
                    var when = hasOffset ? date : new DateTimeOffset(date.DateTime, Calendar.WorkingCalendar.VietnamOffset);
                    return new TimeSpec(TimeSpan.Zero, null, TimeAnchor.TaskOpened, dateText) { Date = when };
                }
                Problem(id, "invalid-timer", $"Không đọc được ngày giờ '{dateText}' của sự kiện hẹn giờ {label}: cần ngày giờ ISO 8601 như 2026-03-10T09:00:00+07:00.");
                return null;
            }
            if (timer.Element(B + "timeDuration") is not { } durationElement)
            {
                if (timer.Element(B + "timeCycle") is not null)
                    Problem(id, "timer-not-supported", $"Sự kiện hẹn giờ {label} dùng chu kỳ (timeCycle): chỉ hỗ trợ khoảng thời gian (timeDuration) hoặc ngày giờ (timeDate).");
                else
                    Problem(id, "timer-missing", $"Sự kiện hẹn giờ {label} chưa có khoảng thời gian (timeDuration) hay ngày giờ (timeDate).");
                return null;
            }

            var text = durationElement.Value.Trim();
            string? reason;
            if (text.Contains("${", StringComparison.Ordinal))
            {
                reason = "biểu thức ${...} không được hỗ trợ";
            }
            else if (working)
            {
                if (TryParseWorkingDays(text, out var days))
                    return new TimeSpec(TimeSpan.Zero, days, anchor, text);
                reason = "theo ngày làm việc (award:calendar=\"working\") cần số ngày nguyên như P5D, -P2D hoặc P1W";
            }
            else if (IsoDuration.TryParse(text, out var span, out reason))
            {
                return new TimeSpec(span, null, anchor, text);
            }

            Problem(id, "invalid-timer", $"Không đọc được thời gian '{text}' của sự kiện hẹn giờ {label}: {reason}.");
            return null;
        }

        private SequenceFlow ReadFlow(XElement element)
        {
            // BPMN lets a sequence flow go without an id: give it one, unique in the file.
            var id = Trimmed(element, "id") ?? FlowId(Trimmed(element, "sourceRef"), Trimmed(element, "targetRef"));
            var condition = element.Element(B + "conditionExpression")?.Value.Trim() is { Length: > 0 } text ? text : null;
            var flow = new SequenceFlow(id, Text(element, "name"), Trimmed(element, "sourceRef") ?? "", Trimmed(element, "targetRef") ?? "", condition)
            {
                Documentation = DocumentationOf(element),
            };
            if (condition is null)
                return flow;
            if (ConditionExpression.TryParse(condition, out var expression, out var error))
                return flow with { Condition = expression };
            // Camunda 8 writes FEEL ("=outcome = \"approve\""): say so rather than only where its parsing stopped.
            if (condition.StartsWith('='))
                error = $"'{condition}' là biểu thức FEEL của Camunda 8; hệ thống dùng ngôn ngữ điều kiện riêng, ví dụ ${{outcome == 'approve'}}.";
            return flow with { ConditionError = error };
        }

        private string FlowId(string? source, string? target)
        {
            var id = $"Flow_{source}_{target}";
            for (var n = 2; !_ids.Add(id); n++)
                id = $"Flow_{source}_{target}_{n}";
            return id;
        }

        private void CheckReferences(List<FlowNode> nodes, List<SequenceFlow> flows)
        {
            var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var flow in flows)
            {
                if (!ids.Contains(flow.SourceId))
                    Problem(flow.Id, "flow-unknown-source", flow.SourceId.Length == 0
                        ? $"Luồng '{flow.Id}' không có điểm đi (thiếu sourceRef)."
                        : $"Luồng '{flow.Id}' đi từ '{flow.SourceId}', không có phần tử nào mang mã này trong quy trình.");
                if (!ids.Contains(flow.TargetId))
                    Problem(flow.Id, "flow-unknown-target", flow.TargetId.Length == 0
                        ? $"Luồng '{flow.Id}' không có điểm đến (thiếu targetRef)."
                        : $"Luồng '{flow.Id}' đi tới '{flow.TargetId}', không có phần tử nào mang mã này trong quy trình.");
            }
            foreach (var timer in nodes.OfType<BoundaryEvent>().Where(t => t.AttachedToId.Length > 0 && !ids.Contains(t.AttachedToId)))
                Problem(timer.Id, "boundary-unknown-task", $"Sự kiện biên {timer.Label} gắn vào '{timer.AttachedToId}', không có phần tử nào mang mã này trong quy trình.");
        }

        private static UnsupportedNode Unsupported(XElement element, string id, string? name, string type) =>
            new(id, name, type) { Element = Keep(element) };

        private static List<XElement> EventDefinitions(XElement element) =>
            [.. element.Elements().Where(e => e.Name.Namespace == B
                && (e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal) || e.Name.LocalName == "eventDefinitionRef"))];

        /// <summary>E.g. <c>timerStartEvent</c>, <c>errorBoundaryEvent</c>, <c>multipleEndEvent</c>.</summary>
        private static string EventType(XElement element, string suffix)
        {
            var definitions = EventDefinitions(element);
            if (definitions.Count == 0)
                return char.ToLowerInvariant(suffix[0]) + suffix[1..];
            if (definitions.Count > 1)
                return "multiple" + suffix;
            var local = definitions[0].Name.LocalName;
            return local == "eventDefinitionRef" ? "referenced" + suffix : local[..^"EventDefinition".Length] + suffix;
        }

        private static bool KeptOnDefinitions(XAttribute attribute)
        {
            if (attribute.IsNamespaceDeclaration)
            {
                var prefix = attribute.Name.Namespace == XNamespace.None ? "" : attribute.Name.LocalName;
                return prefix.Length > 0 && !Standard.Any(s => s.Prefix == prefix || s.Uri == attribute.Value);
            }
            return attribute.Name.Namespace != XNamespace.None
                || attribute.Name.LocalName is not ("id" or "targetNamespace" or "exporter" or "exporterVersion");
        }

        private static bool KeptOnProcess(XAttribute attribute) =>
            !attribute.IsNamespaceDeclaration
            && (attribute.Name.Namespace != XNamespace.None || attribute.Name.LocalName is not ("id" or "name" or "isExecutable"));

        /// <summary>
        /// A detached copy for export. <c>xsi:type</c> values name types by prefix; those of the BPMN namespaces are rewritten
        /// to the writer's prefixes, since the file's own prefixes (<c>bpmn2:</c>, a default namespace) are not kept.
        /// </summary>
        private static XElement Keep(XElement element)
        {
            var copy = new XElement(element);
            foreach (var (original, kept) in element.DescendantsAndSelf().Zip(copy.DescendantsAndSelf()))
            {
                if (kept.Attribute(X + "type") is not { } type)
                    continue;
                var colon = type.Value.IndexOf(':', StringComparison.Ordinal);
                var prefix = colon < 0 ? "" : type.Value[..colon];
                var ns = prefix.Length == 0 ? original.GetDefaultNamespace() : original.GetNamespaceOfPrefix(prefix);
                if (ns is not null && Standard.FirstOrDefault(s => s.Uri == ns.NamespaceName) is { Prefix: { } standard })
                    type.Value = $"{standard}:{type.Value[(colon + 1)..]}";
            }
            foreach (var attribute in copy.DescendantsAndSelf().Attributes().Where(a => a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.None).ToList())
                attribute.Remove();
            return copy;
        }

        private static string? DocumentationOf(XElement element)
        {
            string? text = null;
            foreach (var documentation in element.Elements(B + "documentation"))
                text = Join(text, documentation.Value);
            return text;
        }

        private static string Join(string? text, string more) => text is null ? more : $"{text}\n{more}";

        private static string Label(string id, string? name) => string.IsNullOrWhiteSpace(name) ? $"'{id}'" : $"'{name}' ({id})";

        private static string? Text(XElement element, XName attribute) => element.Attribute(attribute)?.Value;

        private static string? Trimmed(XElement element, XName attribute) =>
            element.Attribute(attribute)?.Value.Trim() is { Length: > 0 } value ? value : null;

        private void Problem(string? elementId, string code, string message) => _problems.Add(new ValidationError(elementId, code, message));
    }
}
