using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;

namespace ToanDan.Awards.Host.Tests.Email;

public class EmailRendererTests
{
    private readonly EmailRenderer _renderer = new(Options.Create(new EmailOptions { BaseUrl = "https://khenthuong.example.vn/" }));

    private static EmailTemplate Template(string subject, string html, string text, string key = "test") =>
        new(key, subject, html, text, "test", DateTimeOffset.UnixEpoch);

    [Fact]
    public void The_html_part_escapes_the_model_and_keeps_vietnamese_as_it_is()
    {
        var rendered = _renderer.Render(Template("{{unitName}}", "<p>{{unitName}}</p>", "{{unitName}}"),
            """{"unitName":"Hội <b>Nông dân</b> & \"Cựu chiến binh\""}""");

        Assert.Equal("<p>Hội &lt;b&gt;Nông dân&lt;/b&gt; &amp; &quot;Cựu chiến binh&quot;</p>", rendered.Html);
        Assert.Equal("Hội <b>Nông dân</b> & \"Cựu chiến binh\"", rendered.Text);
        Assert.Equal("Hội <b>Nông dân</b> & \"Cựu chiến binh\"", rendered.Subject);
    }

    [Fact]
    public void Lists_links_and_missing_fields_render_plainly()
    {
        var rendered = _renderer.Render(
            Template("x", "<a href=\"{{baseUrl}}/nhiem-vu/{{taskId}}\">Mở</a>{{reason}}", "{{#each nominees}}- {{this}}\n{{/each}}"),
            """{"taskId":"abc","nominees":["Ông Lê Văn Hòa","Bà Nguyễn Thị Thu"]}""");

        Assert.Equal("<a href=\"https://khenthuong.example.vn/nhiem-vu/abc\">Mở</a>", rendered.Html);
        Assert.Equal("- Ông Lê Văn Hòa\n- Bà Nguyễn Thị Thu\n", rendered.Text);
    }

    [Fact]
    public void A_subject_stays_on_one_line()
    {
        var rendered = _renderer.Render(Template("Lý do: {{reason}}", "", ""), """{"reason":"Thiếu hồ sơ\r\ncủa  đơn vị"}""");

        Assert.Equal("Lý do: Thiếu hồ sơ của đơn vị", rendered.Subject);
    }

    [Fact]
    public void Compiled_templates_are_cached_until_the_template_changes()
    {
        var renderer = new EmailRenderer(Options.Create(new EmailOptions()));
        var template = Template("Chào {{recipientName}}", "<p>Chào</p>", "Chào", key: "greeting");
        renderer.Render(template, """{"recipientName":"Mai"}""");
        renderer.Render(template, """{"recipientName":"Lan"}""");
        Assert.Equal(1, renderer.Compilations);

        template.Change("Kính gửi {{recipientName}}", "<p>Kính gửi</p>", "Kính gửi", "admin", DateTimeOffset.UnixEpoch);
        var rendered = renderer.Render(template, """{"recipientName":"Mai"}""");

        Assert.Equal("Kính gửi Mai", rendered.Subject);
        Assert.Equal(2, renderer.Compilations);
    }

    [Fact]
    public void Every_default_template_renders_the_sample_completely()
    {
        foreach (var key in DefaultEmailTemplates.Keys)
        {
            var (subject, html, text) = DefaultEmailTemplates.Load(key);
            var rendered = _renderer.Render(Template(subject, html, text, key), EmailSamples.ModelJson);
            Assert.DoesNotContain("{{", rendered.Subject + rendered.Html + rendered.Text);
            Assert.Contains("Kính gửi Thiếu tá Lê Thị Thu Hà (Phòng PV05),", rendered.Text);
            // A mail about one dossier names its unit; one about a whole round (a draft, public feedback) names the round.
            Assert.Contains(text.Contains("{{unitName}}", StringComparison.Ordinal) ? "Trường THCS Đông Tiến" : "Ngày hội toàn dân bảo vệ ANTQ 19/8/2026",
                rendered.Subject + rendered.Text);
            Assert.Contains("https://khenthuong.example.vn/", rendered.Html);
        }
    }

    [Fact]
    public void A_broken_template_is_reported()
    {
        Assert.NotNull(EmailRenderer.FindError("{{#each nominees}}<li>{{this}}</li>", html: true));
        Assert.NotNull(EmailRenderer.FindError("{{recipientName}", html: false));
        Assert.Null(EmailRenderer.FindError("{{#if dueAt}}Hạn: {{dueAt}}{{/if}}", html: false));
    }
}
