using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Pages.Shared;

/// <summary>The words people read for the codes the engine and the domain use.</summary>
public static class Words
{
    /// <summary>An ad-hoc award (khen thưởng đột xuất): outside any round, and never a prerequisite of a higher award.</summary>
    public const string AdHoc = "Đột xuất";

    public static string Outcome(string? outcome) => outcome switch
    {
        Outcomes.Approve => "Đồng ý",
        Outcomes.Return => "Trả lại",
        Outcomes.Reject => "Không đồng ý",
        Outcomes.Resubmit => "Nộp lại",
        Outcomes.Withdraw => "Rút hồ sơ",
        EndResults.Approved => StatusNames.Awarded,
        EndResults.Refused => StatusNames.Of(NominationStatus.Refused),
        EndResults.Withdrawn => StatusNames.Of(NominationStatus.Withdrawn),
        "escalated" => "quá hạn, chuyển cấp trên",
        "withdrawn-branch" => "dừng do hồ sơ đi lại từ đầu",
        "cancelled" => "đã hủy",
        "completionconditionmet" => "không cần nữa: bước đã đủ điều kiện kết thúc",
        null or "" => "",
        _ => outcome,
    };

    /// <summary>An outcome as a button says it: a return names where the workflow sends the dossier back.</summary>
    /// <param name="vote">The step the return opens is a vote: each holder of <paramref name="returnsTo"/> gets a ballot again.</param>
    public static string Outcome(string? outcome, string? returnsTo, bool vote = false) =>
        outcome == Outcomes.Return ? Return(returnsTo, vote) : Outcome(outcome);

    /// <summary>
    /// Only PV05 and the commune police return to the unit; an upper level returns to PV05 (<see cref="Workflow.ReturnRouting"/>);
    /// a return into a vote (one ballot per council member) sends it to every member again.
    /// </summary>
    public static string Return(string? returnsTo, bool vote = false) => (returnsTo, vote) switch
    {
        ({ } role, true) => $"Trả lại để {RoleName(role)} biểu quyết lại",
        (Roles.UnitClerk, _) => "Trả lại cho đơn vị",
        (Roles.Pv05Reviewer, _) => "Trả lại Phòng PV05",
        _ => Outcome(Outcomes.Return),
    };

    public static string ReturnConfirm(string? returnsTo, bool vote = false) => (returnsTo, vote) switch
    {
        ({ } role, true) => $"Xác nhận trả lại hồ sơ để {RoleName(role)} biểu quyết lại? Mỗi thành viên nhận lại một phiếu biểu quyết mới; phiếu đã bỏ trước đây không còn tính.",
        (Roles.Pv05Reviewer, _) => "Xác nhận trả lại hồ sơ cho Phòng PV05 xem xét, hoàn thiện (không trả về đơn vị)?",
        _ => "Xác nhận trả lại hồ sơ cho đơn vị bổ sung, hoàn thiện?",
    };

    private static string RoleName(string role) => Roles.Names.GetValueOrDefault(role, role);

    /// <summary>The banner of a step a return brought about: the level that returned it.</summary>
    public static string ReturnedBy(string level) => $"Hồ sơ được {level} trả lại";

    public static string History(string kind, string? step, string? outcome) => kind switch
    {
        "created" => "Lập hồ sơ",
        "submitted" => "Gửi hồ sơ đề nghị",
        "taskOpened" => $"Chuyển tới bước: {step}",
        "taskCompleted" => $"{step}: {Outcome(outcome)}",
        "taskCancelled" => $"{step}: {Outcome(outcome)}",
        "timerFired" => $"Hẹn giờ: {step}",
        "notificationRequested" => $"Gửi thư: {step}",
        "ended" => $"Kết thúc quy trình: {Outcome(outcome)}",
        "cancelled" => "Dừng quy trình",
        "consolidated" => "Tổng hợp vào dự thảo quyết định của đợt",
        "decisionSigned" => $"Ký ban hành Quyết định số {step}",
        "postponed" => $"Tạm hoãn xét: {step}",
        _ => kind,
    };

    public static string Kind(NomineeKind kind) => kind == NomineeKind.Collective ? "Tập thể" : "Cá nhân";

    public static string Sex(Sex? sex) => sex switch { Domain.Sex.Male => "Nam", Domain.Sex.Female => "Nữ", _ => "" };

    public static string Attachment(AttachmentKind kind) => kind switch
    {
        AttachmentKind.CoverSubmission => "Tờ trình",
        AttachmentKind.AchievementReport => "Báo cáo thành tích",
        AttachmentKind.CouncilMinutes => "Biên bản họp Hội đồng TĐKT",
        AttachmentKind.ServiceRecord => "Giấy tờ chứng minh thời gian công tác",
        _ => "Tài liệu khác",
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };
}
