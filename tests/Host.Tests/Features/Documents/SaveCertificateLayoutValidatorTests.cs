using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Features.Documents;

namespace ToanDan.Awards.Host.Tests.Features.Documents;

public class SaveCertificateLayoutValidatorTests
{
    private static readonly SaveCertificateLayout.Validator Validator = new();

    private static SaveCertificateLayout.Command Command(CertificateLayout? layout) => new(1, layout);

    [Fact]
    public void Every_shipped_form_fits_its_paper()
    {
        foreach (var (code, layout) in new DocumentOptions().Certificates)
            Assert.True(Validator.Validate(Command(layout)).IsValid, code);
        Assert.True(Validator.Validate(Command(new DocumentOptions().Certificate)).IsValid);
    }

    [Fact]
    public void A_line_running_past_the_right_edge_is_named_with_its_label()
    {
        var layout = new CertificateLayout { Name = new CertificateField { X = 200, Y = 30, Width = 150, FontSize = 90 } };

        var errors = Validator.Validate(Command(layout)).Errors;

        Assert.Contains(errors, e => e.PropertyName == "Layout.Name.Width"
            && e.ErrorMessage == "Họ tên / tên tập thể: X + rộng = 350 mm, vượt mép phải của phôi (297 mm).");
        Assert.Contains(errors, e => e.PropertyName == "Layout.Name.FontSize" && e.ErrorMessage == "Họ tên / tên tập thể: cỡ chữ từ 6 đến 48 pt.");
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Portrait_paper_is_narrower_and_taller()
    {
        var layout = CertificateLayouts.KyNiemChuongForm();
        layout.Signer = new CertificateField { X = 100, Y = 280, Width = 120, FontSize = 13 };

        var error = Assert.Single(Validator.Validate(Command(layout)).Errors);

        Assert.Equal("Họ tên người ký: X + rộng = 220 mm, vượt mép phải của phôi (210 mm).", error.ErrorMessage);
        layout.Paper = CertificatePaper.Landscape;
        Assert.Equal("Họ tên người ký: Y từ 0 đến 205 mm.", Assert.Single(Validator.Validate(Command(layout)).Errors).ErrorMessage);
    }

    [Fact]
    public void A_missing_line_text_or_layout_is_refused()
    {
        var layout = new CertificateLayout { Achievement = null!, TitleText = " " };

        Assert.Equal(["Hãy ghi tiêu đề (dòng có sẵn trên phôi thì đánh dấu \"Có sẵn trên phôi\").", "Dòng thành tích: thiếu vị trí."],
            Validator.Validate(Command(layout)).Errors.Select(e => e.ErrorMessage));
        Assert.Equal("Hãy gửi khổ giấy, lời văn và vị trí của cả 10 dòng chữ.", Assert.Single(Validator.Validate(Command(null)).Errors).ErrorMessage);
    }
}
