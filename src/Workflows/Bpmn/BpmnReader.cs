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
public static class BpmnReader
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
    public static WorkflowDefinition Read(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.Length > MaxDocumentCharacters)
            throw TooLarge(null);
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, Settings());
        return Read(reader);
    }

    /// <summary>Reads a BPMN 2.0 file; the encoding is taken from the file (UTF-8 by default). The stream is left open.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <returns>The definition of the file's process, with any <see cref="WorkflowDefinition.ImportProblems"/>.</returns>
    /// <exception cref="BpmnFormatException">The content is not one readable BPMN 2.0 process.</exception>
    public static WorkflowDefinition Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = XmlReader.Create(stream, Settings());
        return Read(reader);
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

    private static WorkflowDefinition Read(XmlReader reader)
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
        return new Mapper().Map(document);
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
    private sealed class Mapper
    {
        private readonly List<ValidationError> _problems = [];

        public WorkflowDefinition Map(XDocument document)
        {
            var root = document.Root!;
            if (root.Name != B + "definitions")
            {
                var found = root.Name.Namespace == XNamespace.None || root.Name.LocalName != "definitions"
                    ? root.Name.LocalName
                    : $"{{{root.Name.NamespaceName}}}{root.Name.LocalName}";
                throw At(root, $"Tệp không phải BPMN 2.0: phần tử gốc là '{found}', cần 'definitions' của BPMN 2.0.");
            }

            var process = ChooseProcess(root);
            RefuseDuplicateIds(root);

            var processId = RequireId(process);
            var nodes = new List<FlowNode>();
            var flows = new List<SequenceFlow>();
            var artifacts = new List<XElement>();
            string? documentation = null;
            foreach (var child in process.Elements())
            {
                if (child.Name == B + "documentation")
                    documentation = Join(documentation, child.Value);
                else if (child.Name.Namespace != B || ArtifactNames.Contains(child.Name.LocalName))
                    artifacts.Add(Keep(child));
                else if (child.Name == B + "sequenceFlow")
                    flows.Add(ReadFlow(child));
                else
                    nodes.Add(ReadNode(child));
            }
            CheckReferences(nodes, flows);

            return new WorkflowDefinition(processId, Text(process, "name"), nodes, flows)
            {
                IsExecutable = !string.Equals(Trimmed(process, "isExecutable"), "false", StringComparison.Ordinal),
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

        private static XElement ChooseProcess(XElement root)
        {
            var processes = root.Elements(B + "process").ToList();
            if (processes.Count == 0)
                throw At(root, "Tệp BPMN không có quy trình (bpmn:process) nào.");
            if (processes.Count == 1)
                return processes[0];
            var executable = processes.Where(p => Trimmed(p, "isExecutable") == "true").ToList();
            if (executable.Count == 1)
                return executable[0];
            var ids = string.Join(", ", processes.Select(p => $"'{Trimmed(p, "id")}'"));
            throw At(root, executable.Count == 0
                ? $"Tệp BPMN có {processes.Count} quy trình ({ids}) mà không quy trình nào có isExecutable=\"true\": không biết chọn quy trình nào."
                : $"Tệp BPMN có {executable.Count} quy trình có isExecutable=\"true\" ({ids}): chỉ được có một.");
        }

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
            var node = element.Name.LocalName switch
            {
                "startEvent" => ReadStartEvent(element, id, name),
                "endEvent" => ReadEndEvent(element, id, name),
                "userTask" => ReadUserTask(element, id, name),
                "sendTask" => ReadAutomaticTask(element, id, name, AutomaticTaskKind.Send),
                "serviceTask" => ReadAutomaticTask(element, id, name, AutomaticTaskKind.Service),
                "exclusiveGateway" => new ExclusiveGateway(id, name, Trimmed(element, "default")),
                "parallelGateway" => new ParallelGateway(id, name),
                "boundaryEvent" => ReadBoundaryEvent(element, id, name),
                _ => Unsupported(element, id, name, element.Name.LocalName),
            };
            return node with { Documentation = DocumentationOf(element) };
        }

        private static FlowNode ReadStartEvent(XElement element, string id, string? name) =>
            EventDefinitions(element) is [] ? new StartEvent(id, name) : Unsupported(element, id, name, EventType(element, "StartEvent"));

        private static FlowNode ReadEndEvent(XElement element, string id, string? name) => EventDefinitions(element) switch
        {
            [] => new EndEvent(id, name, false, Trimmed(element, A + "result")),
            [{ Name.LocalName: "terminateEventDefinition" }] => new EndEvent(id, name, true, Trimmed(element, A + "result")),
            _ => Unsupported(element, id, name, EventType(element, "EndEvent")),
        };

        private UserTask ReadUserTask(XElement element, string id, string? name)
        {
            var label = Label(id, name);
            var role = Trimmed(element, A + "candidateRole");
            var zeebe = element.Element(B + "extensionElements")?.Element(Z + "assignmentDefinition");
            if (role is null && (Trimmed(element, C + "candidateGroups") ?? (zeebe is null ? null : Trimmed(zeebe, "candidateGroups"))) is { } groups)
                role = groups.Split(',')[0].Trim() is { Length: > 0 } first ? first : null;
            if (role is not null && (role.Contains("${", StringComparison.Ordinal) || role.StartsWith('=')))
            {
                Problem(id, "invalid-candidate-role", $"Bước {label} giao cho '{role}': biểu thức (${{...}}, FEEL) không được hỗ trợ, cần một mã vai trò.");
                role = null;
            }
            var candidate = role is null ? null : new Assignee(role, Trimmed(element, A + "unitLevel") ?? Assignee.DefaultUnitLevel);

            var outcomes = UserTask.DefaultOutcomes;
            if (element.Attribute(A + "outcomes") is { } outcomesAttribute)
            {
                outcomes = [.. outcomesAttribute.Value.Split(',').Select(o => o.Trim()).Where(o => o.Length > 0)];
                if (outcomes.IsEmpty)
                    Problem(id, "no-outcomes", $"Bước {label} có award:outcomes rỗng: cần ít nhất một kết quả, ví dụ 'approve,reject'.");
            }

            return new UserTask(id, name, candidate, outcomes, ReadDue(element, id, label));
        }

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
            else if ((Trimmed(element, A + "dueIn") ?? Trimmed(element, C + "dueDate")) is { } duration)
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
            if (EventDefinitions(element) is not [{ Name.LocalName: "timerEventDefinition" } timer])
                return Unsupported(element, id, name, EventType(element, "BoundaryEvent"));

            var label = Label(id, name);
            var attachedTo = Trimmed(element, "attachedToRef");
            if (attachedTo is null)
                Problem(id, "boundary-not-attached", $"Sự kiện hẹn giờ {label} không gắn vào bước nào (thiếu attachedToRef).");
            var interrupting = !string.Equals(Trimmed(element, "cancelActivity"), "false", StringComparison.Ordinal);
            return new BoundaryTimerEvent(id, name, attachedTo ?? "", interrupting, ReadTimer(element, timer, id, label));
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

            if (timer.Element(B + "timeDuration") is not { } durationElement)
            {
                if (timer.Element(B + "timeDate") is not null || timer.Element(B + "timeCycle") is not null)
                    Problem(id, "timer-not-supported", $"Sự kiện hẹn giờ {label} dùng ngày giờ cố định hoặc chu kỳ (timeDate/timeCycle): chỉ hỗ trợ khoảng thời gian (timeDuration).");
                else
                    Problem(id, "timer-missing", $"Sự kiện hẹn giờ {label} chưa có khoảng thời gian (timeDuration).");
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
            var id = RequireId(element);
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
            foreach (var timer in nodes.OfType<BoundaryTimerEvent>().Where(t => t.AttachedToId.Length > 0 && !ids.Contains(t.AttachedToId)))
                Problem(timer.Id, "boundary-unknown-task", $"Sự kiện hẹn giờ {timer.Label} gắn vào '{timer.AttachedToId}', không có phần tử nào mang mã này trong quy trình.");
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
