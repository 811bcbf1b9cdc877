using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ToanDan.Awards.Host.Features.Statistics;

public static class StatisticsEndpoints
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Under the bearer-only API group.</summary>
    public static void MapStatisticsEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/statistics").WithTags("Statistics");
        group.MapGet("", (IMediator mediator, CancellationToken ct, int? awardTypeId, int? unitId, int? roundId, DateOnly? from, DateOnly? to, string? by) =>
                mediator.Send(new GetStatistics.Query(awardTypeId, unitId, roundId, from, to, ByDecision(by)), ct))
            .WithSummary("Số tập thể, cá nhân được đề nghị, được khen thưởng, không được khen thưởng, tạm hoãn (không tính là không được khen thưởng) " +
                "theo loại khen thưởng và đơn vị; thời gian xử lý từng bước. by=decision: số được khen thưởng theo ngày quyết định (kể cả khen thưởng đã có được nhập), " +
                "mỗi đơn vị với tên ghi trong quyết định.");
        group.MapGet("/export.xlsx", async (IMediator mediator, CancellationToken ct, int? awardTypeId, int? unitId, int? roundId, DateOnly? from, DateOnly? to, string? by) =>
                Results.File(StatisticsWorkbook.Build(await mediator.Send(new GetStatistics.Query(awardTypeId, unitId, roundId, from, to, ByDecision(by)), ct)),
                    XlsxType, "thong-ke.xlsx"))
            .WithSummary("Thống kê khen thưởng dạng Excel (mỗi bảng một trang tính).");
        group.MapGet("/forms", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListReportForms.Query(), ct))
            .WithSummary("Các biểu mẫu báo cáo thống kê (Thông tư 02/2023/TT-BNV) xuất được và các cơ quan mà người dùng lập báo cáo.");
        group.MapGet("/forms/{form}.xlsx", async (string form, IMediator mediator, CancellationToken ct, int? year, int? issuerId) =>
                FormFile(await mediator.Send(new GetReportForm.Query(form, year, issuerId), ct)))
            .WithSummary("Biểu mẫu báo cáo thống kê thi đua, khen thưởng (Thông tư 02/2023/TT-BNV) dạng Excel, theo đúng bố cục của biểu, " +
                "cho một cơ quan ban hành (issuerId) và một năm (year); chỉ người lập báo cáo của cơ quan đó (quản trị, cán bộ xét duyệt tại đơn vị của cơ quan) xuất được.");
        MapMovements(group);
    }

    /// <summary>The emulation movements form 0601 counts: recorded by those who file an issuer's reports.</summary>
    private static void MapMovements(RouteGroupBuilder group)
    {
        var movements = group.MapGroup("/movements");
        movements.MapGet("", (IMediator m, CancellationToken ct, int? year, int? issuerId) => m.Send(new Movements.ListMovements.Query(year, issuerId), ct))
            .WithSummary("Các phong trào thi đua của những cơ quan mà người dùng lập báo cáo, diễn ra trong năm (year), và các lựa chọn cấp phát động, phạm vi, phương thức.");
        movements.MapPost("", async (Movements.MovementInput body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new Movements.SaveMovement.Command(null, body), ct);
                return Results.Created($"/api/statistics/movements/{result.Id}", result);
            })
            .WithSummary("Ghi một phong trào thi đua: tên, cơ quan phát động, cấp chủ trì phát động, phạm vi, phương thức, ngày bắt đầu và kết thúc (Biểu số 0601.N/BNV-TĐKT).");
        movements.MapPut("/{id:int}", async (int id, Movements.MovementInput body, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new Movements.SaveMovement.Command(id, body), ct);
                return Results.NoContent();
            })
            .WithSummary("Sửa một phong trào thi đua.");
        movements.MapDelete("/{id:int}", async (int id, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new Movements.DeleteMovement.Command(id), ct);
                return Results.NoContent();
            })
            .WithSummary("Xóa một phong trào thi đua ghi nhầm.");
    }

    private static IResult FormFile(GetReportForm.File file) => Results.File(file.Content, XlsxType, file.FileName);

    /// <summary>The Excel export for people signed in with the cookie, with the statistics page's filters.</summary>
    public static WebApplication MapStatisticsPages(this WebApplication app)
    {
        app.MapGet("/thong-ke/xuat-excel", async (HttpRequest request, IMediator mediator, CancellationToken ct) =>
                Results.File(StatisticsWorkbook.Build(await mediator.Send(FromQueryString(request.Query), ct)), XlsxType,
                    $"thong-ke-khen-thuong.xlsx"))
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.ApplicationScheme })
            .ExcludeFromDescription();
        app.MapGet("/thong-ke/bieu-mau/{form}.xlsx", async (string form, HttpRequest request, IMediator mediator, CancellationToken ct) =>
                FormFile(await mediator.Send(new GetReportForm.Query(form, Int(request.Query["nam"]), Int(request.Query["coQuan"])), ct)))
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.ApplicationScheme })
            .ExcludeFromDescription();
        return app;
    }

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>The page's Vietnamese parameter names: loaiKhenThuong, donVi, dot, tuNgay, denNgay (dd/MM/yyyy), theo (quyet-dinh: by decision date).</summary>
    public static GetStatistics.Query FromQueryString(IQueryCollection q) =>
        new(Int(q["loaiKhenThuong"]), Int(q["donVi"]), Int(q["dot"]), Date(q["tuNgay"]), Date(q["denNgay"]), q["theo"] == ByDecisionDateValue);

    public const string ByDecisionDateValue = "quyet-dinh";

    private static bool ByDecision(string? by) => string.Equals(by, "decision", StringComparison.OrdinalIgnoreCase);

    public static int? Int(string? value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
