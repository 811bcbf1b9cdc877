using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ToanDan.Awards.Workflows.Definitions;
using static ToanDan.Awards.Workflows.Bpmn.BpmnNamespaces;

namespace ToanDan.Awards.Workflows.Bpmn;

/// <summary>
/// Writes a <see cref="WorkflowDefinition"/> as a BPMN 2.0 file that bpmn-js and Camunda Modeler open, with its diagram.
/// </summary>
/// <remarks>
/// <para>Every node is written in our own form: its settings as <c>award:</c> attributes, its flows as
/// <c>bpmn:incoming</c>/<c>bpmn:outgoing</c>. A task read from <c>camunda:candidateGroups</c> or <c>camunda:dueDate</c>
/// is therefore written with <c>award:candidateRole</c> and <c>award:dueIn</c>; other Camunda settings of executed nodes
/// (form keys, listeners, <c>extensionElements</c>) are not kept. Unsupported nodes, process artifacts, the diagram and the
/// other parts of the document are written back verbatim.</para>
/// <para>Reading the output gives an equal definition, and writing that again gives the same text. A timer or a deadline
/// that could not be read (an import problem) is not written.</para>
/// </remarks>
public static class BpmnWriter
{
    private static readonly XNamespace BpmnDiNs = BpmnDi;

    /// <summary>Writes a definition as BPMN 2.0 XML (UTF-8, indented).</summary>
    /// <param name="definition">The definition to write.</param>
    /// <returns>The file's text, starting with an XML declaration.</returns>
    public static string Write(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);

        var parts = definition.DocumentParts.Select(p => new XElement(p)).ToList();
        var process = WriteProcess(definition);
        var diagramAt = parts.FindIndex(p => p.Name.Namespace == BpmnDiNs || p.Name == B + "relationship");
        parts.Insert(diagramAt < 0 ? parts.Count : diagramAt, process);

