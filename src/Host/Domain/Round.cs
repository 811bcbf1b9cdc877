namespace ToanDan.Awards.Host.Domain;

/// <summary>A nomination round (đợt): e.g. the annual review, or Ngày hội 19/8; nominations outside a round are ad hoc.</summary>
public sealed class Round
{
    private Round() { }

    public Round(string name, DateOnly opensOn, DateOnly closesOn)
    {
        if (closesOn < opensOn) throw new DomainException("Ngày kết thúc đợt phải sau ngày bắt đầu.");
        Name = name;
        OpensOn = opensOn;
        ClosesOn = closesOn;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public DateOnly OpensOn { get; private set; }
    public DateOnly ClosesOn { get; private set; }

    public bool IsOpenOn(DateOnly date) => OpensOn <= date && date <= ClosesOn;

    public void Change(string name, DateOnly opensOn, DateOnly closesOn)
    {
        if (closesOn < opensOn) throw new DomainException("Ngày kết thúc đợt phải sau ngày bắt đầu.");
        (Name, OpensOn, ClosesOn) = (name, opensOn, closesOn);
    }
}
