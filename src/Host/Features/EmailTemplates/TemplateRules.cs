using FluentValidation;
using ToanDan.Awards.Host.Email;

namespace ToanDan.Awards.Host.Features.EmailTemplates;

/// <summary>What makes a template acceptable: it compiles with Handlebars and renders the sample model.</summary>
internal static class TemplateRules
{
    public static void MustRender<T>(this IRuleBuilderInitial<T, string?> rule, string part, bool html) =>
        rule.Custom((source, context) =>
        {
            if (source is null) return;
            if (EmailRenderer.FindError(source, html) is { } error)
                context.AddFailure($"{part} có lỗi cú pháp Handlebars, chưa lưu được: {error}");
        });

    public const string KeyPattern = "^[a-z0-9][a-z0-9-]{0,63}$";
    public const string KeyMessage = "Mã mẫu thư chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 64 ký tự).";
}