        var root = new XElement(B + "definitions", Namespaces(definition, parts));
        root.Add(new XAttribute("id", definition.DefinitionsId));
        if (definition.TargetNamespace.Length > 0)
            root.Add(new XAttribute("targetNamespace", definition.TargetNamespace));
        if (definition.Exporter is not null)
            root.Add(new XAttribute("exporter", definition.Exporter));
        if (definition.ExporterVersion is not null)
            root.Add(new XAttribute("exporterVersion", definition.ExporterVersion));
        foreach (var attribute in definition.DefinitionsAttributes.Where(a => !a.IsNamespaceDeclaration))
            root.Add(new XAttribute(attribute));
        root.Add(parts);

        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
            new XDocument(root).Save(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Our prefixes, then the file's other declarations, then <c>camunda</c> when a kept part uses it; the XML writer
    /// invents a prefix for anything else.
    /// </summary>
    private static List<XAttribute> Namespaces(WorkflowDefinition definition, List<XElement> parts)
    {
        var declared = Standard.Select(s => new XAttribute(XNamespace.Xmlns + s.Prefix, s.Uri)).ToList();
        foreach (var kept in definition.DefinitionsAttributes.Where(a => a.IsNamespaceDeclaration))
        {
            if (declared.All(d => d.Name != kept.Name && d.Value != kept.Value))
                declared.Add(new XAttribute(kept));
        }

        var used = parts.SelectMany(p => p.DescendantsAndSelf())
            .SelectMany(e => e.Attributes().Select(a => a.Name.Namespace).Prepend(e.Name.Namespace))
            .Concat(definition.DefinitionsAttributes.Concat(definition.ProcessAttributes).Where(a => !a.IsNamespaceDeclaration).Select(a => a.Name.Namespace));
        if (used.Contains(C) && declared.All(d => d.Value != Camunda && d.Name.LocalName != CamundaPrefix))
            declared.Add(new XAttribute(XNamespace.Xmlns + CamundaPrefix, Camunda));
        return declared;
    }

    private static XElement WriteProcess(WorkflowDefinition definition)
    {
        var process = new XElement(B + "process", new XAttribute("id", definition.Key), NameOf(definition.Name),
            new XAttribute("isExecutable", definition.IsExecutable ? "true" : "false"),
            definition.ProcessAttributes.Select(a => new XAttribute(a)),
            DocumentationOf(definition.Documentation));

        var (before, after) = SplitArtifacts(definition.ProcessArtifacts);
        process.Add(before);
        WriteScope(process, null, definition);
        process.Add(after);
        return process;
    }

    /// <summary>The nodes and flows of the process (scope null) or of one embedded sub-process.</summary>
    private static void WriteScope(XElement container, string? scopeId, WorkflowDefinition definition)
    {
        container.Add(definition.Nodes.Where(n => n.ScopeId == scopeId).Select(n => WriteNode(n, definition)));
        container.Add(definition.Flows.Where(f => definition.FindNode(f.SourceId)?.ScopeId == scopeId).Select(WriteFlow));
    }

    /// <summary>The schema puts lanes, properties and extension elements before the flow elements.</summary>
    private static (List<XElement> Before, List<XElement> After) SplitArtifacts(IEnumerable<XElement> artifacts)
    {
        string[] leading = ["extensionElements", "supportedInterfaceRef", "ioSpecification", "ioBinding", "auditing", "monitoring", "property", "laneSet"];
        var before = new List<XElement>();
        var after = new List<XElement>();
        foreach (var artifact in artifacts)
            (artifact.Name.Namespace == B && leading.Contains(artifact.Name.LocalName) ? before : after).Add(new XElement(artifact));
        return (before, after);
    }

    private static XElement WriteNode(FlowNode node, WorkflowDefinition definition)
    {
        if (node is UnsupportedNode { Element: { } original })
        {
            var copy = new XElement(original);
            copy.SetAttributeValue("id", node.Id);
            copy.SetAttributeValue("name", node.Name);
            return copy;
        }

        (string Local, XElement? Definition) shape = node switch
        {
            StartEvent => ("startEvent", null),
            EndEvent { Throws: { Kind: EndThrowKind.Error } error } => ("endEvent", Definition("error", error.Event)),
            EndEvent { Throws: { Kind: EndThrowKind.Escalation } escalation } => ("endEvent", Definition("escalation", escalation.Event)),
            EndEvent end => ("endEvent", end.Terminate ? new XElement(B + "terminateEventDefinition") : null),
            UserTask task => ("userTask", WriteLoop(task.Loop)),
            AutomaticTask { Kind: AutomaticTaskKind.Send } => ("sendTask", null),
            AutomaticTask => ("serviceTask", null),
            ExclusiveGateway => ("exclusiveGateway", null),
            ParallelGateway => ("parallelGateway", null),
            InclusiveGateway => ("inclusiveGateway", null),
            EventBasedGateway => ("eventBasedGateway", null),
            BoundaryTimerEvent timer => ("boundaryEvent", WriteTimer(timer.Timer)),
            BoundaryMessageEvent message => ("boundaryEvent", Definition("message", message.Message)),
            BoundaryErrorEvent error => ("boundaryEvent", Definition("error", error.Error)),
            BoundaryEscalationEvent escalation => ("boundaryEvent", Definition("escalation", escalation.Escalation)),
            TimerCatchEvent timer => ("intermediateCatchEvent", WriteTimer(timer.Timer)),
            MessageCatchEvent message => ("intermediateCatchEvent", Definition("message", message.Message)),
            IntermediateThrowEvent => ("intermediateThrowEvent", null),
            ReceiveTask => ("receiveTask", null),
            SubProcess => ("subProcess", null),
            CallActivity => ("callActivity", null),
            UnsupportedNode unsupported => FallbackElement(unsupported.ElementType),
            _ => throw new ArgumentException($"Cannot write a node of type {node.GetType().Name}.", nameof(node)),
        };

        var element = new XElement(B + shape.Local, new XAttribute("id", node.Id), NameOf(node.Name), Attributes(node));
        element.Add(DocumentationOf(node.Documentation));
        if (node is CallActivity call)
            element.Add(WriteMappings(call));
        var (before, after) = node is SubProcess sub ? SplitArtifacts(sub.Artifacts) : ([], []);
        element.Add(before);
        element.Add(definition.Incoming(node.Id).Select(f => new XElement(B + "incoming", f.Id)));
        element.Add(definition.Outgoing(node.Id).Select(f => new XElement(B + "outgoing", f.Id)));
        if (node is SubProcess)
        {
            WriteScope(element, node.Id, definition);
            element.Add(after);
        }
        element.Add(shape.Definition);
        return element;
    }

    private static XElement Definition(string kind, EventRef? reference) =>
        new(B + (kind + "EventDefinition"), reference?.RefId is { } refId ? new XAttribute(kind + "Ref", refId) : null);

    private static XElement? WriteLoop(MultiInstance? loop)
    {
        if (loop is null)
            return null;
        var element = new XElement(B + "multiInstanceLoopCharacteristics");
        if (loop.Sequential)
            element.Add(new XAttribute("isSequential", "true"));
        if (loop.CollectionText is { } collection)
            element.Add(new XAttribute(A + "collection", collection));
        if (loop.ElementVariable is { } variable)
            element.Add(new XAttribute(A + "elementVariable", variable));
        if (loop.CardinalityText is { } cardinality)
            element.Add(new XElement(B + "loopCardinality", new XAttribute(X + "type", "bpmn:tFormalExpression"), cardinality));
        if (loop.CompletionText is { } completion)
            element.Add(new XElement(B + "completionCondition", new XAttribute(X + "type", "bpmn:tFormalExpression"), completion));
        return element;
    }

    private static XElement? WriteMappings(CallActivity call)
    {
        if (call.Inputs is null && call.Outputs is null)
            return null;
        var extensions = new XElement(B + "extensionElements");
        foreach (var (local, mappings) in new[] { ("in", call.Inputs), ("out", call.Outputs) })
        {
            if (mappings is null)
                extensions.Add(new XElement(A + local, new XAttribute("variables", "all")));
            else
                extensions.Add(mappings.Value.Select(m => new XElement(A + local, new XAttribute("source", m.Source), new XAttribute("target", m.Target))));
        }
        return extensions;
    }

    private static IEnumerable<XAttribute> Attributes(FlowNode node)
    {
        switch (node)
        {
            case EndEvent { Result: { } result }:
                yield return new XAttribute(A + "result", result);
                break;
            case UserTask task:
                foreach (var attribute in AssigneeAttributes(task.Candidate, "candidateRole", "unitLevel"))
                    yield return attribute;
                yield return new XAttribute(A + "outcomes", string.Join(",", task.Outcomes));
                if (task.Due is { WorkingDays: { } days })
                    yield return new XAttribute(A + "dueInWorkingDays", days.ToString(CultureInfo.InvariantCulture));
                else if (task.Due is { } due)
                    yield return new XAttribute(A + "dueIn", CalendarText(due));
                if (task.Assignment?.Assignee is { } assignee)
                    yield return new XAttribute(A + "assignee", assignee);
                if (task.Assignment is { CandidateUsers.IsEmpty: false } users)
                    yield return new XAttribute(A + "candidateUsers", string.Join(",", users.CandidateUsers));
                if (task.Assignment is { CandidateGroups.IsEmpty: false } groups)
                    yield return new XAttribute(A + "candidateGroups", string.Join(",", groups.CandidateGroups));
                break;
            case AutomaticTask automatic:
                if (automatic.Template is not null)
                    yield return new XAttribute(A + "template", automatic.Template);
                foreach (var attribute in AssigneeAttributes(automatic.Recipient, "recipientRole", "recipientLevel"))
                    yield return attribute;
                break;
            case ExclusiveGateway { DefaultFlowId: { } defaultFlow }:
                yield return new XAttribute("default", defaultFlow);
                break;
            case BoundaryEvent boundary:
                if (boundary.AttachedToId.Length > 0)
                    yield return new XAttribute("attachedToRef", boundary.AttachedToId);
                if (!boundary.Interrupting)
                    yield return new XAttribute("cancelActivity", "false");
                if (boundary is BoundaryTimerEvent { Timer: { InWorkingDays: true } })
                    yield return new XAttribute(A + "calendar", "working");
                if (boundary is BoundaryTimerEvent { Timer: { Anchor: TimeAnchor.TaskDue } })
                    yield return new XAttribute(A + "anchor", "due");
                break;
            case TimerCatchEvent { Timer: { InWorkingDays: true } }:
                yield return new XAttribute(A + "calendar", "working");
                break;
            case InclusiveGateway { DefaultFlowId: { } inclusiveDefault }:
                yield return new XAttribute("default", inclusiveDefault);
                break;
            case ReceiveTask { Message.RefId: { } messageRef }:
                yield return new XAttribute("messageRef", messageRef);
                break;
            case CallActivity call:
                if (call.CalledKey is not null)
                    yield return new XAttribute("calledElement", call.CalledKey);
                if (call.CalledVersion is { } version)
                    yield return new XAttribute(A + "calledVersion", version.ToString(CultureInfo.InvariantCulture));
                break;
        }
    }

    private static IEnumerable<XAttribute> AssigneeAttributes(Assignee? assignee, string role, string level)
    {
        if (assignee is null)
            yield break;
        yield return new XAttribute(A + role, assignee.Role);
        if (assignee.UnitLevel != Assignee.DefaultUnitLevel)
            yield return new XAttribute(A + level, assignee.UnitLevel);
    }

    private static XElement WriteTimer(TimeSpec? timer)
    {
        var definition = new XElement(B + "timerEventDefinition");
        if (timer is null)
            return definition;
        if (timer.Date is { } date)
        {
            definition.Add(new XElement(B + "timeDate", new XAttribute(X + "type", "bpmn:tFormalExpression"),
                timer.Text.Length > 0 ? timer.Text : date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)));
            return definition;
        }
        var text = timer.WorkingDays is { } days ? WorkingDaysText(timer, days) : CalendarText(timer);
        definition.Add(new XElement(B + "timeDuration", new XAttribute(X + "type", "bpmn:tFormalExpression"), text));
        return definition;
    }

