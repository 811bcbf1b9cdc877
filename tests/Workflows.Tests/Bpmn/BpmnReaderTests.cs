using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;
using static ToanDan.Awards.Workflows.Tests.Bpmn.BpmnFixtures;

namespace ToanDan.Awards.Workflows.Tests.Bpmn;

public class BpmnReaderTests
{
    private static T Only<T>(string children) where T : FlowNode => Assert.IsType<T>(Assert.Single(BpmnReader.Read(Process(children)).Nodes));

    private static ValidationError OnlyProblem(string children) => Assert.Single(BpmnReader.Read(Process(children)).ImportProblems);

    [Fact]
    public void None_start_event_is_a_start_event()
    {
        var start = Only<StartEvent>("""<bpmn:startEvent id="s" name="Bắt đầu"><bpmn:documentation>Mở hồ sơ</bpmn:documentation></bpmn:startEvent>""");

        Assert.Equal(new StartEvent("s", "Bắt đầu") { Documentation = "Mở hồ sơ" }, start);
    }

    [Theory]
    [InlineData("timerEventDefinition", "timerStartEvent")]
    [InlineData("messageEventDefinition", "messageStartEvent")]
    [InlineData("signalEventDefinition", "signalStartEvent")]
    public void Start_event_with_an_event_definition_is_unsupported_and_named(string definition, string type)
    {
        var node = Only<UnsupportedNode>($"""<bpmn:startEvent id="s" name="Hẹn"><bpmn:{definition} /></bpmn:startEvent>""");

        Assert.Equal(new UnsupportedNode("s", "Hẹn", type), node);
        Assert.NotNull(node.Element);
    }

    [Fact]
    public void End_events_are_none_or_terminate_with_their_result()
    {
        var nodes = BpmnReader.Read(Process("""
            <bpmn:endEvent id="ok" award:result="approved" />
            <bpmn:endEvent id="stop" name="Dừng" award:result="refused"><bpmn:terminateEventDefinition /></bpmn:endEvent>
            <bpmn:endEvent id="plain" />
            <bpmn:endEvent id="err"><bpmn:errorEventDefinition /></bpmn:endEvent>
            <bpmn:endEvent id="msg"><bpmn:messageEventDefinition /></bpmn:endEvent>
            """)).Nodes;

        Assert.Equal<FlowNode>(
            [
                new EndEvent("ok", null, false, "approved"),
                new EndEvent("stop", "Dừng", true, "refused"),
                new EndEvent("plain", null, false, null),
                new EndEvent("err", null, false, null) { Throws = new EndThrow(EndThrowKind.Error, null) },
                new UnsupportedNode("msg", null, "messageEndEvent"),
            ],
            nodes);
    }

    [Fact]
    public void User_task_reads_our_attributes()
    {
        var task = Only<UserTask>("""
            <bpmn:userTask id="t" name="Duyệt" award:candidateRole="pv05-reviewer" award:unitLevel="province"
                           award:outcomes=" approve , Reject,return,, " award:dueInWorkingDays="5" />
            """);

        Assert.Equal(new Assignee("pv05-reviewer", "province"), task.Candidate);
        Assert.Equal<string>(["approve", "Reject", "return"], task.Outcomes);
        Assert.Equal(new TimeSpec(TimeSpan.Zero, 5, TimeAnchor.TaskOpened, "5"), task.Due);
    }

    [Fact]
    public void User_task_defaults_unit_outcomes_and_no_deadline()
    {
        var task = Only<UserTask>("""<bpmn:userTask id="t" award:candidateRole="reviewer" />""");

        Assert.Equal(new Assignee("reviewer", Assignee.DefaultUnitLevel), task.Candidate);
        Assert.Equal<string>(UserTask.DefaultOutcomes, task.Outcomes);
        Assert.Null(task.Due);
    }

    [Fact]
    public void User_task_without_role_has_no_candidate()
    {
        Assert.Null(Only<UserTask>("""<bpmn:userTask id="t" />""").Candidate);
    }

