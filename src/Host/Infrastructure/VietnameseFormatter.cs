using System.Globalization;
using Humanizer;
using Humanizer.Localisation;
using Humanizer.Configuration;
using Humanizer.Localisation.Formatters;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// Humanizer has no Vietnamese resources here (Humanizer.Core.vi does not restore): "3 ngày trước", "2 giờ nữa".
/// Vietnamese nouns do not inflect for number, so one form per unit is enough.
/// </summary>
public sealed class VietnameseFormatter() : DefaultFormatter("vi")
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static void Register() => Configurator.Formatters.Register("vi", _ => new VietnameseFormatter());

    public override string DateHumanize_Now() => "vừa xong";

    public override string DateHumanize_Never() => "chưa bao giờ";

    public override string DateHumanize(TimeUnit timeUnit, Tense timeUnitTense, int unit) =>
        $"{unit} {Unit(timeUnit)} {(timeUnitTense == Tense.Past ? "trước" : "nữa")}";

    public override string TimeSpanHumanize_Zero() => "0 giây";

    public override string TimeSpanHumanize(TimeUnit timeUnit, int unit, bool toWords = false) =>
        $"{(toWords ? unit.ToWords(Culture) : unit.ToString(Culture))} {Unit(timeUnit)}";

    public override string TimeUnitHumanize(TimeUnit timeUnit) => Unit(timeUnit);

    private static string Unit(TimeUnit unit) => unit switch
    {
        TimeUnit.Millisecond => "mili giây",
        TimeUnit.Second => "giây",
        TimeUnit.Minute => "phút",
        TimeUnit.Hour => "giờ",
        TimeUnit.Day => "ngày",
        TimeUnit.Week => "tuần",
        TimeUnit.Month => "tháng",
        TimeUnit.Year => "năm",
        _ => unit.ToString(),
    };
}
