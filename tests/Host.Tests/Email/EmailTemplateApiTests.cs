using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ToanDan.Awards.Host.Tests.Email;

public class EmailTemplateApiTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task Every_default_template_is_installed()
    {
        var admin = await app.ClientForAsync("admin");

        var templates = await admin.GetFromJsonAsync<JsonElement>("/api/email-templates");

        Assert.Equal(
            ["consolidation-needed", "decision-draft", "decision-issued", "decision-requested", "disclosure-feedback", "nomination-awaiting-decision",
                "nomination-postponed", "nomination-refused", "nomination-returned", "task-assigned", "task-escalated", "task-reminder"],
            templates.EnumerateArray().Select(t => t.GetProperty("key").GetString()).ToList());
    }

    [Fact]
    public async Task A_preview_renders_the_stored_template_with_a_sample_dossier()
    {
        var admin = await app.ClientForAsync("admin");

        var response = await admin.PostAsync("/api/email-templates/task-assigned/preview", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Hồ sơ đề nghị Giấy khen của Giám đốc Công an tỉnh của Trường THCS Đông Tiến đang chờ anh/chị xử lý",
            preview.GetProperty("subject").GetString());
        Assert.Contains("Kính gửi Thiếu tá Lê Thị Thu Hà (Phòng PV05),", preview.GetProperty("html").GetString());
        Assert.Contains("/nhiem-vu/0193a1b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b", preview.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_preview_renders_a_template_being_edited_without_saving_it()
    {
        var admin = await app.ClientForAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/email-templates/nomination-refused/preview",
            new { subject = "Thông báo kết quả xét hồ sơ {{submissionNumber}}" });

        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Thông báo kết quả xét hồ sơ 15/TTr-THCS", preview.GetProperty("subject").GetString());
        Assert.Contains("Lý do: Đề nghị bổ sung báo cáo thành tích", preview.GetProperty("text").GetString());
        var stored = await admin.GetFromJsonAsync<JsonElement>("/api/email-templates/nomination-refused");
        Assert.StartsWith("Hồ sơ đề nghị", stored.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task An_edited_template_is_saved_and_used()
    {
        var admin = await app.ClientForAsync("admin");
        var original = await admin.GetFromJsonAsync<JsonElement>("/api/email-templates/decision-requested");

        var response = await admin.PutAsJsonAsync("/api/email-templates/decision-requested", new
        {
            subject = "Kính trình ký quyết định: {{awardType}}",
            htmlBody = original.GetProperty("htmlBody").GetString(),
            textBody = original.GetProperty("textBody").GetString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await admin.GetFromJsonAsync<JsonElement>("/api/email-templates/decision-requested");
        Assert.Equal("Kính trình ký quyết định: {{awardType}}", saved.GetProperty("subject").GetString());
        Assert.Equal("admin", saved.GetProperty("updatedBy").GetString());
        var preview = await (await admin.PostAsync("/api/email-templates/decision-requested/preview", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Kính trình ký quyết định: Giấy khen của Giám đốc Công an tỉnh", preview.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task A_broken_template_is_refused_in_vietnamese_and_nothing_is_saved()
    {
        var admin = await app.ClientForAsync("admin");
        var before = await admin.GetFromJsonAsync<JsonElement>("/api/email-templates/task-reminder");

        var response = await admin.PutAsJsonAsync("/api/email-templates/task-reminder", new
        {
            subject = "Nhắc hạn {{#if dueAt}}trước ngày {{dueAt}}",
            htmlBody = "<p>{{recipientName}</p>",
            textBody = "Kính gửi {{recipientName}}",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Tiêu đề có lỗi cú pháp Handlebars, chưa lưu được", problem.GetProperty("errors").GetProperty("subject")[0].GetString());
        Assert.StartsWith("Nội dung HTML có lỗi cú pháp Handlebars", problem.GetProperty("errors").GetProperty("htmlBody")[0].GetString());
        var after = await admin.GetFromJsonAsync<JsonElement>("/api/email-templates/task-reminder");
        Assert.Equal(before.GetProperty("subject").GetString(), after.GetProperty("subject").GetString());
        Assert.Equal(before.GetProperty("updatedAt").GetString(), after.GetProperty("updatedAt").GetString());
    }

    [Fact]
    public async Task Only_an_administrator_may_see_or_edit_templates()
    {
        var reviewer = await app.ClientForAsync("pv05.thanhhoa");

        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/email-templates")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/email-templates/task-assigned")).StatusCode);
        var put = await reviewer.PutAsJsonAsync("/api/email-templates/task-assigned", new { subject = "x", htmlBody = "x", textBody = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal("Chỉ quản trị viên mới được thực hiện thao tác này.",
            (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync("/api/email-templates/task-assigned/preview", null)).StatusCode);
    }
}
