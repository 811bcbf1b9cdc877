using System.Security.Claims;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Tests.Features.Nominations;

/// <summary>The import handler checks the role itself: a page that forgets to would not open the parser to anyone.</summary>
public sealed class ReadNomineeSpreadsheetTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private Task<NomineeSpreadsheet.Result> ReadAsAsync(string role, byte[] file, string fileName = "danh-sach.xlsx") =>
        app.WithScopeAsync(services =>
        {
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "thu"), new Claim(ClaimTypes.Role, role), new Claim(CurrentUser.UnitIdClaim, "1")], "test");
            services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
            return services.GetRequiredService<IMediator>().Send(new ReadNomineeSpreadsheet.Query(new MemoryStream(file), fileName, file.Length));
        });

    [Fact]
    public async Task A_unit_clerk_has_the_template_read_into_the_form()
    {
        var read = await ReadAsAsync(Roles.UnitClerk, NomineeSpreadsheet.Template());

        Assert.Equal("Nguyễn Văn An", Assert.Single(read.Nominees).Name);
    }

    [Theory]
    [InlineData(Roles.Director)]
    [InlineData(Roles.Pv05Reviewer)]
    [InlineData(Roles.CommunePolice)]
    public async Task Anyone_but_a_unit_clerk_is_refused_before_the_file_is_read(string role)
    {
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => ReadAsAsync(role, NomineeSpreadsheet.Template()));

        Assert.Equal(CreateNomination.OnlyClerks, refused.Message);
    }

    [Fact]
    public async Task A_file_that_is_not_xlsx_is_refused_in_vietnamese()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => ReadAsAsync(Roles.UnitClerk, [1, 2, 3], "danh-sach.csv"));

        Assert.Contains("không phải tệp Excel .xlsx", Assert.Single(refused.Errors).ErrorMessage);
    }
}
