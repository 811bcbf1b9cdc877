namespace ToanDan.Awards.Host.Domain;

/// <summary>A public holiday (or, with <see cref="IsMakeUpWorkingDay"/>, a Saturday worked in exchange).</summary>
public sealed class Holiday
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public string Name { get; set; } = "";
    public bool IsMakeUpWorkingDay { get; set; }
}
