using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Demo;

/// <summary>
/// Demo dossiers in every state, moved along by the same workflow runner people use, so that a newcomer can log in
/// as any account and find something to do.
/// </summary>
internal static class DemoNominations
{
    private const string GiayKhen = "GK-GDCAT";
    private const string BangKhen = "BK-CTUBND";
    private const string Medal = "KNC-BVANTQ";

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<AwardsDbContext>();
        var runner = services.GetRequiredService<WorkflowRunner>();
        var clock = services.GetRequiredService<TimeProvider>();
        var rounds = await db.Rounds.Include(r => r.AwardTypes).Include(r => r.Issuer).ThenInclude(i => i!.Unit).OrderBy(r => r.Id).ToListAsync();
        var seed = new Seeder(db, runner, clock, rounds, services.GetRequiredService<AttachmentStore>(), services.GetRequiredService<Infrastructure.CriteriaCache>());
        await SeedAugustRoundAsync(services, seed, rounds.Single(r => r.Name.Contains("19/8", StringComparison.Ordinal)));

        // A draft, not sent yet.
        await seed.CreateAsync("TH-DONGTIEN", GiayKhen, "thidua.dongtien", "21/TTr-UBND", submit: false,
            Collective("Đội dân phòng thôn Đông Lăng", "Xã Đông Tiến", 15, 0.2m, "Duy trì tuần tra ban đêm 365 ngày; phối hợp bắt giữ 02 đối tượng trộm cắp tài sản."),
            Individual("Trịnh Văn Quang", 1968, Sex.Male, "Trưởng thôn Đông Lăng", "Xã Đông Tiến", "038068001234", "Vận động nhân dân giao nộp 01 khẩu súng tự chế và 05 kg pháo nổ.",
                DemoHistory.PairedFormerId));

        // Waiting for the commune police of Hạc Thành.
        await seed.CreateAsync("TH-HACTHANH", GiayKhen, "thidua.hacthanh", "08/TTr-UBND",
            Collective("Tổ liên gia tự quản số 7, phường Hạc Thành", "Phường Hạc Thành", 22, 0.55m, "Không có tội phạm, tệ nạn xã hội trên địa bàn ba năm liền; hòa giải thành 06 vụ mâu thuẫn."),
            Individual("Lê Thị Hoa", 1985, Sex.Female, "Tổ trưởng tổ liên gia", "Phường Hạc Thành", "038185004321", "Phát hiện, tố giác đường dây cho vay lãi nặng, giúp cơ quan công an xử lý 03 đối tượng."));

        // Approved by the commune, waiting for PV05: a Bằng khen.
        var atPv05 = await seed.CreateAsync("TH-DONGTIEN", BangKhen, "thidua.dongtien", "25/TTr-UBND",
            Collective("Tổ an ninh trật tự cơ sở thôn 3", "Xã Đông Tiến", 12, 0.25m, "Phát hiện, tố giác 03 vụ trộm cắp tài sản; vận động 02 đối tượng truy nã ra đầu thú."),
            Individual("Nguyễn Văn Hùng", 1970, Sex.Male, "Tổ trưởng tổ ANTT thôn 3", "Xã Đông Tiến", "038070005678", "Trực tiếp tham gia bắt giữ đối tượng cướp giật tài sản ngày 12/3/2026."));
        await seed.CompleteAsync(atPv05, "Task_CommuneReview", "approve", "congan.dongtien", "Hồ sơ đầy đủ, thành tích được xác nhận.");

