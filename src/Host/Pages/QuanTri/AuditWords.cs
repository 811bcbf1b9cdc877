namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>The audit trail's action codes in words people read; an unknown code is shown as it is.</summary>
public static class AuditWords
{
    private static readonly Dictionary<string, string> Actions = new()
    {
        ["Login"] = "Đăng nhập",
        ["LoginFailed"] = "Đăng nhập không thành công",
        ["CreateNomination.Command"] = "Lập hồ sơ",
        ["UpdateNomination.Command"] = "Sửa hồ sơ",
        ["SubmitNomination.Command"] = "Gửi hồ sơ",
        ["WithdrawNomination.Command"] = "Rút hồ sơ",
        ["UploadAttachment.Command"] = "Đính kèm tệp",
        ["CompleteTask.Command"] = "Xử lý bước hồ sơ",
        ["RevokeDecision.Command"] = "Thu hồi quyết định",
        ["UploadWorkflowVersion.Command"] = "Tải lên quy trình",
        ["PublishWorkflowVersion.Command"] = "Công bố quy trình",
        ["CreateWorkflow.Command"] = "Thêm quy trình",
        ["CreateUnit.Command"] = "Thêm đơn vị",
        ["RenameUnit.Command"] = "Sửa tên đơn vị",
        ["RetireUnit.Command"] = "Cho đơn vị thôi hiệu lực",
        ["DeleteUnit.Command"] = "Xóa đơn vị",
        ["CreateAccount.Command"] = "Tạo tài khoản",
        ["UpdateAccount.Command"] = "Sửa tài khoản",
        ["LockAccount.Command"] = "Khóa, mở khóa tài khoản",
        ["ResetPassword.Command"] = "Đặt lại mật khẩu",
        ["CreateAwardType.Command"] = "Thêm loại khen thưởng",
        ["UpdateAwardType.Command"] = "Sửa loại khen thưởng",
        ["AddRequiredPart.Command"] = "Thêm thành phần hồ sơ",
        ["RenameRequiredPart.Command"] = "Sửa tên thành phần hồ sơ",
        ["ReorderRequiredParts.Command"] = "Sắp xếp thành phần hồ sơ",
        ["RemoveRequiredPart.Command"] = "Bỏ thành phần hồ sơ",
        ["SaveRound.Command"] = "Lưu đợt khen thưởng",
        ["AddHoliday.Command"] = "Thêm ngày nghỉ",
        ["ImportPastAwards.Command"] = "Nhập khen thưởng đã có từ Excel",
        ["RemoveHoliday.Command"] = "Bỏ ngày nghỉ",
        ["ReplaceDraft.Command"] = "Lưu bản nháp quy trình",
        ["DiscardDraft.Command"] = "Xóa bản nháp quy trình",
        ["SaveEmailTemplate.Command"] = "Sửa mẫu thư",
        ["RetryOutboxMessage.Command"] = "Gửi lại thư",
        ["ChangePreferences.Command"] = "Đổi tùy chọn nhận thư",
        ["FireDueTimer.Command"] = "Hệ thống xử lý hạn, nhắc việc",
        ["RetryTimer.Command"] = "Chạy lại hẹn giờ đã dừng",
        ["CancelTimer.Command"] = "Hủy hẹn giờ đã dừng",
        ["SaveCertificateLayout.Command"] = "Lưu mẫu giấy chứng nhận",
        ["ResetCertificateLayout.Command"] = "Khôi phục mẫu giấy chứng nhận",
        ["SaveIssuer.Command"] = "Sửa cơ quan ban hành quyết định",
        ["CloseRound.Command"] = "Đóng đợt khen thưởng",
        ["ReopenRound.Command"] = "Mở lại đợt khen thưởng",
        ["ConsolidateRound.Command"] = "Tổng hợp dự thảo quyết định của đợt",
        ["SignDecision.Command"] = "Ký quyết định",
        ["LeaveOutNominee.Command"] = "Để lại người được đề nghị cho quyết định sau",
        ["DiscardDecisionDraft.Command"] = "Hủy dự thảo quyết định",
        ["MakeBackup.Command"] = "Sao lưu dữ liệu",
        ["DownloadBackup.Command"] = "Tải bản sao lưu về máy",
    };

    /// <summary>A refused command (see <see cref="Domain.AuditedRefusalException"/>) reads as the command, refused.</summary>
    public static string Action(string action) =>
        Actions.TryGetValue(action, out var words) ? words
        : action.EndsWith(RefusedSuffix, StringComparison.Ordinal) && Actions.TryGetValue(action[..^RefusedSuffix.Length], out var refused)
            ? $"{refused} (bị từ chối)"
            : action;

    private const string RefusedSuffix = Domain.AuditedRefusalException.AuditSuffix;
}
