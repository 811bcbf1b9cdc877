using ToanDan.Awards.Host.Pages.QuanTri;

namespace ToanDan.Awards.Host.Tests.Pages.QuanTri;

public class AuditWordsTests
{
    [Fact]
    public void A_refused_command_reads_as_the_command_refused()
    {
        Assert.Equal("Lập hồ sơ", AuditWords.Action("CreateNomination.Command"));
        Assert.Equal("Lập hồ sơ (bị từ chối)", AuditWords.Action("CreateNomination.Command.Refused"));
        Assert.Equal("Unknown.Command.Refused", AuditWords.Action("Unknown.Command.Refused"));
    }
}
