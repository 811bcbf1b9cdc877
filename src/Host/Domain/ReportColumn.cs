namespace ToanDan.Awards.Host.Domain;

/// <summary>
/// Which numbered column of a statistical report form an award type counts in (0603.N/BNV-TĐKT: 2 Bằng khen, 3 Chiến sĩ
/// thi đua cấp bộ, cấp tỉnh, 4 Cờ thi đua, 5 Huy hiệu / kỷ niệm chương), or none (<c>Column</c> null: an award the form does
/// not count, such as a Giấy khen), with the text it rests on; 0602.N (state-level awards) has its columns 2–9 kept apart by
/// <c>FormKey</c>. Administrators edit it; a default is written once per award type for 0603 only (nothing is guessed for 0602).
/// </summary>
public sealed class ReportColumn
{
    private ReportColumn() { }

    public ReportColumn(string formKey, int awardTypeId, int? column, string basis)
    {
        FormKey = formKey;
        AwardTypeId = awardTypeId;
        Assign(column, basis);
    }

    public int Id { get; private set; }
    public string FormKey { get; private set; } = "";
    public int AwardTypeId { get; private set; }
    public AwardType? AwardType { get; private set; }
    public int? Column { get; private set; }
    public string Basis { get; private set; } = "";

    /// <summary>Puts the award type in <paramref name="column"/> (null: counted in none), on the text named in <paramref name="basis"/>.</summary>
    public void Assign(int? column, string basis)
    {
        Column = column;
        Basis = string.IsNullOrWhiteSpace(basis) ? throw new DomainException(BasisNeeded, "basis") : basis.Trim();
    }

    public const string BasisNeeded = "Hãy ghi căn cứ xếp loại khen thưởng vào cột của biểu (ví dụ: Thông tư 02/2023/TT-BNV, Biểu số 0603.N/BNV-TĐKT).";
}
