using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Features.Documents;

namespace ToanDan.Awards.Host.Tests.Features.Documents;

public class SaveCertificateLayoutValidatorTests
{
    private static readonly SaveCertificateLayout.Validator Validator = new();

    [Fact]
    public void The_default_layout_fits_the_form()
    {
        Assert.True(Validator.Validate(new SaveCertificateLayout.Command(new CertificateLayout())).IsValid);
    }

    [Fact]
    public void A_line_running_past_the_right_edge_is_named_with_its_label()
    {
        var layout = new CertificateLayout { Name = new CertificateField { X = 200, Y = 30, Width = 150, FontSize = 90 } };

        var errors = Validator.Validate(new SaveCertificateLayout.Command(layout)).Errors;

        Assert.Contains(errors, e => e.PropertyName == "Layout.Name.Width"
            && e.ErrorMessage == "Họ tên / tên tập thể: X + rộng = 350 mm, vượt mép phải của phôi (297 mm).");
        Assert.Contains(errors, e => e.PropertyName == "Layout.Name.FontSize" && e.ErrorMessage == "Họ tên / tên tập thể: cỡ chữ từ 6 đến 48 pt.");
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void A_missing_line_or_layout_is_refused()
    {
        var layout = new CertificateLayout { Achievement = null! };

        Assert.Equal("Dòng thành tích: thiếu vị trí.", Assert.Single(Validator.Validate(new SaveCertificateLayout.Command(layout)).Errors).ErrorMessage);
        Assert.Equal("Hãy gửi vị trí của cả năm dòng chữ.", Assert.Single(Validator.Validate(new SaveCertificateLayout.Command(null)).Errors).ErrorMessage);
    }
}