        // A Bằng khen returned by Sở Nội vụ: back at PV05 (not at the unit), whose task page names who returned it and why.
        var fromHomeAffairs = await seed.CreateAsync("TH-SAMSON", BangKhen, "thidua.samson", "18/TTr-UBND",
            Individual("Lê Văn Phúc", 1969, Sex.Male, "Trưởng ban bảo vệ dân phố khu phố 3", "Phường Sầm Sơn", "038069007531",
                "Chỉ đạo ban bảo vệ dân phố giữ vững an ninh trật tự khu phố; phát hiện 03 vụ tàng trữ trái phép chất ma túy."));
        await seed.CompleteAsync(fromHomeAffairs, "Task_CommuneReview", "approve", "congan.samson", null);
        await seed.CompleteAsync(fromHomeAffairs, "Task_PV05Review", "approve", "pv05.thanhhoa", null);
        await seed.CompleteAsync(fromHomeAffairs, "Task_PublicDisclosure", "approve", "pv05.thanhhoa", null);
        await seed.CompleteAsync(fromHomeAffairs, "Task_CouncilVote", "approve", "hoidong.thanhhoa", null);
        await seed.CompleteAsync(fromHomeAffairs, "Task_DirectorPropose", "approve", "giamdoc.thanhhoa", null);
        await seed.CompleteAsync(fromHomeAffairs, "Task_HomeAffairsAppraisal", "return", "noivu.thanhhoa",
            "Tờ trình chưa nêu rõ thành tích năm 2026 của cá nhân; đề nghị Công an tỉnh bổ sung trước khi trình Chủ tịch UBND tỉnh.");

        // Returned to Hoằng Hóa by its commune police.
        var returned = await seed.CreateAsync("TH-HOANGHOA", GiayKhen, "thidua.hoanghoa", "11/TTr-UBND",
            Individual("Cao Thị Thu", 1979, Sex.Female, "Chi hội trưởng Chi hội Phụ nữ thôn Nam Sơn", "Xã Hoằng Hóa", "038179002468", "Tuyên truyền phòng chống lừa đảo qua mạng cho 300 lượt hội viên."));
        await seed.CompleteAsync(returned, "Task_CommuneReview", "return", "congan.hoanghoa",
            "Báo cáo thành tích chưa có xác nhận của cấp trình; đề nghị bổ sung bản có xác nhận và số liệu cụ thể.");

        // At the parallel review: council vote and public disclosure.
        var atCouncil = await seed.CreateAsync("TH-SAMSON", GiayKhen, "thidua.samson", "14/TTr-UBND",
            Collective("Đội thanh niên xung kích phường Sầm Sơn", "Phường Sầm Sơn", 30, 0.3m, "Hỗ trợ bảo đảm an ninh trật tự mùa du lịch 2026; cứu 04 du khách đuối nước."),
            Individual("Phạm Văn Long", 1990, Sex.Male, "Đội trưởng đội thanh niên xung kích", "Phường Sầm Sơn", "038090001357", "Phát hiện, tố giác 02 vụ mua bán trái phép chất ma túy."),
            Collective("Chi hội Phụ nữ khu phố Trung Sơn", "Phường Sầm Sơn", 24, 0.8m, "Vận động 150 hộ kinh doanh du lịch ký cam kết không chèo kéo, ép giá du khách."),
            Individual("Lê Thị Hằng", 1986, Sex.Female, "Thành viên Đội thanh niên xung kích", "Phường Sầm Sơn", "038186002468", "Phát hiện, báo tin 01 đối tượng trộm cắp tài sản của du khách."));
        await seed.CompleteAsync(atCouncil, "Task_CommuneReview", "approve", "congan.samson", null);
        await seed.CompleteAsync(atCouncil, "Task_PV05Review", "approve", "pv05.thanhhoa", "Đủ điều kiện, trình Hội đồng xét.");
        // The council's votes: a woman and a collective with at least 70 % women tie with others, so the page shows the preference.
        foreach (var (name, votes) in new[] { ("Đội thanh niên xung kích phường Sầm Sơn", 7), ("Chi hội Phụ nữ khu phố Trung Sơn", 7), ("Phạm Văn Long", 6), ("Lê Thị Hằng", 6) })
            atCouncil.Nominees.Single(n => n.Name == name).RecordCouncilVotes(votes);
        await db.SaveChangesAsync();

