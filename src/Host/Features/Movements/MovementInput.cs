using FluentValidation;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features.Movements;

/// <summary>
/// A phong trào thi đua as typed, for recording one and changing it: what Biểu số 0601.N/BNV-TĐKT counts (the level that
/// launched it, its scope, its dates, how it is organised) and who launched it. Level, scope and method are the API's codes
/// (<see cref="ReportCategories.Code{T}"/>: <c>ministryOrProvince</c>, <c>cluster</c>, <c>regularYearly</c>).
/// </summary>
public sealed record MovementInput(
    int? IssuerId, string? Name, string? LaunchedBy, string? Level, string? Scope, string? Method, DateOnly? StartsOn, DateOnly? EndsOn,
    int? ParticipatingUnits = null)
{
    public static string Choose<T>(string what, IEnumerable<(T Value, string Name)> choices) where T : struct, Enum =>
        $"Hãy chọn {what}: {string.Join(", ", choices.Select(c => $"{ReportCategories.Code(c.Value)} ({c.Name})"))}.";

    public static string LevelRule => Choose("cấp chủ trì phát động", MovementNames.Levels);

    public static string ScopeRule => Choose("phạm vi tổ chức thi đua", MovementNames.Scopes);

    public static string MethodRule => Choose("phương thức tổ chức phong trào", MovementNames.Methods);

    public const string IssuerNeeded = "Hãy chọn cơ quan báo cáo (cơ quan ban hành) tính phong trào này.";

    public (MovementLevel Level, MovementScope Scope, MovementMethod Method) Parsed()
    {
        ReportCategories.TryParse<MovementLevel>(Level, out var level);
        ReportCategories.TryParse<MovementScope>(Scope, out var scope);
        ReportCategories.TryParse<MovementMethod>(Method, out var method);
        return (level!.Value, scope!.Value, method!.Value);
    }

    private static bool Given<T>(string? code) where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(code) && ReportCategories.TryParse<T>(code, out var value) && value is not null;

    internal sealed class Validator : AbstractValidator<MovementInput>
    {
        public Validator()
        {
            RuleFor(m => m.IssuerId).NotNull().WithMessage(IssuerNeeded);
            RuleFor(m => m.Name).NotEmpty().WithMessage("Hãy nhập tên phong trào thi đua.").AtMost(512, "Tên phong trào");
            RuleFor(m => m.LaunchedBy).NotEmpty().WithMessage("Hãy ghi cơ quan phát động phong trào.").AtMost(TextLimits.Line, "Cơ quan phát động");
            RuleFor(m => m.Level).Must(Given<MovementLevel>).WithMessage(LevelRule);
            RuleFor(m => m.Scope).Must(Given<MovementScope>).WithMessage(ScopeRule);
            RuleFor(m => m.Method).Must(Given<MovementMethod>).WithMessage(MethodRule);
            RuleFor(m => m.StartsOn).NotNull().WithMessage("Hãy nhập ngày bắt đầu phong trào (dd/mm/yyyy).");
            RuleFor(m => m.EndsOn).NotNull().WithMessage("Hãy nhập ngày kết thúc phong trào (dd/mm/yyyy).")
                .Must((m, end) => m.StartsOn is null || end is null || end >= m.StartsOn).WithMessage(EmulationMovement.EndBeforeStart);
            RuleFor(m => m.ParticipatingUnits).GreaterThanOrEqualTo(0).WithMessage("Số đơn vị tham gia không được âm.");
        }
    }
}
