namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>The titles people read for a refusal, the same on the API (ProblemDetails) and on the error page.</summary>
public static class StatusWords
{
    public const string Invalid = "Dữ liệu chưa hợp lệ";
    public const string NotLoggedIn = "Chưa đăng nhập";
    public const string Forbidden = "Không có quyền";
    public const string NotFound = "Không tìm thấy";
    public const string MethodNotAllowed = "Phương thức không hợp lệ";
    public const string Conflict = "Đã có người xử lý trước";
    public const string NotApplicable = "Không thực hiện được";
    public const string TooLarge = "Tệp quá lớn";
    public const string UnsupportedType = "Kiểu dữ liệu không được hỗ trợ";
    public const string TooManyLogins = "Đăng nhập quá nhiều lần";
    public const string TooManySends = "Gửi quá nhiều lần";

    /// <summary>Someone else changed the dossier between reading and saving.</summary>
    public const string Stale = "Hồ sơ vừa được người khác thay đổi. Hãy tải lại trang để xem tình trạng mới nhất.";
}