    [Fact]
    public void User_task_due_in_calendar_time()
    {
        var task = Only<UserTask>("""<bpmn:userTask id="t" award:dueIn="PT36H" />""");

        Assert.Equal(new TimeSpec(TimeSpan.FromHours(36), null, TimeAnchor.TaskOpened, "PT36H"), task.Due);
    }

    [Fact]
    public void Camunda_candidate_groups_and_due_date_are_read_as_fallbacks()
    {
        var task = Only<UserTask>("""
            <bpmn:userTask id="t" camunda:candidateGroups=" pv05-head, pv05-reviewer" camunda:dueDate="P10D" camunda:assignee="ignored" />
            """);

        Assert.Equal(new Assignee("pv05-head", "self"), task.Candidate);
        Assert.Equal(new TimeSpec(TimeSpan.FromDays(10), null, TimeAnchor.TaskOpened, "P10D"), task.Due);
    }

    [Fact]
    public void Our_attributes_win_over_camunda_ones()
    {
        var task = Only<UserTask>("""
            <bpmn:userTask id="t" award:candidateRole="ours" camunda:candidateGroups="theirs" award:dueInWorkingDays="3" camunda:dueDate="P10D" />
            """);

        Assert.Equal("ours", task.Candidate?.Role);
        Assert.Equal(3, task.Due?.WorkingDays);
    }

    [Theory]
    [InlineData("""camunda:dueDate="${dueDate}" """, "${dueDate}")]
    [InlineData("""camunda:dueDate="2025-12-31T00:00:00" """, "2025-12-31T00:00:00")]
    [InlineData("""award:dueIn="P1M" """, "P1M")]
    [InlineData("""award:dueIn="-P1D" """, "-P1D")]
    [InlineData("""award:dueInWorkingDays="-2" """, "-2")]
    [InlineData("""award:dueInWorkingDays="năm" """, "năm")]
    public void Unreadable_deadline_is_an_import_problem(string attribute, string text)
    {
        var definition = BpmnReader.Read(Process($"""<bpmn:userTask id="t" name="Duyệt" {attribute}/>"""));

        Assert.Null(Assert.IsType<UserTask>(Assert.Single(definition.Nodes)).Due);
        var problem = Assert.Single(definition.ImportProblems);
        Assert.Equal("t", problem.ElementId);
        Assert.Equal("invalid-due", problem.Code);
        Assert.StartsWith($"Không đọc được hạn xử lý '{text}' của bước 'Duyệt' (t): ", problem.Message);
    }

    [Fact]
    public void A_camunda_8_assignment_gives_the_role_and_is_written_back_as_ours()
    {
        var definition = BpmnReader.Read(Process("""
            <bpmn:userTask id="t" name="Duyệt">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" candidateGroups="pv05-reviewer, council" />
              </bpmn:extensionElements>
            </bpmn:userTask>
            """));

        Assert.Equal("pv05-reviewer", Assert.IsType<UserTask>(Assert.Single(definition.Nodes)).Candidate?.Role);
        Assert.Contains("award:candidateRole=\"pv05-reviewer\"", BpmnWriter.Write(definition));
    }

    [Fact]
    public void A_camunda_8_feel_list_of_groups_gives_the_role()
    {
        var task = Only<UserTask>("""
            <bpmn:userTask id="t">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" candidateGroups="=[&quot;pv05-reviewer&quot;]" />
              </bpmn:extensionElements>
            </bpmn:userTask>
            """);

        Assert.Equal("pv05-reviewer", task.Candidate?.Role);
        Assert.Null(task.Assignment);
    }

    [Fact]
    public void Candidate_groups_given_as_an_expression_are_resolved_when_the_task_opens()
    {
        var task = Only<UserTask>("""<bpmn:userTask id="t" camunda:candidateGroups="${group}" />""");

        Assert.Null(task.Candidate);
        Assert.Equal("${group}", Assert.Single(task.Assignment!.CandidateGroups));
    }

    [Fact]
    public void Our_candidate_role_given_as_an_expression_is_an_import_problem()
    {
        var problem = OnlyProblem("""<bpmn:userTask id="t" award:candidateRole="${group}" />""");

        Assert.Equal(("t", "invalid-candidate-role"), (problem.ElementId, problem.Code));
    }

