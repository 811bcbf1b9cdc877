using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Pages;

[AllowAnonymous]
public sealed class DangNhapModel(SignInManager<AppUser> signIn, AwardsDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), Input.UserName, result.Succeeded ? "Login" : "LoginFailed", "Auth", null,
            result.IsLockedOut ? "locked out" : "pages", HttpContext.Connection.RemoteIpAddress?.ToString()));
        await db.SaveChangesAsync();
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        Error = result.IsLockedOut
            ? "Tài khoản tạm bị khóa do nhập sai mật khẩu nhiều lần. Hãy thử lại sau 15 phút hoặc liên hệ quản trị viên."
            : "Tên đăng nhập hoặc mật khẩu không đúng.";
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
        public string Password { get; set; } = "";
    }
}