        // Ad hoc (đột xuất), outside any round: approved all the way, its own decision of the director.
        var adHoc = await seed.CreateAsync("TH-DONGTIEN-CCB", GiayKhen, "thidua.ccb-dongtien", "05/TTr-CCB", submit: true, adHoc: true,
            Individual("Hoàng Văn Thái", 1956, Sex.Male, "Chi hội trưởng Chi hội CCB thôn 5", "Hội Cựu chiến binh xã Đông Tiến", "038056009753",
                "Dũng cảm cùng lực lượng công an khống chế, bắt giữ đối tượng cướp tài sản ngày 20/11/2026."));
        await seed.ApproveAllAsync(adHoc);

        // Refused by PV05.
        var refused = await seed.CreateAsync("TH-DONGTIEN-THCS", GiayKhen, "thidua.thcs-dongtien", "03/TTr-THCS",
            Individual("Lê Văn Bình", 1982, Sex.Male, "Giáo viên", "Trường THCS Đông Tiến", "038082003579", "Tổ chức 04 buổi ngoại khóa về phòng chống ma túy."));
        await seed.CompleteAsync(refused, "Task_CommuneReview", "approve", "congan.dongtien", null);
        await seed.CompleteAsync(refused, "Task_PV05Review", "reject", "pv05.thanhhoa",
            "Thành tích chưa đủ tiêu chuẩn xét Giấy khen của Giám đốc Công an tỉnh; đề nghị xét khen ở cấp xã.");

        // A medal dossier at Cục V05.
        var medal = await seed.CreateAsync("TH-HACTHANH-PN", Medal, "thidua.pn-hacthanh", "02/TTr-PN",
            Individual("Nguyễn Thị Thanh", 1966, Sex.Female, "Chủ tịch Hội LHPN phường Hạc Thành", "Hội Liên hiệp Phụ nữ phường Hạc Thành", "038166008642",
                "Hơn 15 năm tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc; xây dựng mô hình “Phụ nữ tự quản về an ninh trật tự”.",
                target: AwardeeTarget.OtherLeader));
        await seed.CompleteAsync(medal, "Task_CommuneReview", "approve", "congan.hacthanh", null);
        await seed.CompleteAsync(medal, "Task_PV05Review", "approve", "pv05.thanhhoa", null);
        await seed.CompleteAsync(medal, "Task_ServiceRecordCheck", "approve", "pv05.thanhhoa", "Đủ thời gian tham gia theo Thông tư 20/2025/TT-BCA.");
        await seed.CompleteAsync(medal, "Task_PublicDisclosure", "approve", "congan.hacthanh", null);

        // The medal's criteria (Thông tư 20/2025/TT-BCA, as seeded): one member of the grassroots force who passes with time
        // counted double on the border, one postponed by an inspection pending (at submission, not refused) ...
        var grassroots = Persistence.DefaultEligibility.GrassrootsForce;
        await seed.CreateAsync("TH-SAMSON", Medal, "thidua.samson", "31/TTr-UBND",
            Individual("Lê Văn Thành", 1972, Sex.Male, "Tổ trưởng Tổ bảo vệ an ninh, trật tự khu phố 5", "Phường Sầm Sơn", "038072009911",
                "Tham gia lực lượng bảo vệ an ninh, trật tự ở cơ sở từ năm 2010; trực tiếp tham gia bắt giữ 05 đối tượng trộm cắp.")
                .WithEligibilityFacts(grassroots, [
                    new ServicePeriod(new DateOnly(2010, 3, 1), new DateOnly(2014, 3, 1), "Xã Trung Lý (huyện Mường Lát cũ), xã biên giới", CountsDouble: true),
                    new ServicePeriod(new DateOnly(2014, 3, 1), null, "Phường Sầm Sơn")],
                    [new HeldHonour("Giấy khen của Giám đốc Công an tỉnh", 2022)], false, false, false),
            Individual("Hà Thị Mai", 1978, Sex.Female, "Tổ viên Tổ bảo vệ an ninh, trật tự khu phố 5", "Phường Sầm Sơn", "038178009922",
                "Mười hai năm tham gia tuần tra, hòa giải mâu thuẫn ở khu phố 5.")
                .WithEligibilityFacts(grassroots, [new ServicePeriod(new DateOnly(2013, 5, 1), null, "Phường Sầm Sơn")], [], false, false, pendingInspection: true));