    /// <summary>The text as written when it still says the same, so that <c>P1W</c> stays <c>P1W</c>.</summary>
    private static string CalendarText(TimeSpec time) =>
        IsoDuration.TryParse(time.Text, out var span) && span == time.Calendar ? time.Text : IsoDuration.Format(time.Calendar);

    private static string WorkingDaysText(TimeSpec time, int days) =>
        BpmnReader.TryParseWorkingDays(time.Text, out var written) && written == days
            ? time.Text
            : days < 0 ? $"-P{-(long)days}D" : $"P{days}D";

    /// <summary>For a node built in code: <c>timerStartEvent</c> becomes a start event with a timer definition.</summary>
    private static (string Local, XElement? Definition) FallbackElement(string elementType)
    {
        foreach (var suffix in (string[])["StartEvent", "EndEvent", "BoundaryEvent", "IntermediateCatchEvent", "IntermediateThrowEvent"])
        {
            if (elementType.Length <= suffix.Length || !elementType.EndsWith(suffix, StringComparison.Ordinal))
                continue;
            var kind = elementType[..^suffix.Length];
            var local = char.ToLowerInvariant(suffix[0]) + suffix[1..];
            return kind is "multiple" or "referenced" ? (local, null) : (local, new XElement(B + (kind + "EventDefinition")));
        }
        return (XmlConvert.EncodeLocalName(elementType), null);
    }

    private static XElement WriteFlow(SequenceFlow flow)
    {
        var element = new XElement(B + "sequenceFlow", new XAttribute("id", flow.Id), NameOf(flow.Name));
        if (flow.SourceId.Length > 0)
            element.Add(new XAttribute("sourceRef", flow.SourceId));
        if (flow.TargetId.Length > 0)
            element.Add(new XAttribute("targetRef", flow.TargetId));
        element.Add(DocumentationOf(flow.Documentation));
        if (flow.ConditionText is { } condition)
            element.Add(new XElement(B + "conditionExpression", new XAttribute(X + "type", "bpmn:tFormalExpression"), condition));
        return element;
    }

    private static XAttribute? NameOf(string? name) => name is null ? null : new XAttribute("name", name);

    private static XElement? DocumentationOf(string? text) => text is null ? null : new XElement(B + "documentation", text);
}
