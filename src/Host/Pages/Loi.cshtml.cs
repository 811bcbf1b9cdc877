using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ToanDan.Awards.Host.Pages;

[AllowAnonymous]
public sealed class LoiModel : PageModel
{
    public string Title { get; private set; } = "Có lỗi";
    public string Message { get; private set; } = "";

    public void OnGet(int code) => (Title, Message) = code switch
    {
        404 => ("Không tìm thấy", "Trang hoặc hồ sơ này không tồn tại, hoặc anh/chị không có quyền xem."),
        403 => ("Không có quyền", "Anh/chị không có quyền thực hiện thao tác này."),
        413 => ("Tệp quá lớn", "Tệp tải lên vượt quá dung lượng cho phép."),
        _ => ("Có lỗi", "Đã có lỗi xảy ra. Xin thử lại sau hoặc báo quản trị viên."),
    };
}
