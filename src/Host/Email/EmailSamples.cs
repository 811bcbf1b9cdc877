using System.Text.Json.Nodes;

namespace ToanDan.Awards.Host.Email;

/// <summary>A realistic model with every field the notifier fills, for previews and for checking a template renders.</summary>
public static class EmailSamples
{
    public static readonly string ModelJson = new JsonObject
    {
        ["recipientName"] = "Thiếu tá Lê Thị Thu Hà (Phòng PV05)",
        ["nominationId"] = 12,
        ["awardType"] = "Giấy khen của Giám đốc Công an tỉnh",
        ["unitName"] = "Trường THCS Đông Tiến",
        ["submissionNumber"] = "15/TTr-THCS",
        ["nomineeCount"] = 3,
        ["nominees"] = new JsonArray("Tổ an ninh trật tự thôn Phú Thọ, xã Đông Tiến", "Ông Lê Văn Hòa", "Bà Nguyễn Thị Thu"),
        ["stepName"] = "Phòng PV05 thẩm định hồ sơ",
        ["dueAt"] = "16/11/2026",
        ["taskId"] = "0193a1b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b",
        ["reason"] = "Đề nghị bổ sung báo cáo thành tích có xác nhận của Công an xã và biên bản họp Hội đồng Thi đua – Khen thưởng.",
        ["assigneeRole"] = "Cán bộ Phòng PV05",
        ["assigneeUnit"] = "Tỉnh Thanh Hóa",
        ["decisionNumber"] = "15/QĐ-CAT",
        ["decisionId"] = 7,
        ["roundId"] = 3,
        ["roundName"] = "Ngày hội toàn dân bảo vệ ANTQ 19/8/2026",
        ["draftedByName"] = "Thiếu tá Lê Thị Thu Hà (Phòng PV05)",
        ["awardeeCount"] = 12,
        ["awardeeTally"] = "03 (ba) tập thể, 09 (chín) cá nhân",
        ["decisionDate"] = "20/11/2026",
        ["receivedAt"] = "09:15 02/12/2026",
        ["senderName"] = "Nguyễn Văn An",
        ["senderContact"] = "0912 345 678",
        ["content"] = "Ông Phạm Văn Long đã tham gia tích cực nhiều đợt tuần tra; tôi đồng ý với việc đề nghị khen thưởng.",
        ["nomineeName"] = "Phạm Văn Long",
        ["nomineeUnit"] = "Phường Sầm Sơn",
    }.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