    [Fact]
    public void Empty_outcomes_are_an_import_problem()
    {
        Assert.Equal("no-outcomes", OnlyProblem("""<bpmn:userTask id="t" award:outcomes=" , " />""").Code);
    }

    [Theory]
    [InlineData("sendTask", AutomaticTaskKind.Send)]
    [InlineData("serviceTask", AutomaticTaskKind.Service)]
    public void Send_and_service_tasks_are_automatic(string element, AutomaticTaskKind kind)
    {
        var nodes = BpmnReader.Read(Process($"""
            <bpmn:{element} id="a" name="Báo" award:template="award-approved" award:recipientRole="nominator" award:recipientLevel="parent" />
            <bpmn:{element} id="b" award:template="reminder" award:recipientLevel="parent" />
            """)).Nodes;

        Assert.Equal<FlowNode>(
            [
                new AutomaticTask("a", "Báo", kind, "award-approved", new Assignee("nominator", "parent")),
                new AutomaticTask("b", null, kind, "reminder", null),
            ],
            nodes);
    }

    [Theory]
    [InlineData("""camunda:class="org.example.Mail" """)]
    [InlineData("""camunda:expression="${mail.send()}" """)]
    [InlineData("""camunda:delegateExpression="${mailer}" """)]
    [InlineData("""camunda:type="external" camunda:topic="mail" """)]
    public void Camunda_service_task_implementations_are_never_run(string implementation)
    {
        var task = Only<AutomaticTask>($"""<bpmn:serviceTask id="s" {implementation}/>""");

        Assert.Equal(new AutomaticTask("s", null, AutomaticTaskKind.Service, null, null), task);
    }

    [Fact]
    public void Gateways_keep_their_default_flow()
    {
        var nodes = BpmnReader.Read(Process("""
            <bpmn:exclusiveGateway id="x" name="Kết quả?" default="f" />
            <bpmn:parallelGateway id="y" />
            """)).Nodes;

        Assert.Equal<FlowNode>([new ExclusiveGateway("x", "Kết quả?", "f"), new ParallelGateway("y", null)], nodes);
    }

    [Fact]
    public void Interrupting_timer_in_calendar_time()
    {
        var timer = Boundary("""attachedToRef="t" """, "P1DT12H");

        Assert.Equal(new BoundaryTimerEvent("b", "Hẹn", "t", true, new TimeSpec(TimeSpan.FromHours(36), null, TimeAnchor.TaskOpened, "P1DT12H")), timer);
    }

    [Fact]
    public void Reminder_two_working_days_before_the_deadline()
    {
        var timer = Boundary("""attachedToRef="t" cancelActivity="false" award:calendar="working" award:anchor="due" """, "-P2D");

        Assert.False(timer.Interrupting);
        Assert.Equal(new TimeSpec(TimeSpan.Zero, -2, TimeAnchor.TaskDue, "-P2D"), timer.Timer);
    }

    [Fact]
    public void A_working_week_is_five_working_days()
    {
        Assert.Equal(10, Boundary("""attachedToRef="t" award:calendar="working" """, "P2W").Timer?.WorkingDays);
    }

    [Theory]
    [InlineData("PT12H")]
    [InlineData("P1DT2H")]
    [InlineData("P1.5D")]
    public void Working_days_must_be_whole_days(string duration)
    {
        var definition = BpmnReader.Read(Process(Task + BoundaryXml("""attachedToRef="t" award:calendar="working" """, duration)));

        Assert.Null(Assert.IsType<BoundaryTimerEvent>(definition.Nodes[1]).Timer);
        Assert.Equal(("b", "invalid-timer"), (definition.ImportProblems[0].ElementId, definition.ImportProblems[0].Code));
    }

