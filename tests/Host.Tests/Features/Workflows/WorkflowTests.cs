using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Workflows;

public class WorkflowTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private const string Key = DefaultWorkflows.GiayKhen;

    /// <summary>Giấy khen with one more step: before PV05 reviews a round's dossier, PV05's legal officer checks it.</summary>
    private static string WithLegalCheck() => DefaultWorkflows.Xml(Key)
        .Replace("sourceRef=\"Gateway_ToPV05\" targetRef=\"Task_PV05Review\"", "sourceRef=\"Gateway_ToPV05\" targetRef=\"Task_LegalCheck\"", StringComparison.Ordinal)
        .Replace("<bpmn:incoming>Flow_ToPV05Review</bpmn:incoming>", "<bpmn:incoming>Flow_LegalChecked</bpmn:incoming>", StringComparison.Ordinal)
        .Replace("    <bpmn:userTask id=\"Task_PV05Review\"", """
                <bpmn:userTask id="Task_LegalCheck" name="Cán bộ pháp chế rà soát hồ sơ" award:candidateRole="pv05-reviewer" award:unitLevel="province" award:outcomes="approve" award:dueInWorkingDays="3">
                  <bpmn:incoming>Flow_ToPV05Review</bpmn:incoming>
                  <bpmn:outgoing>Flow_LegalChecked</bpmn:outgoing>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_LegalChecked" sourceRef="Task_LegalCheck" targetRef="Task_PV05Review" />
                <bpmn:userTask id="Task_PV05Review"
            """, StringComparison.Ordinal);

    private static string WithScriptTask() => DefaultWorkflows.Xml(Key).Replace("    <bpmn:userTask id=\"Task_PV05Review\"", """
            <bpmn:scriptTask id="Task_Score" name="Tính điểm thi đua" />
            <bpmn:userTask id="Task_PV05Review"
        """, StringComparison.Ordinal);

    private async Task<HttpResponseMessage> UploadAsync(string xml, string userName = "admin", string key = Key, string contentType = "application/xml") =>
        await (await app.ClientForAsync(userName)).PostAsync($"/api/workflows/{key}/versions", new StringContent(xml, Encoding.UTF8, contentType));

    private async Task<HttpResponseMessage> PublishAsync(int version, string userName = "admin") =>
        await (await app.ClientForAsync(userName)).PostAsync($"/api/workflows/{Key}/versions/{version}/publish", null);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task Publishing_a_new_version_leaves_running_dossiers_on_theirs()
    {
        var old = await SubmitInRoundAsync(app, GiayKhen);
        var upload = await UploadAsync(WithLegalCheck());
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var draft = await JsonAsync(upload);
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Empty(draft.GetProperty("errors").EnumerateArray());
        var version = draft.GetProperty("version").GetInt32();
        Assert.Equal($"/api/workflows/{Key}/versions/{version}", upload.Headers.Location?.OriginalString);

        var publish = await PublishAsync(version);

        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Equal("published", (await JsonAsync(publish)).GetProperty("status").GetString());
        var fresh = await SubmitInRoundAsync(app, GiayKhen);
        Assert.Equal(1, (await InstanceAsync(app, old)).WorkflowVersion);
        Assert.Equal(version, (await InstanceAsync(app, fresh)).WorkflowVersion);

        Assert.Equal(["Task_PV05Review"], OpenStepIds(await CompleteAsync(app, "congan.dongtien", old, "Task_CommuneReview")));
        Assert.Equal(["Task_LegalCheck"], OpenStepIds(await CompleteAsync(app, "congan.dongtien", fresh, "Task_CommuneReview")));
        Assert.Equal(["Task_PV05Review"], OpenStepIds(await CompleteAsync(app, "pv05.thanhhoa", fresh, "Task_LegalCheck")));

        var workflows = await (await app.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>("/api/workflows");
        var giayKhen = workflows.EnumerateArray().Single(w => w.GetProperty("key").GetString() == Key);
        var versions = giayKhen.GetProperty("versions").EnumerateArray().ToDictionary(v => v.GetProperty("version").GetInt32());
        Assert.Equal("retired", versions[1].GetProperty("status").GetString());
        Assert.True(versions[1].GetProperty("runningInstances").GetInt32() >= 1);
        Assert.Equal("published", versions[version].GetProperty("status").GetString());
        Assert.True(versions[version].GetProperty("runningInstances").GetInt32() >= 1);
        Assert.Equal(JsonValueKind.String, versions[version].GetProperty("publishedAt").ValueKind);

        Assert.Equal(HttpStatusCode.Conflict, (await PublishAsync(version)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await PublishAsync(1)).StatusCode);
    }

    [Fact]
    public async Task Malformed_xml_is_refused_with_the_readers_message()
    {
        var response = await UploadAsync("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"giay-khen-cat\">");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await JsonAsync(response);
        Assert.Equal("Tệp quy trình không hợp lệ", problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task An_unsupported_element_is_kept_as_a_draft_with_its_errors_and_cannot_be_published()
    {
        var upload = await UploadAsync(WithScriptTask());

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var draft = await JsonAsync(upload);
        var error = Assert.Single(draft.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == "unsupported-element");
        Assert.Equal("Task_Score", error.GetProperty("elementId").GetString());
        Assert.Contains("chưa được hệ thống hỗ trợ", error.GetProperty("message").GetString());

        var publish = await PublishAsync(draft.GetProperty("version").GetInt32());

        Assert.Equal((HttpStatusCode)422, publish.StatusCode);
        var problem = await JsonAsync(publish);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("elementId").GetString() == "Task_Score");
        var workflows = await (await app.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>("/api/workflows");
        var version = workflows.EnumerateArray().Single(w => w.GetProperty("key").GetString() == Key).GetProperty("versions").EnumerateArray()
            .Single(v => v.GetProperty("version").GetInt32() == draft.GetProperty("version").GetInt32());
        Assert.Equal("draft", version.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_file_whose_process_id_is_another_workflow_is_refused()
    {
        var response = await UploadAsync(DefaultWorkflows.Xml(DefaultWorkflows.BangKhen));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không trùng với quy trình 'giay-khen-cat'", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_diagram_with_a_process_id_of_its_own_takes_the_workflows_key()
    {
        // As Camunda Modeler names a new diagram's process.
        var xml = DefaultWorkflows.Xml(Key).Replace($"\"{Key}\"", "\"Process_0k2v9xq\"", StringComparison.Ordinal);

        var response = await UploadAsync(xml);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var draft = await JsonAsync(response);
        Assert.Equal("Process_0k2v9xq", draft.GetProperty("renamedFrom").GetString());
        Assert.Equal(0, draft.GetProperty("errors").GetArrayLength());
        var stored = await (await app.ClientForAsync("admin")).GetStringAsync(response.Headers.Location);
        var definition = BpmnReader.Read(stored);
        Assert.Equal(Key, definition.Key);
        Assert.Contains($"bpmnElement=\"{Key}\"", stored);
        Assert.DoesNotContain("Process_0k2v9xq", stored);
    }

    [Fact]
    public async Task A_camunda_8_diagram_uploads_with_its_groups_as_roles_and_its_feel_conditions_shown_as_errors()
    {
        // As Camunda Modeler 5 saves a Camunda 8 diagram: zeebe assignments, FEEL conditions, its own process id.
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_1x9" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0">
              <bpmn:process id="Process_1r4m2hd" name="Giấy khen (bản vẽ Camunda 8)" isExecutable="true">
                <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="Activity_Review" name="Phòng PV05 thẩm định">
                  <bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="pv05-reviewer" /></bpmn:extensionElements>
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                </bpmn:userTask>
                <bpmn:exclusiveGateway id="Gateway_1" default="Flow_No"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_Yes</bpmn:outgoing><bpmn:outgoing>Flow_No</bpmn:outgoing></bpmn:exclusiveGateway>
                <bpmn:endEvent id="End_Yes"><bpmn:incoming>Flow_Yes</bpmn:incoming></bpmn:endEvent>
                <bpmn:endEvent id="End_No"><bpmn:incoming>Flow_No</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Activity_Review" />
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Review" targetRef="Gateway_1" />
                <bpmn:sequenceFlow id="Flow_Yes" sourceRef="Gateway_1" targetRef="End_Yes"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">=outcome = "approve"</bpmn:conditionExpression></bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="Flow_No" sourceRef="Gateway_1" targetRef="End_No" />
              </bpmn:process>
              <bpmndi:BPMNDiagram id="BPMNDiagram_1">
                <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1r4m2hd">
                  <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Activity_Review_di" bpmnElement="Activity_Review"><dc:Bounds x="240" y="80" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Gateway_1_di" bpmnElement="Gateway_1" isMarkerVisible="true"><dc:Bounds x="395" y="95" width="50" height="50" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="End_Yes_di" bpmnElement="End_Yes"><dc:Bounds x="502" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="End_No_di" bpmnElement="End_No"><dc:Bounds x="502" y="212" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120" /><di:waypoint x="240" y="120" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="340" y="120" /><di:waypoint x="395" y="120" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="Flow_Yes_di" bpmnElement="Flow_Yes"><di:waypoint x="445" y="120" /><di:waypoint x="502" y="120" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="Flow_No_di" bpmnElement="Flow_No"><di:waypoint x="420" y="145" /><di:waypoint x="420" y="230" /><di:waypoint x="502" y="230" /></bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

        var response = await UploadAsync(xml);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var draft = await JsonAsync(response);
        Assert.Equal("Process_1r4m2hd", draft.GetProperty("renamedFrom").GetString());
        var error = Assert.Single(draft.GetProperty("errors").EnumerateArray());
        Assert.Equal(("Flow_Yes", "condition-invalid"), (error.GetProperty("elementId").GetString(), error.GetProperty("code").GetString()));
        Assert.Contains("biểu thức FEEL của Camunda 8", error.GetProperty("message").GetString());
        var stored = BpmnReader.Read(await (await app.ClientForAsync("admin")).GetStringAsync(response.Headers.Location));
        Assert.Equal("pv05-reviewer", Assert.IsType<ToanDan.Awards.Workflows.Definitions.UserTask>(stored.GetNode("Activity_Review")).Candidate?.Role);
    }

    [Fact]
    public async Task A_file_comes_as_text_xml_or_as_a_multipart_form_and_is_given_back_as_uploaded()
    {
        var xml = DefaultWorkflows.Xml(DefaultWorkflows.KyNiemChuong);
        var asText = await UploadAsync(xml, key: DefaultWorkflows.KyNiemChuong, contentType: "text/xml");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(xml));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "ky-niem-chuong.bpmn");
        var asForm = await (await app.ClientForAsync("admin")).PostAsync($"/api/workflows/{DefaultWorkflows.KyNiemChuong}/versions", form);
        var asJson = await UploadAsync(xml, key: DefaultWorkflows.KyNiemChuong, contentType: "application/json");

        Assert.Equal(HttpStatusCode.Created, asText.StatusCode);
        Assert.Equal(HttpStatusCode.Created, asForm.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, asJson.StatusCode);
        var version = (await JsonAsync(asForm)).GetProperty("version").GetInt32();
        var download = await (await app.ClientForAsync("admin")).GetAsync($"/api/workflows/{DefaultWorkflows.KyNiemChuong}/versions/{version}");
        Assert.Equal("application/xml; charset=utf-8", download.Content.Headers.ContentType?.ToString());
        Assert.Equal(xml, await download.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound,
            (await (await app.ClientForAsync("admin")).GetAsync($"/api/workflows/{DefaultWorkflows.KyNiemChuong}/versions/999")).StatusCode);
    }

    [Fact]
    public async Task The_list_shows_each_workflow_with_its_award_types()
    {
        var workflows = await (await app.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>("/api/workflows");

        var bangKhen = workflows.EnumerateArray().Single(w => w.GetProperty("key").GetString() == DefaultWorkflows.BangKhen);
        Assert.Equal("Bằng khen của Chủ tịch UBND tỉnh", bangKhen.GetProperty("name").GetString());
        Assert.Equal(["BK-CTUBND"], bangKhen.GetProperty("awardTypes").EnumerateArray().Select(a => a.GetString()));
        var first = bangKhen.GetProperty("versions")[0];
        Assert.Equal(1, first.GetProperty("version").GetInt32());
        Assert.Equal("published", first.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("pv05.thanhhoa")]
    [InlineData("giamdoc.thanhhoa")]
    [InlineData("thidua.dongtien")]
    [InlineData("v05.bca")]
    public async Task Only_administrators_may_touch_workflows(string userName)
    {
        var client = await app.ClientForAsync(userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/workflows")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/workflows/{Key}/versions/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(WithLegalCheck(), userName)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PublishAsync(1, userName)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/workflows")).StatusCode);
    }

    /// <summary>Two pools, neither marked executable (as the OMG interchange models and many modelers write them).</summary>
    public const string TwoProcessesNoneExecutable = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D2" targetNamespace="urn:test">
          <bpmn:collaboration id="Collab">
            <bpmn:participant id="P_Unit" name="Đơn vị" processRef="Process_Unit" />
            <bpmn:participant id="P_Province" name="Tỉnh" processRef="Process_Province" />
          </bpmn:collaboration>
          <bpmn:process id="Process_Unit" name="Đơn vị lập hồ sơ" isExecutable="false">
            <bpmn:startEvent id="S1" />
            <bpmn:userTask id="T_Prepare" name="Lập hồ sơ"><bpmn:potentialOwner><bpmn:resourceAssignmentExpression><bpmn:formalExpression>unit-clerk</bpmn:formalExpression></bpmn:resourceAssignmentExpression></bpmn:potentialOwner></bpmn:userTask>
            <bpmn:endEvent id="E1" />
            <bpmn:sequenceFlow id="F1" sourceRef="S1" targetRef="T_Prepare" />
            <bpmn:sequenceFlow id="F2" sourceRef="T_Prepare" targetRef="E1" />
          </bpmn:process>
          <bpmn:process id="Process_Province" name="Tỉnh xét duyệt" isExecutable="false">
            <bpmn:startEvent id="S2" />
            <bpmn:userTask id="T_Review" name="PV05 thẩm định"><bpmn:potentialOwner><bpmn:resourceAssignmentExpression><bpmn:formalExpression>pv05-reviewer</bpmn:formalExpression></bpmn:resourceAssignmentExpression></bpmn:potentialOwner></bpmn:userTask>
            <bpmn:endEvent id="E2" />
            <bpmn:sequenceFlow id="F3" sourceRef="S2" targetRef="T_Review" />
            <bpmn:sequenceFlow id="F4" sourceRef="T_Review" targetRef="E2" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task A_file_with_several_processes_none_executable_lists_them_and_imports_the_one_chosen()
    {
        var refused = await UploadAsync(TwoProcessesNoneExecutable);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await JsonAsync(refused);
        Assert.Equal("choose-process", problem.GetProperty("code").GetString());
        Assert.Equal(["Process_Unit", "Process_Province"], problem.GetProperty("processes").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal("Tỉnh xét duyệt", problem.GetProperty("processes")[1].GetProperty("name").GetString());

        var chosen = await (await app.ClientForAsync("admin")).PostAsync($"/api/workflows/{Key}/versions?process=Process_Province",
            new StringContent(TwoProcessesNoneExecutable, Encoding.UTF8, "application/xml"));

        Assert.Equal(HttpStatusCode.Created, chosen.StatusCode);
        var draft = await JsonAsync(chosen);
        Assert.Equal("Process_Province", draft.GetProperty("renamedFrom").GetString());
        var xml = await (await app.ClientForAsync("admin")).GetStringAsync($"/api/workflows/{Key}/versions/{draft.GetProperty("version").GetInt32()}");
        var definition = BpmnReader.Read(xml);
        Assert.Equal(Key, definition.Key);
        Assert.NotNull(definition.FindNode("T_Review"));
        Assert.Null(definition.FindNode("T_Prepare"));
    }
}
