using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>
/// The date of a moment in Vietnam (UTC+7, as <see cref="Workflows.Calendar.WorkingCalendar.VietnamOffset"/>), computed by the
/// database so that queries can group by day: its <see cref="DateOnly.DayNumber"/>. Usable in LINQ to the database only.
/// </summary>
public static class VietnamDays
{
    private const long OffsetTicks = 7 * TimeSpan.TicksPerHour;
    private const int UnixEpochDayNumber = 719_162; // DateOnly(1970, 1, 1).DayNumber

    /// <summary>The <see cref="DateOnly.DayNumber"/> of the Vietnam date of <paramref name="at"/>; translated to SQL, never run here.</summary>
    public static int DayNumber(DateTimeOffset at) => throw new InvalidOperationException("VietnamDays.DayNumber runs in the database only.");

    /// <summary>Registers the translation: SQLite keeps UTC ticks (see the context's converter); PostgreSQL a timestamptz.</summary>
    internal static void Register(ModelBuilder builder, bool sqlite)
    {
        var method = typeof(VietnamDays).GetMethod(nameof(DayNumber))!;
        builder.HasDbFunction(method).HasTranslation(args =>
        {
            var at = args[0];
            if (sqlite)
            {
                var longs = new LongTypeMapping("INTEGER");
                var ints = new IntTypeMapping("INTEGER");
                // (ticks + 7 h) / ticks per day: the day number counted from 0001-01-01, as DateOnly counts it.
                var shifted = new SqlBinaryExpression(ExpressionType.Add, at, new SqlConstantExpression(OffsetTicks, longs), typeof(long), longs);
                return new SqlBinaryExpression(ExpressionType.Divide, shifted, new SqlConstantExpression(TimeSpan.TicksPerDay, longs), typeof(int), ints);
            }
            var doubles = new DoubleTypeMapping("double precision");
            var integer = new IntTypeMapping("integer");
            // floor((seconds since 1970 + 7 h) / 86400) + the day number of 1970-01-01.
            var epoch = new SqlFunctionExpression("date_part", [new SqlConstantExpression("epoch", new StringTypeMapping("text", null)), at],
                nullable: true, argumentsPropagateNullability: [false, true], typeof(double), doubles);
            var shiftedSeconds = new SqlBinaryExpression(ExpressionType.Add, epoch, new SqlConstantExpression(7 * 3600.0, doubles), typeof(double), doubles);
            var days = new SqlFunctionExpression("floor",
                [new SqlBinaryExpression(ExpressionType.Divide, shiftedSeconds, new SqlConstantExpression(86400.0, doubles), typeof(double), doubles)],
                nullable: true, argumentsPropagateNullability: [true], typeof(double), doubles);
            var asInteger = new SqlUnaryExpression(ExpressionType.Convert, days, typeof(int), integer);
            return new SqlBinaryExpression(ExpressionType.Add, asInteger, new SqlConstantExpression(UnixEpochDayNumber, integer), typeof(int), integer);
        });
    }
}