    [Theory]
    [InlineData("""<bpmn:timeDate xsi:type="bpmn:tFormalExpression">31/12/2025</bpmn:timeDate>""", "invalid-timer")]
    [InlineData("""<bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R3/PT10H</bpmn:timeCycle>""", "timer-not-supported")]
    [InlineData("", "timer-missing")]
    [InlineData("""<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${remindIn}</bpmn:timeDuration>""", "invalid-timer")]
    [InlineData("""<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P1M</bpmn:timeDuration>""", "invalid-timer")]
    public void Timer_the_engine_cannot_count_is_an_import_problem(string timer, string code)
    {
        var definition = BpmnReader.Read(Process(Task + $"""
            <bpmn:boundaryEvent id="b" attachedToRef="t"><bpmn:timerEventDefinition>{timer}</bpmn:timerEventDefinition></bpmn:boundaryEvent>
            """));

        Assert.Null(Assert.IsType<BoundaryTimerEvent>(definition.Nodes[1]).Timer);
        Assert.Equal(("b", code), (definition.ImportProblems[0].ElementId, definition.ImportProblems[0].Code));
    }

    [Theory]
    [InlineData("""award:anchor="start" """, "invalid-anchor")]
    [InlineData("""award:calendar="lunar" """, "invalid-calendar")]
    public void Unknown_anchor_or_calendar_is_an_import_problem(string attribute, string code)
    {
        var definition = BpmnReader.Read(Process(Task + BoundaryXml($"""attachedToRef="t" {attribute}""", "P1D")));

        Assert.Equal(code, Assert.Single(definition.ImportProblems).Code);
    }

    [Fact]
    public void Timer_attached_to_nothing_is_an_import_problem()
    {
        var definition = BpmnReader.Read(Process(BoundaryXml("", "P1D") + BoundaryXml("""attachedToRef="ghost" """, "P1D").Replace("\"b\"", "\"c\"", StringComparison.Ordinal)));

        Assert.Equal(["boundary-not-attached", "boundary-unknown-task"], definition.ImportProblems.Select(p => p.Code));
        Assert.Equal("", Assert.IsType<BoundaryTimerEvent>(definition.Nodes[0]).AttachedToId);
    }

    [Theory]
    [InlineData("signalEventDefinition", "signalBoundaryEvent")]
    [InlineData("conditionalEventDefinition", "conditionalBoundaryEvent")]
    [InlineData("compensateEventDefinition", "compensateBoundaryEvent")]
    public void Other_boundary_events_are_unsupported_and_named(string definition, string type)
    {
        var nodes = BpmnReader.Read(Process(Task + $"""<bpmn:boundaryEvent id="b" attachedToRef="t"><bpmn:{definition} /></bpmn:boundaryEvent>""")).Nodes;

        Assert.Equal(new UnsupportedNode("b", null, type), nodes[1]);
    }

    [Fact]
    public void Message_error_and_escalation_boundary_events_are_read_with_their_codes()
    {
        var definition = BpmnReader.Read(Definitions("""
            <bpmn:message id="M1" name="quyet-dinh-bo-da-ve" />
            <bpmn:error id="E1" errorCode="HO_SO_SAI" />
            <bpmn:escalation id="X1" name="Báo cấp trên" />
            <bpmn:process id="p" isExecutable="true">
              <bpmn:subProcess id="sub"><bpmn:startEvent id="s" /></bpmn:subProcess>
              <bpmn:boundaryEvent id="m" attachedToRef="sub" cancelActivity="false"><bpmn:messageEventDefinition messageRef="M1" /></bpmn:boundaryEvent>
              <bpmn:boundaryEvent id="e" attachedToRef="sub"><bpmn:errorEventDefinition errorRef="E1" /></bpmn:boundaryEvent>
              <bpmn:boundaryEvent id="x" attachedToRef="sub"><bpmn:escalationEventDefinition escalationRef="X1" /></bpmn:boundaryEvent>
            </bpmn:process>
            """));

        Assert.Equal(new BoundaryMessageEvent("m", null, "sub", false, new EventRef("M1", "quyet-dinh-bo-da-ve")), definition.FindNode("m"));
        Assert.Equal(new BoundaryErrorEvent("e", null, "sub", new EventRef("E1", "HO_SO_SAI")), definition.FindNode("e"));
        Assert.Equal(new BoundaryEscalationEvent("x", null, "sub", true, new EventRef("X1", "X1")), definition.FindNode("x"));
        Assert.Equal("sub", definition.FindNode("s")?.ScopeId);
        Assert.Empty(definition.ImportProblems);
    }

