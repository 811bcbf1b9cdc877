using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Email;

/// <summary>The application logging in to a maildev that wants a user name and password.</summary>
public sealed class MailAppWithLogin : MailApp
{
    public const string UserName = "khenthuong";
    public const string Password = "Mật-khẩu-SMTP 2026";

    public MailAppWithLogin()
    {
        Mail.Login = (UserName, Password);
        App.Settings["Email:Smtp:UserName"] = UserName;
        App.Settings["Email:Smtp:Password"] = Password;
    }
}

public class SmtpLoginTests(MailAppWithLogin mail) : IClassFixture<MailAppWithLogin>
{
    [Fact]
    public async Task Mail_goes_out_after_logging_in_and_waits_while_the_server_refuses_the_login()
    {
        var first = await Dossiers.SubmitAsync(mail.App, "TH-SAMSON", "06/TTr-CAP");
        Assert.Equal("congan.samson@toandan.local", Assert.Single(await mail.DeliverAsync(first.InstanceId)).To);

        await mail.Mail.StopAsync();
        mail.Mail.Login = (MailAppWithLogin.UserName, "a password changed on the server");
        await mail.Mail.StartAsync();
        var second = await Dossiers.SubmitAsync(mail.App, "TH-HOANGHOA", "10/TTr-UBND");

        Assert.Empty(await mail.DeliverAsync(second.InstanceId));
        var waiting = Assert.Single(await mail.App.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Outbox
            .AsNoTracking().Where(m => m.EventKey.StartsWith(second.InstanceId)).ToListAsync()));
        Assert.Equal((OutboxStatus.Pending, 1), (waiting.Status, waiting.Attempts));
        Assert.StartsWith("Máy chủ thư chưa nhận thư (đăng nhập không thành công", waiting.LastError);

        await mail.Mail.StopAsync();
        mail.Mail.Login = (MailAppWithLogin.UserName, MailAppWithLogin.Password);
        await mail.Mail.StartAsync();
        mail.App.Clock.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal("congan.hoanghoa@toandan.local", Assert.Single(await mail.DeliverAsync(second.InstanceId)).To);
    }
}
