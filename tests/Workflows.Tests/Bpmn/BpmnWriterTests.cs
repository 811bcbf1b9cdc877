using System.Xml.Linq;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;
using static ToanDan.Awards.Workflows.Tests.Bpmn.BpmnFixtures;

namespace ToanDan.Awards.Workflows.Tests.Bpmn;

public class BpmnWriterTests
{
    private static readonly XNamespace B = BpmnNamespaces.Bpmn;
    private static readonly XNamespace A = BpmnNamespaces.Award;

    [Fact]
    public void Import_export_import_gives_an_equal_definition_with_the_diagram()
    {
        var first = BpmnReader.Read(Approval);

        var second = BpmnReader.Read(BpmnWriter.Write(first));

        AssertEquivalent(first, second);
        var diagram = second.DocumentParts.Single(p => p.Name.LocalName == "BPMNDiagram");
        Assert.Equal(8, diagram.Descendants(XName.Get("BPMNShape", BpmnNamespaces.BpmnDi)).Count());
        Assert.Equal(["228", "280"], diagram.Descendants(XName.Get("waypoint", BpmnNamespaces.Di)).Take(2).Select(w => (string)w.Attribute("x")!));
        Assert.Equal("60", (string?)diagram.Descendants(XName.Get("Bounds", BpmnNamespaces.Dc)).First().Attribute("y"));
    }

    [Fact]
    public void Export_import_export_gives_identical_text()
    {
        var exported = BpmnWriter.Write(BpmnReader.Read(Approval));

        Assert.Equal(exported, BpmnWriter.Write(BpmnReader.Read(exported)));
    }

    [Fact]
    public void Export_is_standard_bpmn_with_our_prefixes()
    {
        var xml = BpmnWriter.Write(BpmnReader.Read(Approval));
        var root = XDocument.Parse(xml).Root!;

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<bpmn:definitions ", xml);
        Assert.Equal("bpmn", root.GetPrefixOfNamespace(B));
        Assert.Equal("bpmndi", root.GetPrefixOfNamespace(BpmnNamespaces.BpmnDi));
        Assert.Equal("dc", root.GetPrefixOfNamespace(BpmnNamespaces.Dc));
        Assert.Equal("di", root.GetPrefixOfNamespace(BpmnNamespaces.Di));
        Assert.Equal("xsi", root.GetPrefixOfNamespace(BpmnNamespaces.Xsi));
        Assert.Equal("award", root.GetPrefixOfNamespace(A));
        Assert.Equal("camunda", root.GetPrefixOfNamespace(BpmnNamespaces.Camunda));
        Assert.Equal(("Definitions_0x1abcd", "http://bpmn.io/schema/bpmn", "Camunda Modeler"),
            ((string?)root.Attribute("id"), (string?)root.Attribute("targetNamespace"), (string?)root.Attribute("exporter")));
        Assert.Equal(["collaboration", "message", "process", "BPMNDiagram"], root.Elements().Select(e => e.Name.LocalName));
        Assert.Contains("\n  <bpmn:collaboration id=\"Collaboration_1\">\n", xml);
        Assert.DoesNotContain("p1:", xml);
    }

