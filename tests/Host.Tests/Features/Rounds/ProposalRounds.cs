using System.Net.Http.Json;
using System.Text.Json;
using ToanDan.Awards.Host.Domain;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;
using static ToanDan.Awards.Host.Tests.TestRounds;

namespace ToanDan.Awards.Host.Tests.Features.Rounds;

/// <summary>
/// Rounds of the awards decided above the province, run to their consolidated draft: dossiers of two units, one nominee
/// postponed by PV05, one left out of the draft by the office. What the province's proposal must list, and must not.
/// </summary>
public static class ProposalRounds
{
    public sealed record Consolidated(int RoundId, int DecisionId, int FirstDossier, int SecondDossier);

    public const string Postponed = "Lương Văn Tài";
    public const string LeftOut = "Mai Thị Ngọc";
    public const string MedalPostponed = "Phạm Văn Tuyến";
    public const string MedalLeftOut = "Lê Thị Thu";

    /// <summary>A Bằng khen round of UBND tỉnh: Xã Đông Tiến (1 collective, 2 individuals) and Phường Hạc Thành (1 collective,
    /// 3 individuals, one postponed, one left out): 2 collectives and 3 individuals kept.</summary>
    public static Task<Consolidated> BangKhenAsync(AwardsApp app) =>
        RunAsync(app, "Tổng kết phong trào năm 2026 (thử)", "UBND-TH", BangKhen,
            ("TH-DONGTIEN", unit =>
            [
                Nominee.Collective("Tổ an ninh trật tự thôn Phú Sơn", unit.Name, 9, 0.3m, "Giữ vững an ninh trật tự thôn nhiều năm liền."),
                Nominee.Individual("Trịnh Văn Quang", new DateOnly(1968, 3, 4), Sex.Male, "Tổ trưởng tổ bảo vệ ANTT", "Thôn Phú Sơn, xã Đông Tiến",
                    NextCitizenId(), "Phát hiện, tố giác 4 vụ trộm cắp tài sản."),
                Nominee.Individual("Đỗ Thị Huyền", new DateOnly(1979, 11, 20), Sex.Female, "Chi hội trưởng Hội Phụ nữ", unit.Name,
                    NextCitizenId(), "Vận động 60 hộ ký cam kết an toàn."),
            ]),
            ("TH-HACTHANH", unit =>
            [
                Nominee.Collective("Đội dân phòng khu phố 5", unit.Name, 15, 0.2m, "Tham gia chữa cháy kịp thời 2 vụ."),
                Nominee.Individual(Postponed, new DateOnly(1975, 1, 15), Sex.Male, "Tổ phó tổ dân phố", unit.Name, NextCitizenId(), "Bắt giữ đối tượng trộm cắp."),
                Nominee.Individual(LeftOut, new DateOnly(1990, 6, 1), Sex.Female, "Bí thư Đoàn phường", unit.Name, NextCitizenId(), "Tuyên truyền pháp luật."),
                Nominee.Individual("Vũ Đức Thịnh", new DateOnly(1982, 8, 9), Sex.Male, "Công an viên", unit.Name, NextCitizenId(), "Cứu người trong vụ cháy nhà."),
            ]),
            Postponed, LeftOut);

    /// <summary>A medal round of the ministry: Xã Đông Tiến (2 individuals) and Xã Hoằng Hóa (3, one postponed, one left out):
    /// 3 individuals kept.</summary>
    public static Task<Consolidated> MedalAsync(AwardsApp app) =>
        RunAsync(app, "Xét tặng Kỷ niệm chương năm 2026 (thử)", "BCA", KyNiemChuong,
            ("TH-DONGTIEN", unit =>
            [
                Nominee.Individual("Hoàng Văn Lực", new DateOnly(1960, 2, 2), Sex.Male, "Trưởng thôn Phú Sơn", unit.Name, NextCitizenId(),
                    "Tham gia tổ bảo vệ an ninh trật tự 20 năm; vận động nhân dân giao nộp 5 khẩu súng tự chế."),
                Nominee.Individual("Nguyễn Thị Lành", new DateOnly(1968, 7, 7), Sex.Female, "Tổ viên tổ an ninh trật tự", unit.Name, NextCitizenId(),
                    "12 năm tham gia tổ an ninh trật tự; hòa giải thành 30 vụ mâu thuẫn."),
            ]),
            ("TH-HOANGHOA", unit =>
            [
                Nominee.Individual(MedalPostponed, new DateOnly(1958, 4, 30), Sex.Male, "Nguyên Trưởng Công an xã", unit.Name, NextCitizenId(), "Nhiều năm công tác."),
                Nominee.Individual(MedalLeftOut, new DateOnly(1970, 10, 10), Sex.Female, "Chủ tịch Hội Nông dân xã", unit.Name, NextCitizenId(), "Vận động nông dân."),
                Nominee.Individual("Cao Văn Đạt", new DateOnly(1965, 12, 1), Sex.Male, "Công an viên", unit.Name, NextCitizenId(),
                    "16 năm làm công an viên; bắt giữ 3 đối tượng truy nã."),
            ]),
            MedalPostponed, MedalLeftOut);

    /// <summary>Opens the round today until two days on, walks both dossiers to the end of their path (PV05 postponing
    /// <paramref name="postponed"/>), lets the round close, consolidates as PV05 and leaves <paramref name="leftOut"/> out.</summary>
    private static async Task<Consolidated> RunAsync(AwardsApp app, string name, string issuerCode, string awardTypeCode,
        (string Unit, Func<Unit, Nominee[]> Nominees) first, (string Unit, Func<Unit, Nominee[]> Nominees) second, string postponed, string leftOut)
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        var round = await CreateRoundAsync(app, name, today, today.AddDays(2), issuerCode, awardTypeCode);
        var a = await SubmitAsync(app, awardTypeCode, first.Unit, round, (unit, _) => first.Nominees(unit));
        var b = await SubmitAsync(app, awardTypeCode, second.Unit, round, (unit, _) => second.Nominees(unit));
        var held = (await NominationAsync(app, b)).Nominees.Single(n => n.Name == postponed);
        await ApproveAllAsync(app, a);
        await ApproveAllAsync(app, b, [new { nomineeId = held.Id, keep = true, reason = "Đang thanh tra, xác minh đơn.", @do = "postpone" }]);

        app.Clock.Advance(TimeSpan.FromDays(4));
        var pv05 = await app.ClientForAsync("pv05.thanhhoa");
        var consolidated = await Read(await pv05.PostAsync($"/api/rounds/{round}/consolidate", null));
        var decisionId = consolidated.GetProperty("drafts")[0].GetProperty("decisionId").GetInt32();
        var later = (await NominationAsync(app, b)).Nominees.Single(n => n.Name == leftOut);
        await Read(await pv05.PostAsJsonAsync($"/api/decisions/{decisionId}/leave-out", new { nomineeId = later.Id, reason = "Chờ bổ sung xác nhận." }));
        return new Consolidated(round, decisionId, a, b);
    }

    public static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
