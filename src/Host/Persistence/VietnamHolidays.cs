namespace ToanDan.Awards.Host.Persistence;

/// <summary>The public holidays of 2025–2027 as announced (Tết and bridge days included); administrators add later years.</summary>
internal static class VietnamHolidays
{
    public static IEnumerable<(DateOnly Date, string Name)> Known
    {
        get
        {
            foreach (var d in Days(2025, 1, 1, 1)) yield return (d, "Tết Dương lịch");
            foreach (var d in Days(2025, 1, 25, 9)) yield return (d, "Tết Nguyên đán Ất Tỵ");
            yield return (new DateOnly(2025, 4, 7), "Giỗ Tổ Hùng Vương");
            foreach (var d in Days(2025, 4, 30, 5)) yield return (d, "Ngày Chiến thắng và Quốc tế Lao động");
            foreach (var d in Days(2025, 9, 1, 2)) yield return (d, "Quốc khánh");
            foreach (var d in Days(2026, 1, 1, 1)) yield return (d, "Tết Dương lịch");
            foreach (var d in Days(2026, 2, 14, 9)) yield return (d, "Tết Nguyên đán Bính Ngọ");
            yield return (new DateOnly(2026, 4, 27), "Giỗ Tổ Hùng Vương (nghỉ bù)");
            foreach (var d in Days(2026, 4, 30, 4)) yield return (d, "Ngày Chiến thắng và Quốc tế Lao động");
            foreach (var d in Days(2026, 8, 29, 4)) yield return (d, "Quốc khánh");
            foreach (var d in Days(2027, 1, 1, 3)) yield return (d, "Tết Dương lịch");
            foreach (var d in Days(2027, 2, 5, 9)) yield return (d, "Tết Nguyên đán Đinh Mùi");
            yield return (new DateOnly(2027, 4, 16), "Giỗ Tổ Hùng Vương");
            foreach (var d in Days(2027, 4, 30, 3)) yield return (d, "Ngày Chiến thắng và Quốc tế Lao động");
            foreach (var d in Days(2027, 9, 2, 2)) yield return (d, "Quốc khánh");
        }
    }

    private static IEnumerable<DateOnly> Days(int year, int month, int day, int count) =>
        Enumerable.Range(0, count).Select(i => new DateOnly(year, month, day).AddDays(i));
}