        // ... and a draft whose nominee fails: not yet 15 years; sending it is refused with the figures.
        await seed.CreateAsync("TH-HOANGHOA", Medal, "thidua.hoanghoa", "19/TTr-UBND", submit: false,
            Individual("Cao Văn Tám", 1980, Sex.Male, "Tổ viên Tổ bảo vệ an ninh, trật tự thôn Nam Sơn", "Xã Hoằng Hóa", "038080009933",
                "Tham gia tuần tra, bảo vệ an ninh trật tự thôn Nam Sơn.")
                .WithEligibilityFacts(grassroots, [new ServicePeriod(new DateOnly(2014, 3, 1), null, "Xã Hoằng Hóa")], [], false, false, false));
    }

    /// <summary>
    /// The August round (Ngày hội 19/8) as an office ran it: five units' dossiers reviewed, one nominee postponed, the
    /// round closed, the waiting nominees consolidated by PV05 into one draft and signed by the director.
    /// </summary>
    private static async Task SeedAugustRoundAsync(IServiceProvider services, Seeder seed, Round august)
    {
        var db = services.GetRequiredService<AwardsDbContext>();
        var units = new (string Unit, string Clerk, string Submission, Nominee[] Nominees)[]
        {
            ("TH-DONGTIEN", "thidua.dongtien", "15/TTr-UBND", [
                Collective("Tổ an ninh trật tự thôn Phú Thọ", "Xã Đông Tiến", 14, 0.21m, "Giữ vững an ninh trật tự thôn ba năm liền; phát hiện 02 vụ vận chuyển pháo nổ."),
                Individual("Lê Văn Hòa", 1972, Sex.Male, "Tổ trưởng tổ an ninh trật tự thôn Phú Thọ", "Xã Đông Tiến", "038072001122", "Trực tiếp bắt giữ 01 đối tượng trộm cắp xe máy.")]),
            ("TH-HACTHANH", "thidua.hacthanh", "09/TTr-UBND", [
                Individual("Nguyễn Thị Thu", 1980, Sex.Female, "Tổ phó tổ dân phố số 4", "Phường Hạc Thành", "038180002233", "Tuyên truyền phòng chống lừa đảo trên không gian mạng cho 500 lượt người dân.")]),
            ("TH-HOANGHOA", "thidua.hoanghoa", "12/TTr-UBND", [
                Collective("Đội dân phòng xã Hoằng Hóa", "Xã Hoằng Hóa", 25, 0.16m, "Tham gia chữa cháy 03 vụ, cứu tài sản của nhân dân; tuần tra 120 đêm trong năm."),
                Individual("Cao Văn Dũng", 1975, Sex.Male, "Đội trưởng đội dân phòng", "Xã Hoằng Hóa", "038075003344", "Phát hiện, tố giác 01 đối tượng truy nã về địa phương lẩn trốn.")]),
            ("TH-SAMSON", "thidua.samson", "16/TTr-UBND", [
                Individual("Trần Văn Bảo", 1988, Sex.Male, "Thành viên Đội thanh niên tình nguyện", "Phường Sầm Sơn", "038088004455", "Cứu 02 du khách đuối nước tại bãi biển Sầm Sơn tháng 7/2026."),
                Individual("Phạm Thị Liên", 1983, Sex.Female, "Chủ cơ sở lưu trú", "Phường Sầm Sơn", "038183005566", "Khai báo tạm trú đầy đủ; phát hiện, báo tin 01 đối tượng có lệnh truy nã.",
                    target: AwardeeTarget.Businessperson)]),
            ("TH-HACTHANH-PN", "thidua.pn-hacthanh", "04/TTr-PN", [
                Collective("Chi hội Phụ nữ tổ dân phố số 2", "Hội Liên hiệp Phụ nữ phường Hạc Thành", 40, 1.0m, "Xây dựng mô hình “Camera an ninh” với 12 camera; không có tệ nạn xã hội trên địa bàn.")]),
        };
        var dossiers = new List<Nomination>();
        foreach (var (unit, clerk, submission, nominees) in units)
            dossiers.Add(await seed.CreateAsync(unit, GiayKhen, clerk, submission, submit: true, adHoc: false, august, nominees));

        // PV05 postpones one nominee while a complaint about her is verified; the rest of the dossier goes on.
        var samSon = dossiers[3];
        var postponed = samSon.Nominees.Single(n => n.Name == "Phạm Thị Liên");
        await seed.ApproveAllAsync(samSon, (step, nomination) => step == "Task_PV05Review"
            ? [(postponed.Id, NomineeAction.Postpone, "Đang xác minh đơn phản ánh về việc chấp hành quy định lưu trú của cơ sở.")]
            : []);
        foreach (var dossier in dossiers.Where(d => d != samSon)) await seed.ApproveAllAsync(dossier);

        // The round as it really ran: dossiers from 1 June to 10 August; closed, then consolidated and signed.
        august.Change(august.Name, august.AwardTypes, new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 10), new DateOnly(2026, 8, 11), new DateOnly(2026, 8, 15));
        august.Close();
        await db.SaveChangesAsync();

        var clock = services.GetRequiredService<TimeProvider>();
        var issuer = august.Issuer!;
        var awardType = august.AwardTypes.Single();
        var office = await db.Units.SingleAsync(u => u.Code == "TH");
        var waiting = await Features.Rounds.RoundAccess.WaitingFor(db, august, awardType, office).Include(n => n.Nominees).Include(n => n.Unit)
            .OrderBy(n => n.Id).ToListAsync();
        var decision = new Decision(issuer, awardType, august, office, waiting.SelectMany(n => n.WaitingNominees.Select(m => (m, n))),
            "pv05.thanhhoa", clock.GetUtcNow());
        db.Decisions.Add(decision);
        await db.SaveChangesAsync();
        await services.GetRequiredService<DecisionIssuer>().SignAsync(decision, null, null, issuer.Signatory(issuer.DeputyNames[0]), "giamdoc.thanhhoa", waiting,
            CancellationToken.None);
        august.MarkDecided();
        await db.SaveChangesAsync();
    }

    // Who each awardee is for the report forms (0603.N/BNV-TĐKT): the demo's collectives are teams and associations, its
    // people mostly those who do the work themselves (tổ viên, đội viên), with a business owner and an association's head.
    private static Nominee Collective(string name, string parent, int members, decimal women, string achievements) =>
        Nominee.Collective(name, parent, members, women, achievements).AsTarget(AwardeeTarget.OtherCollective);

    private static Nominee Individual(string name, int born, Sex sex, string position, string workplace, string citizenId, string achievements,
        string? formerCitizenId = null, AwardeeTarget target = AwardeeTarget.DirectWorker) =>
        Nominee.Individual(name, new DateOnly(born, 3, 15), sex, position, workplace, citizenId, achievements, formerCitizenId).AsTarget(target);

    private sealed class Seeder(AwardsDbContext db, WorkflowRunner runner, TimeProvider clock, IReadOnlyList<Round> rounds, AttachmentStore store,
        Infrastructure.CriteriaCache criteria)
    {
        public async Task<Nomination> CreateAsync(string unitCode, string awardCode, string clerk, string submission, params Nominee[] nominees) =>
            await CreateAsync(unitCode, awardCode, clerk, submission, submit: true, adHoc: false, null, nominees);

        public async Task<Nomination> CreateAsync(string unitCode, string awardCode, string clerk, string submission, bool submit, params Nominee[] nominees) =>
            await CreateAsync(unitCode, awardCode, clerk, submission, submit, adHoc: false, null, nominees);

        public async Task<Nomination> CreateAsync(string unitCode, string awardCode, string clerk, string submission, bool submit, bool adHoc,
            params Nominee[] nominees) =>
            await CreateAsync(unitCode, awardCode, clerk, submission, submit, adHoc, null, nominees);

        public async Task<Nomination> CreateAsync(string unitCode, string awardCode, string clerk, string submission, bool submit, bool adHoc,
            Round? inRound, params Nominee[] nominees)
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var awardType = await db.AwardTypes.SingleAsync(a => a.Code == awardCode);
            var now = clock.GetUtcNow();
            var round = adHoc ? null : inRound ?? rounds.Last(r => r.Covers(awardType));
            var nomination = new Nomination(unit, awardType, round, submission, VietnamTime.Today(clock), clerk, now);
            // A dossier outside any round is đột xuất; the August round is on one theme (Ngày hội 19/8); the others are the yearly ones.
            nomination.ProposeMethod(round is null ? AwardMethod.AdHoc : inRound is not null ? AwardMethod.Thematic : AwardMethod.Regular);
            foreach (var nominee in nominees) nomination.AddNominee(nominee);
            db.Nominations.Add(nomination);
            await db.SaveChangesAsync();
            // A dossier sent has every part; the draft only its cover submission, so its checklist shows what is missing.
            await AttachAsync(nomination, clerk, everyPart: submit);
            if (!submit) return nomination;
            await Features.Eligibility.EligibilityGate.OnSubmitAsync(db, criteria, nomination, clerk, clock, CancellationToken.None);
            nomination.Submit(now);
            await runner.StartAsync(nomination, clerk, CancellationToken.None);
            await db.SaveChangesAsync();
            return nomination;
        }

        /// <summary>Approves every open step, in order, as an account holding its role would, until the path ends.</summary>
        public async Task ApproveAllAsync(Nomination nomination,
            Func<string, Nomination, (int NomineeId, NomineeAction Action, string Reason)[]>? screen = null)
        {
            for (var guard = 0; guard < 20; guard++)
            {
                var item = await db.WorkItems.Include(w => w.Unit).Where(w => w.NominationId == nomination.Id && w.ClosedAt == null)
                    .OrderBy(w => w.OpenedAt).ThenBy(w => w.ElementId).FirstOrDefaultAsync();
                if (item is null) return;
                var actor = DemoData.Accounts.First(a => a.Role == item.Role && a.Unit == item.Unit!.Code).UserName;
                if (screen?.Invoke(item.ElementId, nomination) is { Length: > 0 } choices)
                    nomination.Screen([.. choices.Select(c => (c.NomineeId, c.Action, (string?)c.Reason))], actor, clock.GetUtcNow());
                await runner.CompleteAsync(nomination, item, "approve", null, actor, CancellationToken.None);
                await db.SaveChangesAsync();
            }
            throw new InvalidOperationException($"Demo dossier {nomination.Id} did not reach the end of its path.");
        }

        private async Task AttachAsync(Nomination nomination, string clerk, bool everyPart)
        {
            var parts = await db.RequiredParts.AsNoTracking().Where(p => p.AwardTypeId == nomination.AwardTypeId).ToListAsync();
            var lines = nomination.Checklist(parts);
            foreach (var line in everyPart ? lines : lines.Take(1))
            {
                var title = line.Text;
                var bytes = DemoPdf.Make(title, $"{nomination.Unit!.Name} - so {nomination.SubmissionNumber}",
                    $"Ho so de nghi {nomination.AwardType!.Name}", "Ban mo phong cua du lieu demo.");
                var stored = await store.SaveAsync($"{title}.pdf", new MemoryStream(bytes), CancellationToken.None);
                var file = new Attachment(AttachmentKind.Other, stored.FileName, stored.ContentType, stored.Size, stored.Sha256, stored.Key, clerk, clock.GetUtcNow());
                file.Fulfil(line.Part, line.Nominee);
                nomination.Attach(file);
            }
            await db.SaveChangesAsync();
        }

        public async Task CompleteAsync(Nomination nomination, string stepId, string outcome, string actor, string? comment)
        {
            var item = await db.WorkItems.SingleAsync(w => w.NominationId == nomination.Id && w.ElementId == stepId && w.ClosedAt == null);
            await runner.CompleteAsync(nomination, item, outcome, comment, actor, CancellationToken.None);
            await db.SaveChangesAsync();
        }
    }
}
