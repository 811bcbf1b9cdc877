using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>
/// Dates typed as people write them here, dd/MM/yyyy (a date input would follow the browser's language instead);
/// yyyy-MM-dd is accepted too, for links. A date that cannot be read is reported next to its field in Vietnamese.
/// </summary>
public sealed class VietnameseDateBinder : IModelBinder
{
    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName).FirstValue?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            context.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        context.ModelState.SetModelValue(context.ModelName, value, value);
        if (DateOnly.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            context.Result = ModelBindingResult.Success(date);
        else
            context.ModelState.TryAddModelError(context.ModelName, $"Ngày '{value}' không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 20/11/2026.");
        return Task.CompletedTask;
    }

    public static string Show(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
}

public sealed record DateInputView(string Name, string Label, DateOnly? Value, string? Hint = null);
