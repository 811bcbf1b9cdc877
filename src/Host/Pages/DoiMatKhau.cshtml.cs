using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Pages;

public sealed class DoiMatKhauModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("", PasswordErrors.Vietnamese(error));
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        Done = true;
        Input = new();
        return Page();
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Hãy nhập mật khẩu hiện tại.")]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Hãy nhập mật khẩu mới.")]
        [MinLength(8, ErrorMessage = "Mật khẩu mới phải có ít nhất 8 ký tự.")]
        public string New { get; set; } = "";

        [Compare(nameof(New), ErrorMessage = "Hai lần nhập mật khẩu mới không khớp.")]
        public string Confirm { get; set; } = "";
    }
}

internal static class PasswordErrors
{
    public static string Vietnamese(IdentityError error) => error.Code switch
    {
        "PasswordMismatch" => "Mật khẩu hiện tại không đúng.",
        "PasswordTooShort" => "Mật khẩu mới quá ngắn (ít nhất 8 ký tự).",
        "PasswordRequiresDigit" => "Mật khẩu mới phải có ít nhất một chữ số.",
        "PasswordRequiresLower" => "Mật khẩu mới phải có ít nhất một chữ thường.",
        "PasswordRequiresUpper" => "Mật khẩu mới phải có ít nhất một chữ hoa.",
        _ => "Không đổi được mật khẩu: " + error.Description,
    };
}
