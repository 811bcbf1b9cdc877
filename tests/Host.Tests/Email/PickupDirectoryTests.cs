using Microsoft.Extensions.DependencyInjection;

namespace ToanDan.Awards.Host.Tests.Email;

/// <summary>Without an SMTP server (the demo), mail is written as .eml files that anyone can open.</summary>
public class PickupDirectoryTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task Without_an_smtp_server_mail_becomes_a_readable_eml_file_with_a_utf8_subject()
    {
        var worker = app.Services.GetRequiredService<Host.Email.OutboxWorker>();
        await worker.SendDueAsync(CancellationToken.None); // the demo province's own mail first
        foreach (var old in Directory.GetFiles(app.MailFolder, "*.eml")) File.Delete(old);
        await Dossiers.SubmitAsync(app, "TH-HOANGHOA", "04/TTr-UBND");

        var sent = await worker.SendDueAsync(CancellationToken.None);

        Assert.Equal(1, sent);
        var file = Assert.Single(Directory.GetFiles(app.MailFolder, "*.eml"));
        var eml = await File.ReadAllTextAsync(file);
        var headers = new RawMessage(eml);
        Assert.Equal("Hồ sơ đề nghị Giấy khen của Giám đốc Công an tỉnh của Xã Hoằng Hóa đang chờ anh/chị xử lý",
            Rfc2047.Decode(headers.Header("Subject")));
        Assert.Equal("Thiếu tá Cao Văn Thắng (Công an xã Hoằng Hóa) <congan.hoanghoa@toandan.local>", Rfc2047.Decode(headers.Header("To")));
        Assert.Equal("Phong trào Toàn dân BVANTQ <khenthuong@toandan.local>", Rfc2047.Decode(headers.Header("From")).Replace("\"", ""));
        Assert.Matches("^<[0-9a-f]{32}\\.[0-9]+\\.[0-9]+\\.[0-9a-f-]+\\.[0-9a-f]{16}@toandan\\.awards>$", headers.Header("Message-ID"));
        Assert.Contains("multipart/alternative", headers.Header("Content-Type"));
        Assert.True(eml.IndexOf("text/plain", StringComparison.Ordinal) < eml.IndexOf("text/html", StringComparison.Ordinal),
            "the plain-text part comes first, the HTML part last");
    }
}