    private static string Definitions(string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
        {body}
        </bpmn:definitions>
        """;

    [Fact]
    public void Sequence_flows_keep_names_conditions_and_documentation()
    {
        var flows = BpmnReader.Read(Process("""
            <bpmn:startEvent id="a" /><bpmn:endEvent id="b" />
            <bpmn:sequenceFlow id="f1" name="Đồng ý" sourceRef="a" targetRef="b">
              <bpmn:documentation>Khi thủ trưởng đồng ý</bpmn:documentation>
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">
                outcome == 'approve'
              </bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">  </bpmn:conditionExpression></bpmn:sequenceFlow>
            """)).Flows;

        Assert.Equal(new SequenceFlow("f1", "Đồng ý", "a", "b", "outcome == 'approve'") { Documentation = "Khi thủ trưởng đồng ý", Condition = flows[0].Condition }, flows[0]);
        Assert.Equal("outcome == 'approve'", flows[0].Condition?.Text);
        Assert.Null(flows[0].ConditionError);
        Assert.Equal(new SequenceFlow("f2", null, "a", "b", null), flows[1]);
    }

    [Fact]
    public void Flows_between_unknown_nodes_are_import_problems()
    {
        var problems = BpmnReader.Read(Process("""
            <bpmn:startEvent id="a" />
            <bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="nowhere" />
            <bpmn:sequenceFlow id="f2" />
            """)).ImportProblems;

        Assert.Equal(
            [("f1", "flow-unknown-target"), ("f2", "flow-unknown-source"), ("f2", "flow-unknown-target")],
            problems.Select(p => (p.ElementId!, p.Code)));
        Assert.Contains("'nowhere'", problems[0].Message);
    }

    [Theory]
    [InlineData("scriptTask")]
    [InlineData("task")]
    [InlineData("manualTask")]
    [InlineData("businessRuleTask")]
    [InlineData("complexGateway")]
    [InlineData("intermediateCatchEvent")]
    [InlineData("adHocSubProcess")]
    [InlineData("transaction")]
    public void Any_other_element_is_an_unsupported_node_never_skipped(string element)
    {
        var node = Only<UnsupportedNode>($"""<bpmn:{element} id="x" name="Khác"><bpmn:documentation>ghi chú</bpmn:documentation></bpmn:{element}>""");

        Assert.Equal(new UnsupportedNode("x", "Khác", element) { Documentation = "ghi chú" }, node);
        Assert.Equal(element, node.Element?.Name.LocalName);
    }

    [Fact]
    public void Artifacts_and_process_documentation_are_kept_verbatim()
    {
        var definition = BpmnReader.Read(Process("""
            <bpmn:documentation>Quy trình mẫu</bpmn:documentation>
            <bpmn:extensionElements><camunda:properties><camunda:property name="a" value="1" /></camunda:properties></bpmn:extensionElements>
            <bpmn:laneSet id="ls"><bpmn:lane id="l1" name="Đơn vị"><bpmn:flowNodeRef>s</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
            <bpmn:startEvent id="s" />
            <bpmn:dataObject id="do" />
            <bpmn:dataObjectReference id="dor" dataObjectRef="do" />
            <bpmn:dataStoreReference id="dsr" />
            <bpmn:textAnnotation id="ta"><bpmn:text>Ghi chú</bpmn:text></bpmn:textAnnotation>
            <bpmn:association id="as" sourceRef="s" targetRef="ta" />
            <bpmn:group id="g" categoryValueRef="cv" />
            """));

        Assert.Equal("Quy trình mẫu", definition.Documentation);
        Assert.Equal(
            ["extensionElements", "laneSet", "dataObject", "dataObjectReference", "dataStoreReference", "textAnnotation", "association", "group"],
            definition.ProcessArtifacts.Select(a => a.Name.LocalName));
        Assert.Equal("Ghi chú", definition.ProcessArtifacts[5].Value);
        Assert.All(definition.ProcessArtifacts, a => Assert.Null(a.Parent));
        Assert.Single(definition.Nodes);
        Assert.Empty(definition.ImportProblems);
    }

    [Fact]
    public void File_made_in_camunda_modeler_is_read_whole()
    {
        var definition = BpmnReader.Read(Approval);

        Assert.Equal(("giay-khen-cat", "Giấy khen của Giám đốc", true), (definition.Key, definition.Name, definition.IsExecutable));
        Assert.Equal(("Definitions_0x1abcd", "Camunda Modeler", "5.31.0"), (definition.DefinitionsId, definition.Exporter, definition.ExporterVersion));
        Assert.Equal(
            ["start", "review", "approve", "decide", "notify", "approved", "refused", "remind", "remindMail", "escalate", "script"],
            definition.Nodes.Select(n => n.Id));
        Assert.Equal(["f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8"], definition.Flows.Select(f => f.Id));
        Assert.Equal(["collaboration", "message", "BPMNDiagram"], definition.DocumentParts.Select(p => p.Name.LocalName));
        Assert.Equal(["laneSet", "textAnnotation", "association"], definition.ProcessArtifacts.Select(a => a.Name.LocalName));
        Assert.Equal(new UserTask("approve", "Duyệt", new Assignee("pv05-reviewer", "province"), ["approve", "reject", "return"],
            new TimeSpec(TimeSpan.FromDays(10), null, TimeAnchor.TaskOpened, "P10D"))
        {
            // Both of camunda:candidateGroups are kept: the first is the role the task is routed by.
            Assignment = new TaskAssignment(null, [], ["pv05-reviewer", "pv05-head"]),
        }, definition.GetNode("approve"));
        Assert.Equal(["remind", "escalate"], definition.BoundaryTimersOf("approve").Select(b => b.Id));
        Assert.Equal(TimeSpan.FromDays(7), definition.BoundaryTimersOf("approve")[1].Timer?.Calendar);
        Assert.Equal("scriptTask", Assert.IsType<UnsupportedNode>(definition.GetNode("script")).ElementType);
        Assert.Contains(definition.ProcessAttributes, a => a.Name.LocalName == "historyTimeToLive" && a.Value == "180");
        Assert.Contains(definition.DefinitionsAttributes, a => a.Name.LocalName == "executionPlatform");
        Assert.Empty(definition.ImportProblems);
    }

    [Fact]
    public void Stream_is_read_like_text_and_left_open()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Approval));

        var definition = BpmnReader.Read(stream);

        Assert.Equal(11, definition.Nodes.Length);
        Assert.True(stream.CanRead);
    }

    [Fact]
    public void Prefixes_other_than_bpmn_are_understood()
    {
        const string xml = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:a="urn:toandan:awards:bpmn:1.0" id="d">
              <process id="p">
                <userTask id="t" a:candidateRole="r" />
                <transaction id="sub"><sequenceFlow id="inner"><conditionExpression xsi:type="tFormalExpression">x</conditionExpression></sequenceFlow></transaction>
              </process>
            </definitions>
            """;

        var definition = BpmnReader.Read(xml);

        Assert.Equal("r", Assert.IsType<UserTask>(definition.Nodes[0]).Candidate?.Role);
        var inner = Assert.IsType<UnsupportedNode>(definition.Nodes[1]).Element!.Descendants().Single(e => e.Name.LocalName == "conditionExpression");
        Assert.Equal("bpmn:tFormalExpression", (string?)inner.Attribute(System.Xml.Linq.XName.Get("type", BpmnNamespaces.Xsi)));
    }

    private const string Task = """<bpmn:userTask id="t" award:candidateRole="r" />""";

    private static string BoundaryXml(string attributes, string duration) => $"""
        <bpmn:boundaryEvent id="b" name="Hẹn" {attributes}>
          <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">{duration}</bpmn:timeDuration></bpmn:timerEventDefinition>
        </bpmn:boundaryEvent>
        """;

    private static BoundaryTimerEvent Boundary(string attributes, string duration)
    {
        var definition = BpmnReader.Read(Process(Task + BoundaryXml(attributes, duration)));
        Assert.Empty(definition.ImportProblems);
        return Assert.IsType<BoundaryTimerEvent>(definition.Nodes[1]);
    }
}
