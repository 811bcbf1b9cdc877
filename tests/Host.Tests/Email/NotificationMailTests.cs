using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace ToanDan.Awards.Host.Tests.Email;

/// <summary>What each step mails, to whom, as received by a real SMTP server (maildev).</summary>
public class NotificationMailTests(MailApp mail) : IClassFixture<MailApp>
{
    private const string GiayKhen = "Giấy khen của Giám đốc Công an tỉnh";

    private static string Assigned(string unit) => $"Hồ sơ đề nghị {GiayKhen} của {unit} đang chờ anh/chị xử lý";

    [Fact]
    public async Task An_ad_hoc_giay_khen_path_mails_each_approver_once_and_the_unit_its_decision()
    {
        var dossier = await Dossiers.SubmitAsync(mail.App, "TH-DONGTIEN-THCS", "15/TTr-THCS");
        await Dossiers.CompleteAsync(mail.App, dossier, "Task_CommuneReviewSimplified", "approve");
        await Dossiers.CompleteAsync(mail.App, dossier, "Task_PV05ReviewSimplified", "approve");
        await Dossiers.CompleteAsync(mail.App, dossier, "Task_DirectorSign", "approve");

        var received = await mail.DeliverAsync(dossier.InstanceId);

        var assigned = Assigned("Trường THCS Đông Tiến");
        Assert.Equal(
            [
                ("congan.dongtien@toandan.local", assigned),
                ("giamdoc.thanhhoa@toandan.local", assigned),
                ("pv05.thanhhoa@toandan.local", assigned),
            ],
            received.Where(m => m.Subject == assigned).Select(m => (m.To, m.Subject)).Order().ToList());
        var decision = Assert.Single(received, m => m.Subject != assigned);
        Assert.Equal("thidua.thcs-dongtien@toandan.local", decision.To);
        Assert.Matches($"^Đã có Quyết định số [0-9]+/QĐ-CAT về việc tặng {GiayKhen}$", decision.Subject);
        Assert.Equal(4, received.Count);
        Assert.Equal(4, received.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task A_task_mail_names_the_dossier_and_links_straight_to_the_task()
    {
        var dossier = await Dossiers.SubmitAsync(mail.App, "TH-DONGTIEN-CCB", "07/TTr-CCB");
        var taskId = await Dossiers.TaskIdAsync(mail.App, dossier, "Task_CommuneReviewSimplified");

        var message = Assert.Single(await mail.DeliverAsync(dossier.InstanceId));

        Assert.Equal("congan.dongtien@toandan.local", message.To);
        Assert.Equal("Thiếu tá Lê Văn Tuấn (Công an xã Đông Tiến)", message.ToName);
        Assert.Equal(Assigned("Hội Cựu chiến binh xã Đông Tiến"), message.Subject);
        foreach (var body in new[] { message.Text, message.Html })
        {
            Assert.Contains("Kính gửi Thiếu tá Lê Văn Tuấn (Công an xã Đông Tiến)", body);
            Assert.Contains("Công an xã thẩm định", body);
            Assert.Contains("Tổ an ninh trật tự thôn Phú Thọ", body);
            Assert.Contains("Lê Văn Hòa", body);
            Assert.Contains("07/TTr-CCB", body);
            Assert.Contains($"https://khenthuong.thanhhoa.example/nhiem-vu/{taskId}", body);
        }
        Assert.Matches("Thời hạn xử lý: đến hết ngày [0-9]{2}/[0-9]{2}/[0-9]{4}", message.Text);
    }

    [Fact]
    public async Task A_returned_dossier_mails_the_units_clerks_with_the_reason()
    {
        const string reason = "Đề nghị bổ sung báo cáo thành tích có xác nhận của Chủ tịch Hội và biên bản họp xét.";
        var dossier = await Dossiers.SubmitAsync(mail.App, "TH-HACTHANH-PN", "21/TTr-PN");
        await Dossiers.CompleteAsync(mail.App, dossier, "Task_CommuneReviewSimplified", "return", reason);

        var received = await mail.DeliverAsync(dossier.InstanceId);

        var returned = Assert.Single(received, m => m.Subject.Contains("được trả lại", StringComparison.Ordinal));
        Assert.Equal("thidua.pn-hacthanh@toandan.local", returned.To);
        Assert.Equal($"Hồ sơ đề nghị {GiayKhen} của Hội Liên hiệp Phụ nữ phường Hạc Thành được trả lại để bổ sung, hoàn thiện", returned.Subject);
        Assert.Contains($"Lý do trả lại: {reason}", returned.Text);
        Assert.Contains(reason, returned.Html);
        Assert.Contains($"/ho-so/{dossier.Id}", returned.Text);
        // The clerk is also asked to revise it; the commune police had the first task.
        Assert.Equal(
            ["congan.hacthanh@toandan.local", "thidua.pn-hacthanh@toandan.local", "thidua.pn-hacthanh@toandan.local"],
            received.Select(m => m.To).Order().ToList());
    }

    [Fact]
    public async Task A_reminder_before_the_deadline_and_an_escalation_after_it_arrive()
    {
        var dossier = await Dossiers.SubmitAsync(mail.App, "TH-SAMSON", "03/TTr-CAP");
        await Dossiers.CompleteAsync(mail.App, dossier, "Task_CommuneReviewSimplified", "approve");

        await Dossiers.FireNextTimerAsync(mail, dossier);
        var reminder = Assert.Single(await mail.DeliverAsync(dossier.InstanceId), m => m.Subject.StartsWith("Nhắc hạn", StringComparison.Ordinal));
        Assert.Equal("pv05.thanhhoa@toandan.local", reminder.To);
        Assert.Matches($"^Nhắc hạn: hồ sơ đề nghị {GiayKhen} của Phường Sầm Sơn cần xử lý trước hết ngày [0-9]{{2}}/[0-9]{{2}}/[0-9]{{4}}$", reminder.Subject);

        await Dossiers.FireNextTimerAsync(mail, dossier);
        var received = await mail.DeliverAsync(dossier.InstanceId);
        var escalation = Assert.Single(received, m => m.Subject.StartsWith("Hồ sơ quá hạn", StringComparison.Ordinal));
        Assert.Equal("giamdoc.thanhhoa@toandan.local", escalation.To);
        Assert.Equal($"Hồ sơ quá hạn xử lý: đề nghị {GiayKhen} của Phường Sầm Sơn", escalation.Subject);
        Assert.Contains("Phòng PV05 thẩm định hồ sơ", escalation.Text);
        Assert.Contains("Cán bộ Phòng PV05 (Tỉnh Thanh Hóa) chưa cho ý kiến", escalation.Text);
        // The director is also given the task to act in PV05's place.
        Assert.Single(received, m => m.To == "giamdoc.thanhhoa@toandan.local" && m.Subject == Assigned("Phường Sầm Sơn"));
    }

    [Fact]
    public async Task Opting_out_stops_reminders_but_never_the_mail_that_asks_to_act()
    {
        var client = await mail.App.ClientForAsync("congan.hoanghoa");
        (await client.PutAsJsonAsync("/api/me/preferences", new { receivesReminders = false })).EnsureSuccessStatusCode();

        var dossier = await Dossiers.SubmitAsync(mail.App, "TH-HOANGHOA", "09/TTr-UBND");
        await Dossiers.FireNextTimerAsync(mail, dossier);
        var received = await mail.DeliverAsync(dossier.InstanceId);

        var only = Assert.Single(received);
        Assert.Equal("congan.hoanghoa@toandan.local", only.To);
        Assert.Equal(Assigned("Xã Hoằng Hóa"), only.Subject);
        var reminders = await mail.App.WithScopeAsync(services => Task.FromResult(
            services.GetRequiredService<ToanDan.Awards.Host.Persistence.AwardsDbContext>().Outbox
                .Count(m => m.EventKey.StartsWith(dossier.InstanceId) && m.Template == "task-reminder")));
        Assert.Equal(0, reminders);
    }

    [Fact]
    public async Task A_long_vietnamese_display_name_arrives_folded_and_exactly_as_written()
    {
        var dossier = await Dossiers.SubmitAsync(mail.App, "TH-HACTHANH", "08/TTr-CAP");

        var message = Assert.Single(await mail.DeliverAsync(dossier.InstanceId));

        var raw = new RawMessage(await mail.Mail.SourceAsync(message.Id));
        Assert.Equal("Trung tá Vũ Đình Long (Công an phường Hạc Thành) <congan.hacthanh@toandan.local>", Rfc2047.Decode(raw.Header("To")));
        Assert.Equal("Trung tá Vũ Đình Long (Công an phường Hạc Thành)", message.ToName);
        Assert.Equal(Assigned("Phường Hạc Thành"), Rfc2047.Decode(raw.Header("Subject")));
        Assert.All(raw.FoldedLines("To").Concat(raw.FoldedLines("Subject")),
            line => Assert.True(line.Length <= 78, $"a header line longer than 78 characters: {line}"));
        Assert.True(raw.FoldedLines("To").Count > 1, "the long To header is folded");
    }
}
