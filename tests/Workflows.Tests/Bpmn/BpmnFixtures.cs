namespace ToanDan.Awards.Workflows.Tests.Bpmn;

/// <summary>Small BPMN files, written the way bpmn-js and Camunda Modeler write them.</summary>
internal static class BpmnFixtures
{
    /// <summary>A definitions document around one process with these children.</summary>
    public static string Process(string children, string processAttributes = "isExecutable=\"true\"") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                          xmlns:award="urn:toandan:awards:bpmn:1.0"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="p" name="Quy trình" {processAttributes}>
            {children}
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>
    /// A two-level approval drawn in Camunda Modeler: a collaboration with a pool and two lanes, a text annotation,
    /// a reminder and an escalation timer, a condition on each branch, and the full diagram (shapes, edges, labels).
    /// </summary>
    public const string Approval = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" xmlns:award="urn:toandan:awards:bpmn:1.0" id="Definitions_0x1abcd" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.22.0">
          <bpmn:collaboration id="Collaboration_1">
            <bpmn:participant id="Participant_1" name="Công an tỉnh" processRef="giay-khen-cat" />
            <bpmn:textAnnotation id="TextAnnotation_c">
              <bpmn:text>Hội đồng họp theo quý</bpmn:text>
            </bpmn:textAnnotation>
          </bpmn:collaboration>
          <bpmn:process id="giay-khen-cat" name="Giấy khen của Giám đốc" isExecutable="true" camunda:historyTimeToLive="180">
            <bpmn:documentation>Quy trình xét Giấy khen.</bpmn:documentation>
            <bpmn:laneSet id="LaneSet_1">
              <bpmn:lane id="Lane_unit" name="Đơn vị">
                <bpmn:flowNodeRef>start</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>review</bpmn:flowNodeRef>
              </bpmn:lane>
              <bpmn:lane id="Lane_pv05" name="Phòng Tổ chức cán bộ">
                <bpmn:flowNodeRef>approve</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>decide</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>notify</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>approved</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>refused</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>remind</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>escalate</bpmn:flowNodeRef>
              </bpmn:lane>
            </bpmn:laneSet>
            <bpmn:startEvent id="start" name="Đề nghị khen">
              <bpmn:outgoing>f1</bpmn:outgoing>
            </bpmn:startEvent>
            <bpmn:userTask id="review" name="Thẩm định" award:candidateRole="unit-reviewer" award:dueInWorkingDays="5">
              <bpmn:documentation>Kiểm tra hồ sơ.</bpmn:documentation>
              <bpmn:incoming>f1</bpmn:incoming>
              <bpmn:outgoing>f2</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="approve" name="Duyệt" camunda:candidateGroups="pv05-reviewer, pv05-head" camunda:dueDate="P10D" award:unitLevel="province" award:outcomes="approve,reject,return">
              <bpmn:extensionElements>
                <camunda:formData>
                  <camunda:formField id="note" type="string" />
                </camunda:formData>
              </bpmn:extensionElements>
              <bpmn:incoming>f2</bpmn:incoming>
              <bpmn:outgoing>f3</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="approve" />
            <bpmn:exclusiveGateway id="decide" name="Kết quả?" default="f5">
              <bpmn:incoming>f3</bpmn:incoming>
              <bpmn:outgoing>f4</bpmn:outgoing>
              <bpmn:outgoing>f5</bpmn:outgoing>
            </bpmn:exclusiveGateway>
            <bpmn:sequenceFlow id="f3" sourceRef="approve" targetRef="decide" />
            <bpmn:sequenceFlow id="f4" name="Đồng ý" sourceRef="decide" targetRef="notify">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">outcome == 'approve'</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="f5" name="Không đồng ý" sourceRef="decide" targetRef="refused" />
            <bpmn:sendTask id="notify" name="Báo kết quả" award:template="award-approved" award:recipientRole="nominator">
              <bpmn:incoming>f4</bpmn:incoming>
              <bpmn:outgoing>f6</bpmn:outgoing>
            </bpmn:sendTask>
            <bpmn:sequenceFlow id="f6" sourceRef="notify" targetRef="approved" />
            <bpmn:endEvent id="approved" name="Đã khen" award:result="approved">
              <bpmn:incoming>f6</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:endEvent id="refused" name="Không khen" award:result="refused">
              <bpmn:incoming>f5</bpmn:incoming>
              <bpmn:incoming>f8</bpmn:incoming>
              <bpmn:terminateEventDefinition id="TerminateEventDefinition_1" />
            </bpmn:endEvent>
            <bpmn:boundaryEvent id="remind" name="Nhắc" cancelActivity="false" attachedToRef="approve" award:calendar="working" award:anchor="due">
              <bpmn:outgoing>f7</bpmn:outgoing>
              <bpmn:timerEventDefinition id="TimerEventDefinition_1">
                <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">-P2D</bpmn:timeDuration>
              </bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:serviceTask id="remindMail" name="Gửi nhắc" camunda:class="org.example.Remind" award:template="reminder">
              <bpmn:incoming>f7</bpmn:incoming>
            </bpmn:serviceTask>
            <bpmn:sequenceFlow id="f7" sourceRef="remind" targetRef="remindMail" />
            <bpmn:boundaryEvent id="escalate" name="Quá hạn" attachedToRef="approve">
              <bpmn:outgoing>f8</bpmn:outgoing>
              <bpmn:timerEventDefinition id="TimerEventDefinition_2">
                <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P1W</bpmn:timeDuration>
              </bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f8" sourceRef="escalate" targetRef="refused" />
            <bpmn:scriptTask id="script" name="Tính điểm" scriptFormat="javascript">
              <bpmn:script>execution.setVariable('x', 1);</bpmn:script>
            </bpmn:scriptTask>
            <bpmn:textAnnotation id="TextAnnotation_1">
              <bpmn:text>Cấp tỉnh duyệt trong 10 ngày</bpmn:text>
            </bpmn:textAnnotation>
            <bpmn:association id="Association_1" associationDirection="None" sourceRef="approve" targetRef="TextAnnotation_1" />
          </bpmn:process>
          <bpmn:message id="Message_1" name="hoSoBoSung" />
          <bpmndi:BPMNDiagram id="BPMNDiagram_1">
            <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">
              <bpmndi:BPMNShape id="Participant_1_di" bpmnElement="Participant_1" isHorizontal="true">
                <dc:Bounds x="120" y="60" width="900" height="380" />
                <bpmndi:BPMNLabel />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Lane_unit_di" bpmnElement="Lane_unit" isHorizontal="true">
                <dc:Bounds x="150" y="60" width="870" height="160" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Lane_pv05_di" bpmnElement="Lane_pv05" isHorizontal="true">
                <dc:Bounds x="150" y="220" width="870" height="220" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="start_di" bpmnElement="start">
                <dc:Bounds x="192" y="122" width="36" height="36" />
                <bpmndi:BPMNLabel>
                  <dc:Bounds x="176" y="165" width="68" height="14" />
                </bpmndi:BPMNLabel>
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="review_di" bpmnElement="review">
                <dc:Bounds x="280" y="100" width="100" height="80" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="approve_di" bpmnElement="approve">
                <dc:Bounds x="280" y="280" width="100" height="80" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="decide_di" bpmnElement="decide" isMarkerVisible="true">
                <dc:Bounds x="435" y="295" width="50" height="50" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="remind_di" bpmnElement="remind">
                <dc:Bounds x="312" y="342" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1">
                <di:waypoint x="228" y="140" />
                <di:waypoint x="280" y="140" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="f4_di" bpmnElement="f4">
                <di:waypoint x="485" y="320" />
                <di:waypoint x="540" y="320" />
                <bpmndi:BPMNLabel>
                  <dc:Bounds x="495" y="302" width="35" height="14" />
                </bpmndi:BPMNLabel>
              </bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}
