using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Auth;

namespace ToanDan.Awards.Host.Pages;

[AllowAnonymous]
public sealed class DangNhapModel(LoginGate gate, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        try
        {
            var user = await gate.CheckAsync(Input.UserName, Input.Password, "pages", cancellationToken);
            await signIn.SignInAsync(user, isPersistent: false);
            gate.RememberBrowser(HttpContext, user);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        catch (LoginRefusedException e)
        {
            Error = e.Message;
        }
        catch (LoginThrottledException e)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = LoginProtection.UserNameRequired)]
        [StringLength(LoginProtection.MaxUserNameLength, ErrorMessage = LoginProtection.UserNameTooLong)]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = LoginProtection.PasswordRequired)]
        [StringLength(LoginProtection.MaxPasswordLength, ErrorMessage = LoginProtection.PasswordTooLong)]
        public string Password { get; set; } = "";
    }
}
