using ToanDan.Awards.Host.Features.Decisions;
using ToanDan.Awards.Host.Pages.QuyetDinh;

namespace ToanDan.Awards.Host.Tests.Pages;

public class DecisionHeadingTests
{
    [Fact]
    public void A_provincial_decision_is_issued_by_the_provincial_authority_in_the_province()
    {
        var heading = DecisionHeading.For(Decision("Giám đốc Công an tỉnh", new DateOnly(2026, 11, 22)));

        Assert.Equal(("Công an tỉnh Thanh Hóa", "Bộ Công an", "Thanh Hóa"), (heading.Authority, heading.ParentAuthority, heading.Place));
        Assert.Equal("Giám đốc Công an tỉnh Thanh Hóa", heading.Decider);
        Assert.Equal("Giám đốc", heading.SignerTitle);
        Assert.Equal("ngày 22 tháng 11 năm 2026", heading.DateLine);
    }

    [Fact]
    public void A_ministers_decision_is_issued_by_the_ministry_in_Ha_Noi()
    {
        var heading = DecisionHeading.For(Decision("Bộ trưởng Bộ Công an", new DateOnly(2026, 2, 5)));

        Assert.Equal(("Bộ Công an", null, "Hà Nội"), (heading.Authority, heading.ParentAuthority, heading.Place));
        Assert.Equal("Bộ trưởng", heading.SignerTitle);
        Assert.Equal("ngày 05 tháng 02 năm 2026", heading.DateLine);
    }

    [Fact]
    public void The_chairmans_decision_names_the_provincial_peoples_committee()
    {
        var heading = DecisionHeading.For(Decision("Chủ tịch Ủy ban nhân dân tỉnh", new DateOnly(2026, 12, 1)));

        Assert.Equal("Ủy ban nhân dân tỉnh Thanh Hóa", heading.Authority);
        Assert.Null(heading.ParentAuthority);
        Assert.Equal("ngày 01 tháng 12 năm 2026", heading.DateLine);
    }

    private static GetDecision.Detail Decision(string decider, DateOnly issuedOn) =>
        new(1, "1/QĐ-CAT", issuedOn, "Giấy khen", decider, 1, "Xã Đông Tiến", false, null, null, null, [], "Tỉnh Thanh Hóa");
}
