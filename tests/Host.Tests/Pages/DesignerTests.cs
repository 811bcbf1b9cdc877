using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Pages;

public class DesignerTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Key = DefaultWorkflows.GiayKhen;
    private const string StepName = "Pháp chế rà soát hồ sơ";

    private AwardsApp App => browser.App;

    /// <summary>The screen point of a diagram coordinate, from the modeler's current viewbox.</summary>
    private static async Task<(float X, float Y)> ScreenPointAsync(IPage page, double x, double y)
    {
        var point = await page.EvaluateAsync<double[]>("""
            ([x, y]) => {
              const canvas = window.awardsDesigner.modeler.get('canvas');
              const box = canvas.viewbox();
              const rect = canvas.getContainer().getBoundingClientRect();
              return [rect.left + (x - box.x) * box.scale, rect.top + (y - box.y) * box.scale];
            }
            """, new[] { x, y });
        return ((float)point[0], (float)point[1]);
    }

    private static ILocator Shape(IPage page, string id) => page.Locator($"g.djs-element[data-element-id='{id}']");

    /// <summary>A point on the element in diagram coordinates: a shape's centre, or four fifths along a flow's first segment (labels sit near the middle).</summary>
    private static async Task<(float X, float Y)> PointOnAsync(IPage page, string id)
    {
        var point = await page.EvaluateAsync<double[]>("""
            id => {
              const e = window.awardsDesigner.modeler.get('elementRegistry').get(id);
              if (!e) return null;
              if (!e.waypoints) return [e.x + e.width / 2, e.y + e.height / 2];
              const [a, b] = e.waypoints;
              return [a.x + (b.x - a.x) * 0.8, a.y + (b.y - a.y) * 0.8];
            }
            """, id) ?? throw new InvalidOperationException($"{id} is not on the diagram.");
        return await ScreenPointAsync(page, point[0], point[1]);
    }

    private static Task<string> SelectionAsync(IPage page) =>
        page.EvaluateAsync<string>("() => window.awardsDesigner.modeler.get('selection').get().map(e => e.id).join(',')");

    /// <summary>
    /// Clicks an empty corner of the canvas, so no context pad covers the next shape. Right after a drag,
    /// diagram-js swallows one click (so the drag's own click selects nothing), hence a second try.
    /// </summary>
    private static async Task DeselectAsync(IPage page)
    {
        var box = await page.Locator(".designer-canvas").BoundingBoxAsync() ?? throw new InvalidOperationException("No canvas.");
        for (var i = 0; i < 3 && await SelectionAsync(page) != ""; i++) await page.Mouse.ClickAsync(box.X + box.Width - 30, box.Y + 30);
        Assert.Equal("", await SelectionAsync(page));
    }

    /// <summary>Selects an element by clicking it, as a person would.</summary>
    private static async Task SelectAsync(IPage page, string id)
    {
        await DeselectAsync(page);
        var (x, y) = await PointOnAsync(page, id);
        await page.Mouse.ClickAsync(x, y);
        Assert.Equal(id, await SelectionAsync(page));
    }

    private static async Task ConnectAsync(IPage page, string from, string to)
    {
        await SelectAsync(page, from);
        await page.Locator(".djs-context-pad .entry[data-action='connect']").ClickAsync();
        var (x, y) = await PointOnAsync(page, to);
        await page.Mouse.MoveAsync(x, y, new() { Steps = 8 });
        await page.Mouse.ClickAsync(x, y);
        var targets = await page.EvaluateAsync<string[]>(
            "id => window.awardsDesigner.modeler.get('elementRegistry').get(id).outgoing.map(f => f.target.id)", from);
        Assert.Contains(to, targets);
    }

    private static async Task WaitSavedAsync(IPage page, string expected)
    {
        await page.Locator("[data-status]").Filter(new() { HasText = expected }).WaitForAsync(new() { Timeout = 15_000 });
    }

    private Task<string> NewStepIdAsync(int version) => App.WithScopeAsync(async services =>
    {
        var xml = await services.GetRequiredService<AwardsDbContext>().WorkflowVersions.AsNoTracking()
            .Where(v => v.Key == Key && v.Version == version).Select(v => v.BpmnXml).SingleAsync();
        return BpmnReader.Read(xml).Nodes.OfType<UserTask>().Single(t => t.Name == StepName).Id;
    });

    [Fact]
    public async Task An_administrator_adds_a_review_step_fixes_the_gateway_and_publishes_and_only_new_dossiers_take_it()
    {
        var older = await SubmitInRoundAsync(App, GiayKhen);
        var page = await browser.LoggedInPageAsync("admin", 1600, 1000);
        var messages = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") messages.Add(m.Text); };

        // The list: Giấy khen, version 1 published; a new draft from it opens in the modeler.
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/quy-trinh");
        var workflow = page.Locator($"section[data-workflow='{Key}']");
        Assert.Contains("GK-GDCAT", await workflow.InnerTextAsync());
        await workflow.Locator("tr[data-version='1']").GetByRole(AriaRole.Button, new() { Name = "Tạo bản nháp từ v1" }).ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}/quan-tri/quy-trinh/{Key}/2");
        await page.Locator("[data-designer][data-ready='true']").WaitForAsync();
        Assert.Equal("0", await page.Locator("[data-error-count]").InnerTextAsync());
        Assert.True(await page.Locator(".bjs-powered-by").IsVisibleAsync(), "the bpmn.io watermark stays visible");

        // Only what the engine executes is offered.
        var palette = await page.Locator(".djs-palette .entry[data-action]").EvaluateAllAsync<string[]>("es => es.map(e => e.dataset.action)");
        Assert.Contains("create.user-task", palette);
        Assert.Contains("create.parallel-gateway", palette);
        Assert.DoesNotContain("create.task", palette);
        Assert.DoesNotContain("create.participant-expanded", palette);
        Assert.DoesNotContain("create.data-object", palette);

        // A new user task below the path, named by typing, with a role, a unit and a deadline in the panel.
        await page.Locator(".djs-palette .entry[data-action='create.user-task']").ClickAsync();
        var (x, y) = await ScreenPointAsync(page, 1250, 750);
        await page.Mouse.MoveAsync(x - 20, y - 20);
        await page.Mouse.MoveAsync(x, y, new() { Steps = 8 });
        await page.Mouse.ClickAsync(x, y);
        await page.Keyboard.TypeAsync(StepName);
        await page.Keyboard.PressAsync("Enter");
        var panel = page.Locator("[data-panel]");
        await panel.GetByRole(AriaRole.Heading, new() { Name = "Bước xử lý (user task)" }).WaitForAsync();
        await panel.Locator("select[name=candidateRole]").SelectOptionAsync("pv05-reviewer");
        await panel.Locator("select[name=unitLevel]").SelectOptionAsync("province");
        await panel.Locator("input[name=outcome][value=reject]").UncheckAsync();
        await panel.Locator("select[name=deadlineKind]").SelectOptionAsync("working");
        await panel.Locator("input[name=deadlineDays]").FillAsync("3");
        await panel.Locator("input[name=deadlineDays]").PressAsync("Tab");
        await DesignerWaits.InputHasAsync(panel.Locator("input[name=deadlineDays]"), "3");
        var stepId = await panel.Locator(".prop-id code").InnerTextAsync();

        // Reconnect: PV05's decision → the new step → the choice of procedure, instead of straight to that choice.
        await ConnectAsync(page, "Gateway_PV05Decision", stepId);
        await ConnectAsync(page, stepId, "Gateway_AfterPV05");
        await SelectAsync(page, "Flow_PV05Approve");
        await page.Keyboard.PressAsync("Delete");
        await DesignerWaits.GoneAsync(page, "Flow_PV05Approve");
        await page.Keyboard.PressAsync("Control+z");
        await Shape(page, "Flow_PV05Approve").WaitForAsync();
        await page.Keyboard.PressAsync("Control+y");
        await DesignerWaits.GoneAsync(page, "Flow_PV05Approve");

        // Saved: the gateway's new flow has no condition and is not the default, shown on the diagram and in the list.
        await WaitSavedAsync(page, "Còn 1 lỗi");
        var error = page.Locator("[data-errors] .error-item");
        Assert.Contains("Ý kiến Phòng PV05?", await error.InnerTextAsync());
        Assert.Contains("không phải luồng mặc định", await error.InnerTextAsync());
        await page.Locator(".djs-overlays[data-container-id='Gateway_PV05Decision'] .error-badge").WaitForAsync();
        Assert.True(await page.Locator("[data-publish]").IsDisabledAsync());

        // The error selects the gateway; its flow gets a condition from the builder.
        await error.ClickAsync();
        await panel.GetByRole(AriaRole.Heading, new() { Name = "Cổng rẽ nhánh loại trừ" }).WaitForAsync();
        await panel.Locator(".prop-flows button", new() { HasText = StepName }).ClickAsync();
        await panel.GetByRole(AriaRole.Heading, new() { Name = "Luồng" }).WaitForAsync();
        await panel.Locator("input[name=name]").FillAsync("Đồng ý");
        await panel.Locator("input[name=name]").PressAsync("Tab");
        // A condition typed by hand that does not parse is named on the flow, in Vietnamese.
        var flowId = await panel.Locator(".prop-id code").InnerTextAsync();
        await panel.Locator("textarea[name=conditionText]").FillAsync("${outcome == }");
        await panel.Locator("textarea[name=conditionText]").PressAsync("Tab");
        await page.Locator("[data-errors] .error-item", new() { HasText = "không hợp lệ" }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("1", await page.Locator("[data-error-count]").InnerTextAsync());
        Assert.Contains("Đồng ý", await error.InnerTextAsync());
        await page.Locator($".djs-overlays[data-container-id='{flowId}'] .error-badge").WaitForAsync();
        Assert.Contains("chưa đúng cú pháp", await panel.Locator(".condition").InnerTextAsync());
        // Cleared, the expression gives the builder back.
        await panel.Locator("textarea[name=conditionText]").FillAsync("");
        await panel.Locator("textarea[name=conditionText]").PressAsync("Tab");
        await panel.Locator("select[name=conditionVariable]").SelectOptionAsync("outcome");
        await panel.Locator("select[name=conditionOperator]").SelectOptionAsync("==");
        await panel.Locator("select[name=conditionValue]").SelectOptionAsync("approve");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Áp dụng điều kiện" }).ClickAsync();
        Assert.Equal("${outcome == 'approve'}", await panel.Locator("textarea[name=conditionText]").InputValueAsync());
        await WaitSavedAsync(page, "Quy trình hợp lệ");
        Assert.Equal("0", await page.Locator("[data-error-count]").InnerTextAsync());

        await SelectAsync(page, stepId);
        await panel.GetByRole(AriaRole.Heading, new() { Name = "Bước xử lý (user task)" }).WaitForAsync();
        await BrowserApp.ScreenshotAsync(page, "12-modeler-properties");

        // Publish, after a confirmation that names the award type.
        string? confirmation = null;
        page.Dialog += async (_, dialog) => { confirmation = dialog.Message; await dialog.AcceptAsync(); };
        await page.Locator("[data-publish]").ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}/quan-tri/quy-trinh");
        Assert.Contains("Giấy khen", confirmation);
        Assert.Contains("hồ sơ MỚI", confirmation);
        Assert.Contains("Đã công bố phiên bản 2", await page.Locator(".notice").InnerTextAsync());
        Assert.Equal(stepId, await NewStepIdAsync(2));

        // A new dossier takes the new step; the older one stays on version 1.
        var fresh = await SubmitInRoundAsync(App, GiayKhen);
        Assert.Equal(1, (await InstanceAsync(App, older)).WorkflowVersion);
        Assert.Equal(2, (await InstanceAsync(App, fresh)).WorkflowVersion);
        await CompleteAsync(App, "congan.dongtien", older, "Task_CommuneReview");
        await CompleteAsync(App, "congan.dongtien", fresh, "Task_CommuneReview");
        App.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(["Task_CouncilVote", "Task_PublicDisclosure"], OpenStepIds(await CompleteAsync(App, "pv05.thanhhoa", older, "Task_PV05Review")));
        Assert.Equal([stepId], OpenStepIds(await CompleteAsync(App, "pv05.thanhhoa", fresh, "Task_PV05Review")));
        // E-mail goes out for the new step as for any other: its handlers are told it waits for them.
        var told = await App.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Outbox.AsNoTracking()
            .Where(m => m.ModelJson.Contains(StepName)).Select(m => m.RecipientName).ToListAsync());
        Assert.Contains("Thiếu tá Lê Thị Thu Hà (Phòng PV05)", told);
        App.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(["Task_CouncilVote", "Task_PublicDisclosure"], OpenStepIds(await CompleteAsync(App, "pv05.thanhhoa", fresh, stepId)));
        App.Clock.Advance(TimeSpan.FromHours(5));

        // The dossier on its diagram, with who did what: reached from the dossier's own page.
        await page.GotoAsync($"{browser.BaseUrl}/ho-so/{fresh}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem trên quy trình: phiên bản, ai làm gì ở từng bước" }).ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}/quan-tri/quy-trinh/ho-so/{fresh}");
        await page.Locator(".diagram[data-ready='true']").WaitForAsync();
        await page.Locator($".djs-overlays[data-container-id='{stepId}'] .history-note").WaitForAsync();
        Assert.Contains("Đồng ý", await page.Locator($".djs-overlays[data-container-id='{stepId}'] .history-note").InnerTextAsync());
        await BrowserApp.ScreenshotAsync(page, "13-instance-view");
        // Zoom buttons: the whole diagram, then back to the step in progress.
        var diagram = page.Locator(".diagram[data-ready='true']");
        const string Zoom = "el => el.bpmnViewer.get('canvas').zoom()";
        var atCurrent = await diagram.EvaluateAsync<double>(Zoom);
        await diagram.GetByRole(AriaRole.Button, new() { Name = "Xem cả sơ đồ" }).ClickAsync();
        Assert.True(await diagram.EvaluateAsync<double>(Zoom) < atCurrent, "the whole diagram is drawn smaller than the current step");
        await diagram.GetByRole(AriaRole.Button, new() { Name = "Về bước đang xử lý" }).ClickAsync();
        Assert.Equal(atCurrent, await diagram.EvaluateAsync<double>(Zoom), 3);

        // What changed from version 1 to version 2.
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/quy-trinh/{Key}/so-sanh?tu=1&den=2");
        var changes = await page.Locator(".changes").InnerTextAsync();
        Assert.Contains($"Thêm bước xử lý «{StepName}»", changes);
        Assert.Contains("Bỏ luồng «Ý kiến Phòng PV05?» → «Khen đột xuất?»", changes);

        // Where dossiers of version 2 spend their time.
        for (var i = 0; i < 3; i++)
        {
            var id = await SubmitInRoundAsync(App, GiayKhen);
            App.Clock.Advance(TimeSpan.FromDays(1 + i));
            await CompleteAsync(App, "congan.dongtien", id, "Task_CommuneReview");
            App.Clock.Advance(TimeSpan.FromDays(4 + 2 * i));
            await CompleteAsync(App, "pv05.thanhhoa", id, "Task_PV05Review");
        }
        App.Clock.Advance(TimeSpan.FromDays(1));
        // Weeks later the session cookie has expired: the administrator logs in again.
        page = await browser.LoggedInPageAsync("admin", 1600, 1000);
        page.Console += (_, m) => { if (m.Type == "error") messages.Add(m.Text); };
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/quy-trinh/{Key}/2/nhiet");
        await page.Locator(".diagram[data-ready='true']").WaitForAsync();
        Assert.True(await page.Locator(".heat-label").CountAsync() >= 3);
        Assert.Contains(StepName, await page.Locator(".heat-table").InnerTextAsync());
        await BrowserApp.ScreenshotAsync(page, "14-heatmap");
        // Its dossiers are listed, newest first, each opening on the diagram.
        var dossiers = page.Locator("table.list:not(.heat-table) tbody tr");
        Assert.Equal(4, await dossiers.CountAsync());
        await dossiers.First.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/quan-tri/quy-trinh/ho-so/", StringComparison.Ordinal));
        await page.Locator(".diagram[data-ready='true']").WaitForAsync();

        Assert.Empty(messages);
    }

    [Fact]
    public async Task A_file_with_several_processes_none_executable_lets_the_administrator_choose_the_one_to_import()
    {
        const string medal = DefaultWorkflows.KyNiemChuong;
        var page = await browser.LoggedInPageAsync("admin", 1400, 900);
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/quy-trinh");
        var section = page.Locator($"section[data-workflow='{medal}']");
        await section.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "hai-be-boi.bpmn", MimeType = "application/xml",
            Buffer = Encoding.UTF8.GetBytes(Features.Workflows.WorkflowTests.TwoProcessesNoneExecutable),
        });
        await section.GetByRole(AriaRole.Button, new() { Name = "Tải lên", Exact = true }).ClickAsync();

        var choice = page.Locator("[data-choose-process]");
        await choice.WaitForAsync();
        Assert.Contains("hai-be-boi.bpmn", await choice.InnerTextAsync());
        await choice.GetByLabel("Tỉnh xét duyệt").CheckAsync();
        await choice.GetByRole(AriaRole.Button, new() { Name = "Nhập process đã chọn" }).ClickAsync();

        await page.WaitForURLAsync(new Regex($"/quan-tri/quy-trinh/{medal}/\\d+$"));
        Assert.Contains("'Process_Province'", await page.Locator(".notice").InnerTextAsync());
    }

    [Fact]
    public async Task A_diagram_from_Camunda_Modeler_uploads_as_a_draft_a_broken_file_is_refused_and_a_version_downloads()
    {
        const string medal = DefaultWorkflows.KyNiemChuong;
        var page = await browser.LoggedInPageAsync("admin", 1400, 900);
        var messages = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") messages.Add(m.Text); };
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/quy-trinh");
        var section = page.Locator($"section[data-workflow='{medal}']");
        var versionsBefore = await section.Locator("tr[data-version]").CountAsync();

        // A file that is not XML: a Vietnamese message, and no version is added.
        await section.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "quy-trinh-hong.bpmn", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes("<bpmn:definitions><bpmn:process"),
        });
        // The picker is worded in Vietnamese, whatever the browser's language, and names the chosen file.
        Assert.True(await section.GetByRole(AriaRole.Button, new() { Name = "Chọn tệp…" }).IsVisibleAsync());
        Assert.Equal("quy-trinh-hong.bpmn", await section.Locator(".file-name").InnerTextAsync());
        await section.GetByRole(AriaRole.Button, new() { Name = "Tải lên", Exact = true }).ClickAsync();
        var alert = page.Locator(".alert-error");
        await alert.WaitForAsync();
        Assert.Contains("Tệp không phải XML hợp lệ", await alert.InnerTextAsync());
        Assert.Equal(versionsBefore, await page.Locator($"section[data-workflow='{medal}'] tr[data-version]").CountAsync());

        // The same workflow as Camunda Modeler saves a new diagram: its own process id, its exporter.
        var camunda = DefaultWorkflows.Xml(medal)
            .Replace($"\"{medal}\"", "\"Process_1mz0c5e\"", StringComparison.Ordinal)
            .Replace("exporter=\"ToanDan.Awards\" exporterVersion=\"1.0\"", "exporter=\"Camunda Modeler\" exporterVersion=\"5.31.0\"", StringComparison.Ordinal);
        Assert.Contains("Camunda Modeler", camunda);
        section = page.Locator($"section[data-workflow='{medal}']");
        await section.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "ky-niem-chuong.bpmn", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(camunda),
        });
        await section.GetByRole(AriaRole.Button, new() { Name = "Tải lên", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/quan-tri/quy-trinh/{medal}/\\d+$"));
        var notice = await page.Locator(".notice").InnerTextAsync();
        Assert.Contains("Quy trình hợp lệ", notice);
        Assert.Contains("'Process_1mz0c5e'", notice);
        await page.Locator("[data-designer][data-ready='true']").WaitForAsync();
        Assert.Equal("0", await page.Locator("[data-error-count]").InnerTextAsync());
        Assert.True(await page.Locator("[data-publish]").IsEnabledAsync());
        var version = int.Parse(page.Url.Split('/')[^1], CultureInfo.InvariantCulture);

        // Listed as a draft, next to the version in use.
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/quy-trinh");
        var row = page.Locator($"section[data-workflow='{medal}'] tr[data-version='{version}']");
        Assert.Contains("Bản nháp", await row.InnerTextAsync());
        Assert.Contains("Đang dùng", await page.Locator($"section[data-workflow='{medal}'] tr[data-version='1']").InnerTextAsync());
        await BrowserApp.ScreenshotAsync(page, "20-workflow-list");

        // Downloaded, it is a BPMN file of this workflow that any modeler opens.
        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "Tải .bpmn" }).ClickAsync());
        Assert.EndsWith(".bpmn", download.SuggestedFilename);
        var definition = BpmnReader.Read(await File.ReadAllTextAsync(await download.PathAsync()));
        Assert.Equal(medal, definition.Key);
        Assert.Empty(definition.Validate());

        // Not wanted after all: the draft is thrown away, after a confirmation.
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/quy-trinh/{medal}/{version}");
        await page.Locator("[data-designer][data-ready='true']").WaitForAsync();
        string? question = null;
        page.Dialog += async (_, dialog) => { question = dialog.Message; await dialog.AcceptAsync(); };
        await page.GetByRole(AriaRole.Button, new() { Name = "Xóa bản nháp" }).ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}/quan-tri/quy-trinh");
        Assert.Contains("không khôi phục được", question);
        Assert.Contains($"Đã xóa bản nháp {version}", await page.Locator(".notice").InnerTextAsync());
        Assert.Equal(0, await page.Locator($"section[data-workflow='{medal}'] tr[data-version='{version}']").CountAsync());

        Assert.Empty(messages);
    }

    [Fact]
    public async Task A_second_window_editing_the_same_draft_is_told_and_keeps_its_work_as_a_file()
    {
        const string key = DefaultWorkflows.BangKhen;
        var draft = await App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var last = await db.WorkflowVersions.Where(v => v.Key == key).MaxAsync(v => v.Version);
            db.WorkflowVersions.Add(new WorkflowVersion(key, last + 1, "Bằng khen", DefaultWorkflows.Xml(key), "admin", App.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            return last + 1;
        });
        var url = $"{browser.BaseUrl}/quan-tri/quy-trinh/{key}/{draft}";
        var first = await browser.LoggedInPageAsync("admin", 1400, 900);
        var second = await browser.LoggedInPageAsync("admin", 1400, 900);
        foreach (var page in new[] { first, second })
        {
            await page.GotoAsync(url);
            await page.Locator("[data-designer][data-ready='true']").WaitForAsync();
        }

        // The first window renames the process and saves.
        await first.Locator("[data-panel] input[name=name]").FillAsync("Bằng khen – sửa ở cửa sổ thứ nhất");
        await first.Locator("[data-panel] input[name=name]").PressAsync("Tab");
        await WaitSavedAsync(first, "Quy trình hợp lệ");

        // The second, opened before that save, changes something too: refused, told why, its work offered as a file.
        await second.Locator("[data-panel] input[name=name]").FillAsync("Bằng khen – sửa ở cửa sổ thứ hai");
        await second.Locator("[data-panel] input[name=name]").PressAsync("Tab");
        await WaitSavedAsync(second, "vừa được lưu từ một cửa sổ khác");
        Assert.True(await second.Locator("[data-publish]").IsDisabledAsync());
        var download = await second.RunAndWaitForDownloadAsync(() => second.Locator("[data-keep-mine]").ClickAsync());
        Assert.Equal("Bằng khen – sửa ở cửa sổ thứ hai", BpmnReader.Read(await File.ReadAllTextAsync(await download.PathAsync())).Name);

        var stored = await App.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().WorkflowVersions.AsNoTracking()
            .Where(v => v.Key == key && v.Version == draft).Select(v => v.BpmnXml).SingleAsync());
        Assert.Equal("Bằng khen – sửa ở cửa sổ thứ nhất", BpmnReader.Read(stored).Name);
    }

    [Fact]
    public async Task An_administrator_starts_a_new_workflow_and_a_taken_key_is_refused_next_to_its_field()
    {
        var page = await browser.LoggedInPageAsync("admin", 1400, 900);
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/quy-trinh");
        await page.GetByLabel("Tên quy trình").FillAsync("Khen thưởng đột xuất");
        Assert.Equal("khen-thuong-dot-xuat", await page.GetByLabel("Mã quy trình").InputValueAsync());
        await page.GetByLabel("Mã quy trình").FillAsync("khen-dot-xuat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo và mở trình thiết kế" }).ClickAsync();

        await page.WaitForURLAsync($"{browser.BaseUrl}/quan-tri/quy-trinh/khen-dot-xuat/1");
        Assert.Contains("Đã tạo quy trình 'Khen thưởng đột xuất'", await page.Locator(".notice").InnerTextAsync());
        await page.Locator("[data-designer][data-ready='true']").WaitForAsync();
        await Shape(page, "Task_Review").WaitForAsync();
        Assert.True(await page.Locator("[data-publish]").IsEnabledAsync());

        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/quy-trinh");
        Assert.Equal(1, await page.Locator("section[data-workflow='khen-dot-xuat'] tr[data-version]").CountAsync());
        await page.GetByLabel("Tên quy trình").FillAsync("Một quy trình khác");
        await page.GetByLabel("Mã quy trình").FillAsync("khen-dot-xuat");
        await page.GetByLabel("Bắt đầu từ").SelectOptionAsync($"{Key}/1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo và mở trình thiết kế" }).ClickAsync();

        await page.Locator("span.field-error", new() { HasText = "Đã có quy trình mang mã 'khen-dot-xuat'" }).WaitForAsync();
        Assert.Equal("Một quy trình khác", await page.GetByLabel("Tên quy trình").InputValueAsync());
        Assert.Equal($"{Key}/1", await page.GetByLabel("Bắt đầu từ").InputValueAsync());
        Assert.Equal(1, await page.Locator("section[data-workflow='khen-dot-xuat']").CountAsync());
    }

    /// <summary>Takes an element from the palette and drops it at a fraction of the visible canvas, naming it as it opens.</summary>
    private static async Task<string> PlaceAsync(IPage page, string action, double fx, double fy, string name)
    {
        await DeselectAsync(page);
        await page.Locator($".djs-palette .entry[data-action='{action}']").ClickAsync();
        var point = await page.EvaluateAsync<double[]>("""
            ([fx, fy]) => {
              const box = window.awardsDesigner.modeler.get('canvas').viewbox();
              return [box.x + box.width * fx, box.y + box.height * fy];
            }
            """, new[] { fx, fy });
        var (x, y) = await ScreenPointAsync(page, point[0], point[1]);
        await page.Mouse.MoveAsync(x - 20, y - 20);
        await page.Mouse.MoveAsync(x, y, new() { Steps = 8 });
        await page.Mouse.ClickAsync(x, y);
        await page.Keyboard.TypeAsync(name);
        await page.Keyboard.PressAsync("Enter");
        return await page.Locator("[data-panel] .prop-id code").InnerTextAsync();
    }

    private static Task<string> RootAsync(IPage page) =>
        page.EvaluateAsync<string>("() => window.awardsDesigner.modeler.get('canvas').getRootElement().id");

    [Fact]
    public async Task An_administrator_draws_the_new_elements_sets_them_in_Vietnamese_and_the_engine_reads_what_was_meant()
    {
        const string key = "kiem-thu-17";
        await App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            db.WorkflowVersions.Add(new WorkflowVersion(key, 1, "Thử nghiệm", BpmnWriter.Write(DefaultWorkflows.Starter(key, "Thử nghiệm")), "admin", App.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        async Task<WorkflowDefinition> SavedAsync(IPage p)
        {
            await p.EvaluateAsync("() => window.awardsDesigner.save()");
            var xml = await App.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().WorkflowVersions.AsNoTracking()
                .Where(v => v.Key == key && v.Version == 1).Select(v => v.BpmnXml).SingleAsync());
            return BpmnReader.Read(xml);
        }
        var page = await browser.LoggedInPageAsync("admin", 1600, 1000);
        var messages = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") messages.Add(m.Text); };
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/quy-trinh/{key}/1");
        await page.Locator("[data-designer][data-ready='true']").WaitForAsync();

        var palette = await page.Locator(".djs-palette .entry[data-action]").EvaluateAllAsync<string[]>("es => es.map(e => e.dataset.action)");
        foreach (var offered in (string[])["create.call-activity", "create.subprocess-collapsed", "create.subprocess-expanded", "create.receive-task",
            "create.inclusive-gateway", "create.event-based-gateway", "create.timer", "create.message-catch", "create.error-end", "create.escalation-end"])
            Assert.Contains(offered, palette);
        Assert.Equal("Gọi quy trình khác (call activity)",
            await page.Locator(".djs-palette .entry[data-action='create.call-activity']").GetAttributeAsync("aria-label"));

        // The review step becomes a vote of three, done once two have voted.
        var panel = page.Locator("[data-panel]");
        await SelectAsync(page, "Task_Review");
        await panel.Locator("select[name=loopKind]").SelectOptionAsync("parallel");
        await panel.Locator("input[name=loopCardinality]").FillAsync("3");
        await panel.Locator("input[name=loopCardinality]").PressAsync("Tab");
        await panel.Locator("input[name=loopCompletion]").FillAsync("nrOfCompletedInstances >= 2");
        await panel.Locator("input[name=loopCompletion]").PressAsync("Tab");
        await DesignerWaits.InputHasAsync(panel.Locator("input[name=loopCompletion]"), "nrOfCompletedInstances >= 2");
        var vote = Assert.IsType<UserTask>((await SavedAsync(page)).FindNode("Task_Review"));
        Assert.Equal("3", vote.Loop!.CardinalityText);
        Assert.Equal("nrOfCompletedInstances >= 2", vote.Loop.CompletionText);
        Assert.False(vote.Loop.Sequential);

        // A call activity: the workflow chosen from the list, its version 1 pinned, the decision number brought back.
        var callId = await PlaceAsync(page, "create.call-activity", 0.25, 0.8, "Ra quyết định");
        await panel.GetByRole(AriaRole.Heading, new() { Name = "Gọi quy trình khác" }).WaitForAsync();
        Assert.Equal(0, await panel.Locator($"select[name=calledElement] option[value='{key}']").CountAsync());
        await panel.Locator("select[name=calledElement]").SelectOptionAsync(Key);
        await panel.Locator("select[name=calledVersion]").SelectOptionAsync("1");
        await panel.Locator("input[name=outputsAll]").UncheckAsync();
        await panel.Locator("input[name=outputsSource]").FillAsync("decisionNumber");
        await panel.Locator("input[name=outputsTarget]").FillAsync("soQuyetDinh");
        await panel.Locator("input[name=outputsTarget]").PressAsync("Tab");
        await DesignerWaits.InputHasAsync(panel.Locator("input[name=outputsTarget]"), "soQuyetDinh");
        await BrowserApp.ScreenshotAsync(page, "12b-modeler-call-activity");
        var call = Assert.IsType<CallActivity>((await SavedAsync(page)).FindNode(callId));
        Assert.Equal(Key, call.CalledKey);
        Assert.Equal(1, call.CalledVersion);
        Assert.Null(call.Inputs);
        Assert.Equal([new VariableMapping("decisionNumber", "soQuyetDinh")], call.Outputs!.Value.ToArray());

        // A wait for a message, named in the panel.
        var catchId = await PlaceAsync(page, "create.message-catch", 0.5, 0.8, "Nhận hồ sơ bổ sung");
        await panel.GetByRole(AriaRole.Heading, new() { Name = "Chờ thông điệp" }).WaitForAsync();
        await panel.Locator("input[name=messageCode]").FillAsync("ho-so-bo-sung");
        await panel.Locator("input[name=messageCode]").PressAsync("Tab");
        await DesignerWaits.InputHasAsync(panel.Locator("input[name=messageCode]"), "ho-so-bo-sung");
        Assert.Equal("ho-so-bo-sung", Assert.IsType<MessageCatchEvent>((await SavedAsync(page)).FindNode(catchId)).Message!.Code);

        // A wait of five working days, then until a date instead.
        var waitId = await PlaceAsync(page, "create.timer", 0.85, 0.25, "Chờ công khai");
        await panel.GetByRole(AriaRole.Heading, new() { Name = "Chờ thời gian" }).WaitForAsync();
        await panel.Locator("input[name=timerAmount]").FillAsync("5");
        await panel.Locator("input[name=timerAmount]").PressAsync("Tab");
        await panel.Locator("input[name=timerWorking]").CheckAsync();
        await DesignerWaits.InputHasAsync(panel.Locator("input[name=timerAmount]"), "5");
        Assert.True(await panel.Locator("input[name=timerWorking]").IsCheckedAsync());
        Assert.Equal(5, Assert.IsType<TimerCatchEvent>((await SavedAsync(page)).FindNode(waitId)).Timer!.WorkingDays);
        await panel.Locator("select[name=catchKind]").SelectOptionAsync("date");
        await panel.Locator("input[name=timerDate]").FillAsync("2026-03-10T09:00");
        await panel.Locator("input[name=timerDate]").PressAsync("Tab");
        await DesignerWaits.InputHasAsync(panel.Locator("input[name=timerDate]"), "2026-03-10T09:00");
        var until = Assert.IsType<TimerCatchEvent>((await SavedAsync(page)).FindNode(waitId)).Timer!;
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(7)), until.Date);
        Assert.Null(until.WorkingDays);

        // A collapsed sub-process opens; a step drawn inside it has errors, badged inside and counted on the sub-process.
        var subId = await PlaceAsync(page, "create.subprocess-collapsed", 0.75, 0.8, "Thẩm định lại");
        await panel.GetByRole(AriaRole.Heading, new() { Name = "Tiến trình con" }).WaitForAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Mở tiến trình con để xem, vẽ bên trong" }).ClickAsync();
        Assert.Equal($"{subId}_plane", await RootAsync(page));
        var innerId = await PlaceAsync(page, "create.user-task", 0.5, 0.5, "Bước bên trong");
        Assert.Equal(subId, (await SavedAsync(page)).FindNode(innerId)!.ScopeId);
        await page.Locator($".djs-overlays[data-container-id='{innerId}'] .error-badge").WaitForAsync();
        await BrowserApp.ScreenshotAsync(page, "12c-modeler-subprocess-opened");
        await page.EvaluateAsync("() => { const c = window.awardsDesigner.modeler.get('canvas'); c.setRootElement(c.findRoot(window.awardsDesigner.modeler.get('elementRegistry').get('Task_Review'))); }");
        await page.Locator($".djs-overlays[data-container-id='{subId}'] .error-badge.inside").WaitForAsync();
        Assert.False(await page.Locator($".djs-overlays[data-container-id='{innerId}'] .error-badge").IsVisibleAsync());
        await BrowserApp.ScreenshotAsync(page, "12d-modeler-new-elements");
        // The inner step's error in the list opens the sub-process on it.
        await page.Locator("[data-errors] .error-item", new() { HasText = "Bước bên trong" }).First.ClickAsync();
        Assert.Equal($"{subId}_plane", await RootAsync(page));
        Assert.Equal(innerId, await SelectionAsync(page));

        // A version 2 renaming the step inside: the compare view marks the sub-process, which opens on the changed step.
        await App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var first = await db.WorkflowVersions.AsNoTracking().SingleAsync(v => v.Key == key && v.Version == 1);
            db.WorkflowVersions.Add(new WorkflowVersion(key, 2, "Thử nghiệm", first.BpmnXml.Replace("Bước bên trong", "Bước bên trong đã sửa"), "admin", App.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/quy-trinh/{key}/so-sanh?tu=1&den=2");
        var newer = page.Locator(".diagram[data-ready='true']").Last;
        await newer.WaitForAsync();
        Assert.Contains("changed", await newer.Locator($"g.djs-element[data-element-id='{subId}']").GetAttributeAsync("class"));
        await newer.Locator($".djs-overlays[data-container-id='{subId}'] .bjs-drilldown").ClickAsync();
        Assert.Equal($"{subId}_plane", await newer.EvaluateAsync<string>("el => el.bpmnViewer.get('canvas').getRootElement().id"));
        Assert.Contains("changed", await newer.Locator($"g.djs-element[data-element-id='{innerId}']").GetAttributeAsync("class"));

        Assert.Empty(messages);
    }

    [Fact]
    public async Task A_version_in_use_is_shown_but_cannot_be_changed()
    {
        var page = await browser.LoggedInPageAsync("admin", 1400, 900);
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/quy-trinh/{Key}/1");
        await page.Locator("[data-designer][data-ready='true']").WaitForAsync();
        Assert.Contains("không sửa được", await page.Locator(".banner").InnerTextAsync());
        Assert.Equal(0, await page.Locator("[data-publish]").CountAsync());
        const string step = "Task_CommuneReview";
        var xBefore = await page.EvaluateAsync<double>("id => window.awardsDesigner.modeler.get('elementRegistry').get(id).x", step);

        // Dragging the step, then Delete on it, change nothing.
        var (x, y) = await PointOnAsync(page, step);
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x + 120, y + 80, new() { Steps = 10 });
        await page.Mouse.UpAsync();
        await SelectAsync(page, step);
        await page.Keyboard.PressAsync("Delete");

        Assert.Equal(xBefore, await page.EvaluateAsync<double>("id => window.awardsDesigner.modeler.get('elementRegistry').get(id).x", step));
        Assert.False(await page.EvaluateAsync<bool>("() => window.awardsDesigner.modeler.get('commandStack').canUndo()"));
        Assert.True(await page.Locator("[data-panel] input[name=name]").IsDisabledAsync());
    }

    [Theory]
    [InlineData("pv05.thanhhoa", "/quan-tri/quy-trinh")]
    [InlineData("thidua.dongtien", "/quan-tri/quy-trinh/giay-khen-cat/1")]
    public async Task Other_accounts_are_refused(string userName, string path)
    {
        var page = await browser.LoggedInPageAsync(userName);
        await page.GotoAsync($"{browser.BaseUrl}{path}");
        Assert.Contains("/khong-co-quyen", page.Url);
    }
}

/// <summary>Small waits the designer test repeats.</summary>
internal static class DesignerWaits
{
    public static async Task InputHasAsync(ILocator input, string value)
    {
        for (var i = 0; i < 50 && await input.InputValueAsync() != value; i++) await Task.Delay(100);
        Assert.Equal(value, await input.InputValueAsync());
    }

    public static async Task GoneAsync(IPage page, string id) =>
        await page.Locator($"g.djs-element[data-element-id='{id}']").WaitForAsync(new() { State = WaitForSelectorState.Detached });
}
