namespace ToanDan.Awards.Host.Features.Workflows;

/// <summary>
/// The e-mail templates a send task may name (<c>award:template</c>), offered by the designer. A fixed list for now;
/// when administrators edit templates in the database, the designer can read them from there instead.
/// </summary>
public static class EmailTemplateKeys
{
    public static readonly IReadOnlyList<(string Key, string Name)> All =
    [
        ("task-assigned", "Thông báo có hồ sơ cần xử lý"),
        ("task-reminder", "Nhắc hạn xử lý hồ sơ"),
        ("task-escalated", "Báo cáo hồ sơ quá hạn, chuyển cấp trên"),
        ("nomination-returned", "Thông báo trả lại hồ sơ"),
        ("nomination-refused", "Thông báo không đồng ý khen thưởng"),
        ("decision-issued", "Thông báo đã có quyết định khen thưởng"),
        ("decision-requested", "Đề nghị ban hành quyết định khen thưởng"),
    ];
}
