using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Pages;

[AllowAnonymous]
public sealed class LoiModel : PageModel
{
    public string Title { get; private set; } = "Có lỗi";
    public string Message { get; private set; } = "";
    public string? BackUrl { get; private set; }
    public string BackText { get; private set; } = "Quay lại danh sách công khai";

    public void OnGet(int code)
    {
        // Re-executed after an exception: the status chosen for it, and the refusal's own words when it is one.
        var failure = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>();
        if (failure is not null) code = Response.StatusCode;
        (Title, Message) = Describe(code);
        if (failure?.Error is Domain.DomainException refusal) Message = refusal.Message;
        // Too many comments from the public page: a way back to the list (the browser keeps what was typed).
        var original = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath;
        if (code == 429 && original is not null && original.StartsWith("/cong-khai/", StringComparison.Ordinal)) BackUrl = original;
        // Too many logins from this address, refused before the form was read: the login's own words and a way back.
        if (code == 429 && original is not null && Features.Auth.LoginProtection.Serves(original))
            (Title, Message, BackUrl, BackText) = (StatusWords.TooManyLogins, Features.Auth.LoginProtection.TooMany, "/dang-nhap", "Quay lại trang đăng nhập");
    }

    public IActionResult OnPost(int code)
    {
        OnGet(code);
        return Page();
    }

    private static (string, string) Describe(int code) => code switch
    {
        404 => (StatusWords.NotFound, "Trang hoặc hồ sơ này không tồn tại, hoặc anh/chị không có quyền xem."),
        403 => (StatusWords.Forbidden, ToanDan.Awards.Host.Domain.ForbiddenException.Default),
        413 => (StatusWords.TooLarge, "Tệp tải lên vượt quá dung lượng cho phép."),
        409 => (StatusWords.Conflict, StatusWords.Stale),
        422 => (StatusWords.NotApplicable, "Thao tác không hợp lệ với tình trạng hiện tại của hồ sơ."),
        429 => (StatusWords.TooManySends, Features.Disclosure.FeedbackProtection.TooMany),
        _ => ("Có lỗi", "Đã có lỗi xảy ra. Xin thử lại sau hoặc báo quản trị viên."),
    };
}
