using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Persistence;

public class SearchKeyBackfillTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task Rows_saved_before_the_search_keys_existed_get_them_at_the_next_start()
    {
        _ = app.Services;
        // As the migration leaves rows written by an older version: the new columns empty.
        await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Database
            .ExecuteSqlRawAsync("""UPDATE "Units" SET "SearchKey" = ''; UPDATE "AspNetUsers" SET "SearchKey" = '';"""));

        await DatabaseInitializer.InitializeAsync(app.Services, app.Services.GetRequiredService<IConfiguration>());

        var (unitKey, userKey, empty) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AwardsDbContext>();
            var unit = await db.Units.Where(u => u.Code == "TH-DONGTIEN").Select(u => EF.Property<string>(u, "SearchKey")).SingleAsync();
            var user = await db.Users.Where(u => u.UserName == "thidua.dongtien").Select(u => EF.Property<string>(u, "SearchKey")).SingleAsync();
            var left = await db.Units.CountAsync(u => u.SearchKey == "") + await db.Users.CountAsync(u => u.SearchKey == "");
            return (unit, user, left);
        });
        Assert.Equal("xa dong tien | th-dongtien", unitKey);
        Assert.Equal("nguyen thi mai (can bo thi dua xa dong tien) | thidua.dongtien | thidua.dongtien@toandan.local", userKey);
        Assert.Equal(0, empty);
    }
}
