using Microsoft.Playwright;
using ToanDan.Awards.Host.Domain;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestWorkflows;

namespace ToanDan.Awards.Host.Tests.Pages;

/// <summary>
/// A dossier on its workflow's diagram (`/quan-tri/quy-trinh/ho-so/{id}`) while the council votes one ballot per member,
/// the vote drawn inside a collapsed sub-process: the sub-process opens, and the vote shows each member and their ballot.
/// </summary>
public class WorkflowInstanceViewTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Key = "hoi-dong-trong-tien-trinh-con";

    private static string Workflow() => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:award="urn:toandan:awards:bpmn:1.0"
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
            xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_{Key}" targetNamespace="urn:toandan:awards:workflows">
          <bpmn:process id="{Key}" name="Hội đồng biểu quyết trong tiến trình con" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="Task_Check" name="Kiểm tra hồ sơ" award:candidateRole="pv05-reviewer" award:unitLevel="province" award:outcomes="approve" />
            <bpmn:subProcess id="Sub_Council" name="Hội đồng xét">
              <bpmn:startEvent id="Start_Council" />
              <bpmn:userTask id="Task_Vote" name="Thành viên Hội đồng biểu quyết" award:candidateRole="council" award:unitLevel="province" award:outcomes="approve,reject">
                <bpmn:multiInstanceLoopCharacteristics award:collection="roleHolders">
                  <bpmn:completionCondition>{"${outcomeCounts.Task_Vote.reject >= 1}"}</bpmn:completionCondition>
                </bpmn:multiInstanceLoopCharacteristics>
              </bpmn:userTask>
              <bpmn:endEvent id="End_Council" />
              <bpmn:sequenceFlow id="C1" sourceRef="Start_Council" targetRef="Task_Vote" />
              <bpmn:sequenceFlow id="C2" sourceRef="Task_Vote" targetRef="End_Council" />
            </bpmn:subProcess>
            <bpmn:exclusiveGateway id="Gateway_Vote" default="Flow_Refused" />
            <bpmn:endEvent id="End_Approved" award:result="approved" />
            <bpmn:endEvent id="End_Refused" award:result="refused" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Check" />
            <bpmn:sequenceFlow id="F2" sourceRef="Task_Check" targetRef="Sub_Council" />
            <bpmn:sequenceFlow id="F3" sourceRef="Sub_Council" targetRef="Gateway_Vote" />
            <bpmn:sequenceFlow id="Flow_Approved" sourceRef="Gateway_Vote" targetRef="End_Approved">
              <bpmn:conditionExpression>{"${outcomeCounts.Task_Vote.reject == 0}"}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="Flow_Refused" sourceRef="Gateway_Vote" targetRef="End_Refused" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram_Main">
            <bpmndi:BPMNPlane id="Plane_Main" bpmnElement="{Key}">
              <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="142" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Task_Check_di" bpmnElement="Task_Check"><dc:Bounds x="190" y="120" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Sub_Council_di" bpmnElement="Sub_Council" isExpanded="false"><dc:Bounds x="350" y="120" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Gateway_Vote_di" bpmnElement="Gateway_Vote" isMarkerVisible="true"><dc:Bounds x="505" y="135" width="50" height="50" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_Approved_di" bpmnElement="End_Approved"><dc:Bounds x="612" y="82" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_Refused_di" bpmnElement="End_Refused"><dc:Bounds x="612" y="202" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="F1_di" bpmnElement="F1"><di:waypoint x="136" y="160" /><di:waypoint x="190" y="160" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="F2_di" bpmnElement="F2"><di:waypoint x="290" y="160" /><di:waypoint x="350" y="160" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="F3_di" bpmnElement="F3"><di:waypoint x="450" y="160" /><di:waypoint x="505" y="160" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_Approved_di" bpmnElement="Flow_Approved"><di:waypoint x="530" y="135" /><di:waypoint x="530" y="100" /><di:waypoint x="612" y="100" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_Refused_di" bpmnElement="Flow_Refused"><di:waypoint x="530" y="185" /><di:waypoint x="530" y="220" /><di:waypoint x="612" y="220" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
          <bpmndi:BPMNDiagram id="Diagram_Council">
            <bpmndi:BPMNPlane id="Plane_Council" bpmnElement="Sub_Council">
              <bpmndi:BPMNShape id="Start_Council_di" bpmnElement="Start_Council"><dc:Bounds x="100" y="142" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Task_Vote_di" bpmnElement="Task_Vote"><dc:Bounds x="200" y="120" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_Council_di" bpmnElement="End_Council"><dc:Bounds x="372" y="142" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="C1_di" bpmnElement="C1"><di:waypoint x="136" y="160" /><di:waypoint x="200" y="160" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="C2_di" bpmnElement="C2"><di:waypoint x="300" y="160" /><di:waypoint x="372" y="160" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    private AwardsApp App => browser.App;

    [Fact]
    public async Task The_sub_process_opens_on_the_council_vote_which_shows_each_member_and_whether_they_have_voted()
    {
        await PublishAsync(App, Key, "Hội đồng biểu quyết trong tiến trình con", Workflow());
        await AddAccountAsync(App, "hoidong2.thanhhoa", "Trung tá Lê Thị Lan (Hội đồng TĐKT)", Roles.Council, "TH");
        await AddAccountAsync(App, "hoidong3.thanhhoa", "Thiếu tá Hà Văn Nam (Hội đồng TĐKT)", Roles.Council, "TH");
        await UseForAsync(App, GiayKhen, Key);
        int id;
        try
        {
            id = await SubmitAsync(App);
        }
        finally
        {
            await UseForAsync(App, GiayKhen, "giay-khen-cat");
        }
        Assert.Equal(["Task_Vote", "Task_Vote", "Task_Vote"], OpenStepIds(await CompleteAsync(App, "pv05.thanhhoa", id, "Task_Check")));
        App.Clock.Advance(TimeSpan.FromHours(2));
        await CompleteAsync(App, "hoidong.thanhhoa", id, "Task_Vote");
        var messages = new List<string>();

        var page = await browser.LoggedInPageAsync("admin", 1400, 900);
        page.Console += (_, m) => { if (m.Type == "error") messages.Add(m.Text); };
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/quy-trinh/ho-so/{id}");
        var diagram = page.Locator(".diagram[data-ready='true']");
        await diagram.WaitForAsync();

        // The vote runs inside the sub-process: it is the step in progress, and opens on the ballots.
        Assert.Contains("current", await diagram.Locator("g.djs-element[data-element-id='Sub_Council']").GetAttributeAsync("class"));
        Assert.Contains("done", await diagram.Locator("g.djs-element[data-element-id='Task_Check']").GetAttributeAsync("class"));
        await diagram.Locator(".djs-overlays[data-container-id='Sub_Council'] .bjs-drilldown").ClickAsync();
        Assert.Equal("Sub_Council_plane", await diagram.EvaluateAsync<string>("el => el.bpmnViewer.get('canvas').getRootElement().id"));
        Assert.Contains("current", await diagram.Locator("g.djs-element[data-element-id='Task_Vote']").GetAttributeAsync("class"));
        var vote = diagram.Locator(".djs-overlays[data-container-id='Task_Vote']");
        Assert.Equal("1/3", await vote.Locator(".loop-badge").InnerTextAsync());
        var note = vote.Locator(".loop-note");
        Assert.True(await note.IsVisibleAsync());
        Assert.Equal("Đã xong 1/3, 2 đang chờ", await note.Locator("strong").InnerTextAsync());
        Assert.Equal(
            ["Thiếu tá Hà Văn Nam (Hội đồng TĐKT): Đang chờ ý kiến", "Trung tá Lê Thị Lan (Hội đồng TĐKT): Đang chờ ý kiến"],
            (await note.Locator("li.open").AllInnerTextsAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(["Thượng tá Trịnh Văn Sơn (Hội đồng TĐKT): Đã xong: Đồng ý"], await note.Locator("li.done").AllInnerTextsAsync());
        await BrowserApp.ScreenshotAsync(page, "13b-instance-view-council-vote");

        // The same, without the diagram: a table of the ballots.
        var table = page.Locator("[data-loop='Task_Vote']");
        Assert.Contains("Thành viên Hội đồng biểu quyết: nhiều người cùng xử lý", await table.Locator("h2").InnerTextAsync());
        var done = table.Locator("tr.done");
        Assert.Contains("Thượng tá Trịnh Văn Sơn (Hội đồng TĐKT)", await done.InnerTextAsync());
        Assert.Contains("Đã xong: Đồng ý", await done.InnerTextAsync());
        Assert.Equal(2, await table.Locator("tr.open").CountAsync());

        // The heat map of the version: the sub-process carries the vote's figures and opens on them.
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/quy-trinh/{Key}/1/nhiet");
        var heat = page.Locator(".diagram[data-ready='true']");
        await heat.WaitForAsync();
        Assert.Contains("bước bên trong", await heat.Locator(".djs-overlays[data-container-id='Sub_Council'] .heat-label").InnerTextAsync());
        await heat.Locator(".djs-overlays[data-container-id='Sub_Council'] .bjs-drilldown").ClickAsync();
        Assert.True(await heat.Locator(".djs-overlays[data-container-id='Task_Vote'] .heat-label").IsVisibleAsync());
        var voteHeat = await heat.Locator(".djs-overlays[data-container-id='Task_Vote'] .heat-label").InnerTextAsync();
        Assert.Contains("Nhiều người xử lý: mỗi người một lượt", voteHeat);
        Assert.Contains("3 lượt, 2 đang mở", voteHeat);

        Assert.Empty(messages);
    }
}