    [Fact]
    public void Process_is_written_with_nodes_in_award_form_and_their_flows()
    {
        var process = WrittenProcess(Approval);

        Assert.Equal(("giay-khen-cat", "Giấy khen của Giám đốc", "true", "180"),
            ((string?)process.Attribute("id"), (string?)process.Attribute("name"), (string?)process.Attribute("isExecutable"),
                (string?)process.Attribute(XName.Get("historyTimeToLive", BpmnNamespaces.Camunda))));
        Assert.Equal(["documentation", "laneSet"], process.Elements().Take(2).Select(e => e.Name.LocalName));
        Assert.Equal("textAnnotation", process.Elements().Reverse().Skip(1).First().Name.LocalName);

        var approve = Node(process, "approve");
        Assert.Equal("pv05-reviewer", (string?)approve.Attribute(A + "candidateRole"));
        Assert.Equal("province", (string?)approve.Attribute(A + "unitLevel"));
        Assert.Equal("approve,reject,return", (string?)approve.Attribute(A + "outcomes"));
        Assert.Equal("P10D", (string?)approve.Attribute(A + "dueIn"));
        Assert.Null(approve.Attribute(XName.Get("candidateGroups", BpmnNamespaces.Camunda)));
        Assert.Equal(["incoming", "outgoing"], approve.Elements().Select(e => e.Name.LocalName));

        var review = Node(process, "review");
        Assert.Equal("5", (string?)review.Attribute(A + "dueInWorkingDays"));
        Assert.Null(review.Attribute(A + "unitLevel"));
        Assert.Equal(["documentation", "incoming", "outgoing"], review.Elements().Select(e => e.Name.LocalName));

        var decide = Node(process, "decide");
        Assert.Equal("f5", (string?)decide.Attribute("default"));
        Assert.Equal(["f4", "f5"], decide.Elements(B + "outgoing").Select(e => e.Value));

        Assert.Equal(["f5", "f8"], Node(process, "refused").Elements(B + "incoming").Select(e => e.Value));
        Assert.NotNull(Node(process, "refused").Element(B + "terminateEventDefinition"));
        Assert.Equal("refused", (string?)Node(process, "refused").Attribute(A + "result"));
        Assert.Equal("award-approved", (string?)Node(process, "notify").Attribute(A + "template"));
        Assert.Equal("sendTask", Node(process, "notify").Name.LocalName);
        Assert.Equal("serviceTask", Node(process, "remindMail").Name.LocalName);
    }

    [Fact]
    public void Timers_are_written_as_durations_with_calendar_and_anchor()
    {
        var process = WrittenProcess(Approval);

        var remind = Node(process, "remind");
        Assert.Equal(("approve", "false", "working", "due"),
            ((string?)remind.Attribute("attachedToRef"), (string?)remind.Attribute("cancelActivity"),
                (string?)remind.Attribute(A + "calendar"), (string?)remind.Attribute(A + "anchor")));
        var duration = remind.Element(B + "timerEventDefinition")!.Element(B + "timeDuration")!;
        Assert.Equal("-P2D", duration.Value);
        Assert.Equal("bpmn:tFormalExpression", (string?)duration.Attribute(XName.Get("type", BpmnNamespaces.Xsi)));

        var escalate = Node(process, "escalate");
        Assert.Null(escalate.Attribute("cancelActivity"));
        Assert.Equal("P1W", escalate.Descendants(B + "timeDuration").Single().Value);
    }

    [Fact]
    public void Conditions_are_formal_expressions()
    {
        var flow = Node(WrittenProcess(Approval), "f4");

        var condition = flow.Element(B + "conditionExpression")!;
        Assert.Equal("outcome == 'approve'", condition.Value);
        Assert.Equal("bpmn:tFormalExpression", (string?)condition.Attribute(XName.Get("type", BpmnNamespaces.Xsi)));
        Assert.Equal(("Đồng ý", "decide", "notify"), ((string?)flow.Attribute("name"), (string?)flow.Attribute("sourceRef"), (string?)flow.Attribute("targetRef")));
    }

    [Fact]
    public void Unsupported_elements_are_written_back_verbatim()
    {
        var script = Node(WrittenProcess(Approval), "script");

        Assert.Equal("javascript", (string?)script.Attribute("scriptFormat"));
        Assert.Equal("execution.setVariable('x', 1);", script.Element(B + "script")?.Value);
    }

    [Fact]
    public void Definition_built_in_code_is_written_and_read_back()
    {
        var definition = new WorkflowDefinition("k", "Khen", [
            new StartEvent("s", null),
            new UserTask("t", "Duyệt", new Assignee("head", "parent"), ["approve"], new TimeSpec(TimeSpan.FromHours(30), null, TimeAnchor.TaskOpened, "")),
            new BoundaryTimerEvent("b", null, "t", true, new TimeSpec(TimeSpan.Zero, -3, TimeAnchor.TaskDue, "")),
            new UnsupportedNode("m", null, "messageStartEvent"),
            new UnsupportedNode("x", null, "scriptTask"),
            new EndEvent("e", null, false, "approved") { Documentation = "Kết thúc" },
        ], [
            new SequenceFlow("f1", null, "s", "t", null),
            new SequenceFlow("f2", null, "t", "e", "outcome == 'approve'") { Documentation = "Đồng ý" },
        ]);

        var xml = BpmnWriter.Write(definition);
        var again = BpmnReader.Read(xml);

        Assert.Equal(new TimeSpec(TimeSpan.FromHours(30), null, TimeAnchor.TaskOpened, "P1DT6H"), ((UserTask)again.GetNode("t")).Due);
        Assert.Equal(new TimeSpec(TimeSpan.Zero, -3, TimeAnchor.TaskDue, "-P3D"), ((BoundaryTimerEvent)again.GetNode("b")).Timer);
        Assert.Equal(new UnsupportedNode("m", null, "messageStartEvent"), again.GetNode("m"));
        Assert.Equal(new UnsupportedNode("x", null, "scriptTask"), again.GetNode("x"));
        Assert.Equal(definition.Nodes.Where(n => n is not (UserTask or BoundaryTimerEvent)), again.Nodes.Where(n => n is not (UserTask or BoundaryTimerEvent)));
        Assert.Equal("Đồng ý", again.FindFlow("f2")?.Documentation);
        Assert.Empty(again.ImportProblems);
        Assert.DoesNotContain("camunda", xml);
    }

