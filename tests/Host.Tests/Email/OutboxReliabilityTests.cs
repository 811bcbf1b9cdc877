using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Email;

/// <summary>The outbox against a real SMTP server that goes down and comes back, and an address that can never work.</summary>
public class OutboxReliabilityTests(MailApp mail) : IClassFixture<MailApp>
{
    [Fact]
    public async Task With_the_mail_server_down_mid_way_nothing_is_lost_and_each_message_arrives_once()
    {
        var dossier = await Dossiers.SubmitAsync(mail.App, "TH-DONGTIEN", "11/TTr-CAX");
        var beforeTheOutage = await mail.DeliverAsync(dossier.InstanceId);

        await mail.Mail.StopAsync();
        try
        {
            await Dossiers.CompleteAsync(mail.App, dossier, "Task_CommuneReviewSimplified", "approve");
            await Dossiers.CompleteAsync(mail.App, dossier, "Task_PV05ReviewSimplified", "approve");
            await Dossiers.CompleteAsync(mail.App, dossier, "Task_DirectorSign", "approve");
            Assert.Equal(0, await mail.Outbox.SendDueAsync(CancellationToken.None));
            var waiting = await PendingAsync(dossier);
            Assert.Equal(3, waiting.Count);
            Assert.All(waiting, m =>
            {
                Assert.Equal(1, m.Attempts);
                Assert.Equal(mail.App.Clock.GetUtcNow() + TimeSpan.FromSeconds(30), m.NextAttemptAt);
                Assert.Contains("Máy chủ thư chưa nhận thư", m.LastError);
            });

            mail.App.Clock.Advance(TimeSpan.FromSeconds(31));
            Assert.Equal(0, await mail.Outbox.SendDueAsync(CancellationToken.None));
            Assert.All(await PendingAsync(dossier), m => Assert.Equal(2, m.Attempts));
        }
        finally
        {
            await mail.Mail.StartAsync();
        }
        var restartedAt = mail.App.Clock.GetUtcNow();

        Assert.Equal(0, await mail.Outbox.SendDueAsync(CancellationToken.None));
        mail.App.Clock.Advance(TimeSpan.FromMinutes(1));
        await mail.Outbox.SendDueAsync(CancellationToken.None);
        await mail.Outbox.SendDueAsync(CancellationToken.None);

        // A restarted maildev starts empty: what it received before the outage is counted from before.
        var received = beforeTheOutage.Concat(await mail.ReceivedAsync(dossier.InstanceId, sentSince: restartedAt)).ToList();
        Assert.Equal(
            ["congan.dongtien@toandan.local", "giamdoc.thanhhoa@toandan.local", "pv05.thanhhoa@toandan.local", "thidua.dongtien@toandan.local"],
            received.Select(m => m.To).Order().ToList());
        Assert.Equal(4, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Empty(await PendingAsync(dossier));
    }

    [Fact]
    public async Task A_bad_address_fails_for_good_and_the_administrator_sees_it()
    {
        await AddCommunePoliceAsync("congan2.samson", "Thượng úy Đỗ Minh Quân", "quan.do-congan-samson.toandan.local");
        var dossier = await Dossiers.SubmitAsync(mail.App, "TH-SAMSON", "05/TTr-CAP");

        var received = await mail.DeliverAsync(dossier.InstanceId);

        Assert.Equal("congan.samson@toandan.local", Assert.Single(received).To);
        var admin = await mail.App.ClientForAsync("admin");
        var failed = await admin.GetFromJsonAsync<JsonElement>("/api/outbox?status=failed");
        var item = Assert.Single(failed.GetProperty("items").EnumerateArray(),
            i => i.GetProperty("recipientEmail").GetString() == "quan.do-congan-samson.toandan.local");
        Assert.Equal("failed", item.GetProperty("status").GetString());
        Assert.StartsWith("Địa chỉ e-mail không hợp lệ", item.GetProperty("lastError").GetString());
        Assert.Equal(1, item.GetProperty("attempts").GetInt32());

        mail.App.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await mail.Outbox.SendDueAsync(CancellationToken.None));
        var retried = await admin.PostAsync($"/api/outbox/{item.GetProperty("id").GetInt64()}/retry", null);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("pending", (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Only_an_administrator_sees_the_outbox()
    {
        var clerk = await mail.App.ClientForAsync("thidua.dongtien");

        var response = await clerk.GetAsync("/api/outbox?status=failed");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync("/api/outbox/1/retry", null)).StatusCode);
    }

    [Fact]
    public async Task A_sent_message_is_not_sent_again_on_retry()
    {
        var dossier = await Dossiers.SubmitAsync(mail.App, "TH-HACTHANH", "02/TTr-CAP");
        await mail.DeliverAsync(dossier.InstanceId);
        var sent = Assert.Single(await mail.App.WithScopeAsync(services =>
            services.GetRequiredService<AwardsDbContext>().Outbox.Where(m => m.EventKey.StartsWith(dossier.InstanceId)).ToListAsync()));
        Assert.Equal(OutboxStatus.Sent, sent.Status);

        var response = await (await mail.App.ClientForAsync("admin")).PostAsync($"/api/outbox/{sent.Id}/retry", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    private Task<List<OutboxMessage>> PendingAsync(Dossier dossier) =>
        mail.App.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Outbox.AsNoTracking()
            .Where(m => m.EventKey.StartsWith(dossier.InstanceId) && m.Status == OutboxStatus.Pending).ToListAsync());

    /// <summary>A second commune police officer whose address was typed wrong (stored as is, as an import might).</summary>
    private Task AddCommunePoliceAsync(string userName, string fullName, string badEmail) =>
        mail.App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var unit = await db.Units.SingleAsync(u => u.Code == "TH-SAMSON");
            var user = new AppUser { UserName = userName, FullName = fullName, UnitId = unit.Id, Email = $"{userName}@toandan.local" };
            Assert.True((await users.CreateAsync(user, "Demo@2026")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.CommunePolice)).Succeeded);
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, badEmail));
            return true;
        });
}