    [Fact]
    public void Unreadable_timer_is_written_empty_and_reported_again_on_import()
    {
        var definition = BpmnReader.Read(Process("""
            <bpmn:userTask id="t" />
            <bpmn:boundaryEvent id="b" attachedToRef="t"><bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            """));

        var again = BpmnReader.Read(BpmnWriter.Write(definition));

        Assert.Equal<FlowNode>(definition.Nodes, again.Nodes);
        Assert.Equal("timer-missing", Assert.Single(again.ImportProblems).Code);
    }

    [Fact]
    public void File_using_a_default_namespace_is_written_with_bpmn_prefixes()
    {
        const string xml = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="urn:x">
              <process id="p" isExecutable="true">
                <startEvent id="s" />
                <transaction id="sub"><sequenceFlow id="inner"><conditionExpression xsi:type="tFormalExpression">x</conditionExpression></sequenceFlow></transaction>
              </process>
            </definitions>
            """;

        var exported = BpmnWriter.Write(BpmnReader.Read(xml));

        Assert.Contains("<bpmn:transaction id=\"sub\">", exported);
        Assert.Contains("xsi:type=\"bpmn:tFormalExpression\">x<", exported);
        Assert.DoesNotContain("xmlns=", exported);
        Assert.Equal(exported, BpmnWriter.Write(BpmnReader.Read(exported)));
    }

    private static XElement WrittenProcess(string xml) =>
        XDocument.Parse(BpmnWriter.Write(BpmnReader.Read(xml))).Root!.Element(B + "process")!;

    private static XElement Node(XElement process, string id) => process.Elements().Single(e => (string?)e.Attribute("id") == id);

    private static void AssertEquivalent(WorkflowDefinition expected, WorkflowDefinition actual)
    {
        Assert.Equal((expected.Key, expected.Name, expected.IsExecutable, expected.DefinitionsId, expected.TargetNamespace, expected.Exporter, expected.ExporterVersion, expected.Documentation),
            (actual.Key, actual.Name, actual.IsExecutable, actual.DefinitionsId, actual.TargetNamespace, actual.Exporter, actual.ExporterVersion, actual.Documentation));
        Assert.Equal<FlowNode>(expected.Nodes, actual.Nodes);
        // A parsed condition is compared through its text: it is derived from it.
        Assert.Equal(expected.Flows.Select(f => f with { Condition = null }), actual.Flows.Select(f => f with { Condition = null }));
        Assert.Equal(expected.Flows.Select(f => f.Condition is null), actual.Flows.Select(f => f.Condition is null));
        Assert.Equal<ValidationError>(expected.ImportProblems, actual.ImportProblems);
        AssertSameXml(expected.ProcessArtifacts, actual.ProcessArtifacts);
        AssertSameXml(expected.DocumentParts, actual.DocumentParts);
        Assert.Equal(expected.DefinitionsAttributes.Select(a => a.ToString()), actual.DefinitionsAttributes.Select(a => a.ToString()));
        Assert.Equal(expected.ProcessAttributes.Select(a => a.ToString()), actual.ProcessAttributes.Select(a => a.ToString()));
    }

    private static void AssertSameXml(IReadOnlyList<XElement> expected, IReadOnlyList<XElement> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
            Assert.True(XNode.DeepEquals(expected[i], actual[i]), $"{expected[i]}\n≠\n{actual[i]}");
    }
}
