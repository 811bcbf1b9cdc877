using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Decisions;
using ToanDan.Awards.Host.Features.Documents;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

public static class AdminEndpoints
{
    /// <summary>/api/admin: units, accounts, award types, rounds, holidays, the audit trail, revocation, the certificate form of each award type and backups; administrators only.</summary>
    public static void MapAdminEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin").RequireAdmin();

        var units = admin.MapGroup("/units");
        units.MapGet("", (int? parentId, string? search, int? page, int? pageSize, IMediator m, CancellationToken ct) =>
                m.Send(new ListUnits.Query(parentId, search, page ?? 1, pageSize ?? 50), ct))
            .WithSummary("Cây đơn vị: các đơn vị trực thuộc parentId (hoặc cấp cao nhất), hoặc tìm theo mã, tên (search).");
        units.MapGet("/{id:int}", (int id, IMediator m, CancellationToken ct) => m.Send(new GetUnit.Query(id), ct))
            .WithSummary("Một đơn vị, các cấp trên và những gì đang dùng đơn vị đó.");
        units.MapPost("", async (CreateUnit.Command command, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(command, ct);
                return Results.Created($"/api/admin/units/{result.Id}", result);
            })
            .WithSummary("Thêm đơn vị: mã, tên, cấp, đơn vị cấp trên, ngày bắt đầu hiệu lực.");
        units.MapPost("/{id:int}/rename", async (int id, RenameUnit.Body body, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(new RenameUnit.Command(id, body.Name, body.From), ct)))
            .WithSummary("Sửa tên đơn vị (sáp nhập, giải thể thì cho thôi hiệu lực và thêm đơn vị mới).");
        units.MapPost("/{id:int}/retire", async (int id, RetireUnit.Body body, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(new RetireUnit.Command(id, body.EffectiveTo), ct)))
            .WithSummary("Cho đơn vị thôi hiệu lực từ một ngày; hồ sơ cũ vẫn giữ tên đơn vị.");
        units.MapDelete("/{id:int}", async (int id, IMediator m, CancellationToken ct) => NoContent(await m.Send(new DeleteUnit.Command(id), ct)))
            .WithSummary("Xóa đơn vị tạo nhầm; đơn vị đã được dùng thì không xóa được (422).");

        var accounts = admin.MapGroup("/accounts");
        accounts.MapGet("", (string? search, int? unitId, string? role, int? page, int? pageSize, IMediator m, CancellationToken ct) =>
                m.Send(new ListAccounts.Query(search, unitId, role, page ?? 1, pageSize ?? 20), ct))
            .WithSummary("Tài khoản, tìm theo tên (không cần dấu), tên đăng nhập, thư điện tử; lọc theo đơn vị, vai trò.");
        accounts.MapGet("/{id}", (string id, IMediator m, CancellationToken ct) => m.Send(new GetAccount.Query(id), ct))
            .WithSummary("Một tài khoản.");
        accounts.MapPost("", async (CreateAccount.Body body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(CreateAccount.Command.From(body), ct);
                return Results.Created($"/api/admin/accounts/{result.Id}", result);
            })
            .WithSummary("Tạo tài khoản: tên đăng nhập, họ tên, thư điện tử, đơn vị, vai trò, mật khẩu ban đầu.");
        accounts.MapPut("/{id}", async (string id, UpdateAccount.Body body, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(new UpdateAccount.Command(id, body.FullName, body.Email, body.UnitId, body.Roles), ct)))
            .WithSummary("Sửa tài khoản: đơn vị, vai trò, họ tên, thư điện tử.");
        accounts.MapPost("/{id}/lock", async (string id, IMediator m, CancellationToken ct) => NoContent(await m.Send(new LockAccount.Command(id, true), ct)))
            .WithSummary("Khóa tài khoản.");
        accounts.MapPost("/{id}/unlock", async (string id, IMediator m, CancellationToken ct) => NoContent(await m.Send(new LockAccount.Command(id, false), ct)))
            .WithSummary("Mở khóa tài khoản.");
        accounts.MapPost("/{id}/reset-password", async (string id, ResetPassword.Body body, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(new ResetPassword.Command(id, body.NewPassword), ct)))
            .WithSummary("Đặt lại mật khẩu.");

        var awardTypes = admin.MapGroup("/award-types");
        awardTypes.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListAwardTypeSettings.Query(), ct))
            .WithSummary("Các loại khen thưởng với đủ thông tin để sửa, và các quy trình có thể chọn.");
        awardTypes.MapPost("", async (CreateAwardType.Body body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new CreateAwardType.Command(body), ct);
                return Results.Created($"/api/admin/award-types/{result.Id}", result);
            })
            .WithSummary("Thêm loại khen thưởng (mã, tên, người quyết định, cấp trình hoặc ban hành, đối tượng, quy trình, tiêu chuẩn), như loại khen thưởng cấp Nhà nước mà tỉnh trình, để nhập các quyết định đã có và tính vào Biểu số 0602.N/BNV-TĐKT.");
        awardTypes.MapPut("/{id:int}", async (int id, UpdateAwardType.Body body, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(UpdateAwardType.Command.From(id, body), ct)))
            .WithSummary("Sửa loại khen thưởng: tên, người quyết định, ký hiệu quyết định, đối tượng, một lần trong đời, quy trình, tiêu chuẩn, tỷ lệ nữ để tập thể được ưu tiên khi bằng phiếu và căn cứ của ưu tiên.");

        var reportColumns = admin.MapGroup("/report-columns");
        reportColumns.MapGet("", (string? form, IMediator m, CancellationToken ct) => m.Send(new Statistics.ReportForms.ListReportColumns.Query(form), ct))
            .WithSummary("Mỗi loại khen thưởng tính vào cột nào của Biểu số 0603.N/BNV-TĐKT, hoặc của Biểu số 0602.N/BNV-TĐKT với form=0602 (Thông tư 02/2023/TT-BNV), hoặc không tính; căn cứ của việc xếp cột.");
        reportColumns.MapPut("/{awardTypeId:int}", async (int awardTypeId, string? form, Statistics.ReportForms.SaveReportColumn.Body body, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(new Statistics.ReportForms.SaveReportColumn.Command(awardTypeId, body.Column, body.Basis, form), ct)))
            .WithSummary("Xếp loại khen thưởng vào cột 2–5 của Biểu số 0603.N/BNV-TĐKT, hoặc với form=0602 vào cột 2–9 của Biểu số 0602.N/BNV-TĐKT (column: null là không tính vào biểu), ghi căn cứ (basis).");

        var issuers = admin.MapGroup("/issuers");
        issuers.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListIssuers.Query(), ct))
            .WithSummary("Các cơ quan ban hành quyết định (Công an tỉnh, UBND tỉnh, Bộ Công an) và nội dung in trên văn bản của mỗi cơ quan.");
        issuers.MapPost("", async (SaveIssuer.Body body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(body.For(null), ct);
                return Results.Created($"/api/admin/issuers/{result.Id}", result);
            })
            .WithSummary("Thêm cơ quan ban hành cho một tỉnh hoặc Bộ: sổ đánh số quyết định riêng.");
        issuers.MapPut("/{id:int}", async (int id, SaveIssuer.Body body, IMediator m, CancellationToken ct) => await m.Send(body.For(id), ct))
            .WithSummary("Sửa nội dung in của cơ quan ban hành: tiêu đề, địa danh, người ký, cấp phó ký thay, căn cứ, nơi nhận.");
        var parts = awardTypes.MapGroup("/{id:int}/parts");
        parts.MapGet("", (int id, IMediator m, CancellationToken ct) => m.Send(new ListRequiredParts.Query(id), ct))
            .WithSummary("Thành phần hồ sơ của loại khen thưởng theo từng thủ tục (thông thường: hồ sơ theo đợt; đơn giản: hồ sơ đột xuất), theo thứ tự.");
        parts.MapPost("", async (int id, AddRequiredPart.Body body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(AddRequiredPart.Command.From(id, body), ct);
                return Results.Created($"/api/admin/award-types/{id}/parts/{result.Id}", result);
            })
            .WithSummary("Thêm thành phần hồ sơ (procedure: standard | simplified; perNominee: mỗi tập thể, cá nhân một bản); hồ sơ gửi từ nay phải có.");
        parts.MapPut("/{partId:int}", async (int id, int partId, RenameRequiredPart.Body body, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(new RenameRequiredPart.Command(id, partId, body.Name, body.Note), ct)))
            .WithSummary("Sửa tên, ghi chú của thành phần hồ sơ; mã và các tệp đã nộp giữ nguyên.");
        parts.MapPut("/order", async (int id, ReorderRequiredParts.Body body, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(new ReorderRequiredParts.Command(id, body.Procedure, body.PartIds), ct)))
            .WithSummary("Sắp xếp lại thành phần hồ sơ của một thủ tục: partIds nêu đủ mọi thành phần, theo thứ tự mới.");
        parts.MapDelete("/{partId:int}", async (int id, int partId, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(new RemoveRequiredPart.Command(id, partId), ct)))
            .WithSummary("Bỏ thành phần hồ sơ: hồ sơ gửi từ nay không cần nữa; các tệp đã nộp vẫn ở trong hồ sơ.");

        var rounds = admin.MapGroup("/rounds");
        rounds.MapGet("", (int? page, int? pageSize, IMediator m, CancellationToken ct) => m.Send(new ListRounds.Query(page ?? 1, pageSize ?? 20), ct))
            .WithSummary("Các đợt khen thưởng, mới nhất trước.");
        rounds.MapPost("", async (SaveRound.Body body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(body.For(null), ct);
                return Results.Created($"/api/admin/rounds/{result.Id}", result);
            })
            .WithSummary("Thêm đợt khen thưởng.");
        rounds.MapPut("/{id:int}", async (int id, SaveRound.Body body, IMediator m, CancellationToken ct) =>
                await m.Send(body.For(id), ct))
            .WithSummary("Sửa đợt khen thưởng: tên, loại khen thưởng, thời gian nhận hồ sơ và công khai.");
        rounds.MapPost("/{id:int}/close", (int id, IMediator m, CancellationToken ct) => m.Send(new CloseRound.Command(id), ct))
            .WithSummary("Dừng nhận hồ sơ của đợt trước hạn.");
        rounds.MapPost("/{id:int}/reopen", (int id, ReopenRound.Body body, IMediator m, CancellationToken ct) =>
                m.Send(new ReopenRound.Command(id, body.Until, body.Reason), ct))
            .WithSummary("Mở lại đợt đã hết hạn nhận hồ sơ, đến một ngày mới, có lý do (ghi nhật ký).");

        var holidays = admin.MapGroup("/holidays");
        holidays.MapGet("", (int year, IMediator m, CancellationToken ct) => m.Send(new ListHolidays.Query(year), ct))
            .WithSummary("Ngày nghỉ lễ và ngày làm bù của một năm.");
        holidays.MapPost("", async (AddHoliday.Command command, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(command, ct);
                return Results.Created($"/api/admin/holidays/{result.Id}", result);
            })
            .WithSummary("Thêm ngày nghỉ (hoặc ngày làm bù); hạn xử lý tính từ nay về sau theo lịch mới.");
        holidays.MapDelete("/{id:int}", async (int id, IMediator m, CancellationToken ct) => NoContent(await m.Send(new RemoveHoliday.Command(id), ct)))
            .WithSummary("Bỏ một ngày khỏi lịch nghỉ.");

        admin.MapPost("/statistics/rebuild", (IMediator m, CancellationToken ct) => m.Send(new RebuildStatistics.Command(), ct))
            .WithSummary("Tính lại toàn bộ số liệu thống kê từ hồ sơ (sau khi dữ liệu được ghi ngoài ứng dụng).");

        admin.MapGet("/audit", ([AsParameters] AuditFilter f, IMediator m, CancellationToken ct) =>
                m.Send(new SearchAudit.Query(f.UserName, f.Action, f.EntityType, f.EntityId, f.From, f.To, f.Text, f.Page ?? 1, f.PageSize ?? 50), ct))
            .WithSummary("Nhật ký hệ thống, mới nhất trước: tìm theo người dùng, thao tác, đối tượng, khoảng ngày, nội dung (chỉ đọc).");

        admin.MapPost("/decisions/{id:int}/revoke", (int id, RevokeDecision.Body body, IMediator m, CancellationToken ct) =>
                m.Send(new RevokeDecision.Command(id, body.Reason ?? ""), ct))
            .WithSummary("Thu hồi quyết định khen thưởng, ghi rõ lý do.");

        var backups = admin.MapGroup("/backups");
        backups.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListBackups.Query(), ct))
            .WithSummary("Các bản sao lưu trong thư mục sao lưu, mới nhất trước (SQLite; trên PostgreSQL: 409, sao lưu bằng pg_dump).");
        backups.MapPost("", async (IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new MakeBackup.Request(), ct);
                return Results.Created($"/api/admin/backups/{result.Name}", result);
            })
            .WithSummary("Sao lưu ngay cơ sở dữ liệu và các tệp đính kèm vào một tệp .zip (có manifest.json: thời điểm, phiên bản, số lượng, SHA-256 từng tệp), trong khi hệ thống vẫn chạy; ghi nhật ký.");
        backups.MapGet("/{name}", async (string name, IMediator m, HttpResponse response, CancellationToken ct) =>
            {
                var file = await m.Send(new DownloadBackup.Request(name), ct);
                response.Headers.XContentTypeOptions = "nosniff";
                return Results.File(file.Content, "application/zip", file.FileName);
            })
            .WithSummary("Tải một bản sao lưu về máy (ghi nhật ký: bản sao lưu chứa toàn bộ dữ liệu cá nhân).");

        var layout = awardTypes.MapGroup("/{id:int}/certificate-layout");
        layout.MapGet("", (int id, IMediator m, CancellationToken ct) => m.Send(new GetCertificateLayout.Query(id), ct))
            .WithSummary("Mẫu giấy chứng nhận của loại khen thưởng: khổ giấy (A4 ngang/dọc), tiêu đề, dòng thành tích, vị trí từng dòng chữ (mm); bản đã lưu, hoặc bản trong cấu hình khi chưa lưu.");
        layout.MapPut("", async (int id, CertificateLayout body, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(new SaveCertificateLayout.Command(id, body), ct)))
            .WithSummary("Lưu mẫu giấy chứng nhận của loại khen thưởng; giấy chứng nhận của các quyết định thuộc loại này in từ nay theo mẫu này, các loại khác giữ nguyên.");
        layout.MapDelete("", async (int id, IMediator m, CancellationToken ct) => NoContent(await m.Send(new ResetCertificateLayout.Command(id), ct)))
            .WithSummary("Bỏ mẫu đã lưu của loại khen thưởng, in lại theo cấu hình.");

        // The single layout of earlier versions became the Giấy khen's: its old address keeps meaning that one.
        var legacy = admin.MapGroup("/certificate-layout");
        legacy.MapGet("", async (AwardsDbContext db, IMediator m, CancellationToken ct) =>
                await m.Send(new GetCertificateLayout.Query(await LegacyAwardTypeIdAsync(db, ct)), ct))
            .WithSummary("Cũ: như GET /api/admin/award-types/{id}/certificate-layout của Giấy khen của Giám đốc Công an tỉnh.");
        legacy.MapPut("", async (CertificateLayout body, AwardsDbContext db, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(new SaveCertificateLayout.Command(await LegacyAwardTypeIdAsync(db, ct), body), ct)))
            .WithSummary("Cũ: như PUT /api/admin/award-types/{id}/certificate-layout của Giấy khen của Giám đốc Công an tỉnh.");
        legacy.MapDelete("", async (AwardsDbContext db, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(new ResetCertificateLayout.Command(await LegacyAwardTypeIdAsync(db, ct)), ct)))
            .WithSummary("Cũ: như DELETE /api/admin/award-types/{id}/certificate-layout của Giấy khen của Giám đốc Công an tỉnh.");
    }

    private static IResult NoContent(MediatR.Unit _) => Results.NoContent();

    private static async Task<int> LegacyAwardTypeIdAsync(AwardsDbContext db, CancellationToken ct) =>
        await db.AwardTypes.Where(a => a.Code == CertificateLayoutSetting.LegacyAwardTypeCode).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException("Không còn loại khen thưởng Giấy khen của Giám đốc Công an tỉnh: hãy dùng /api/admin/award-types/{id}/certificate-layout.");

    internal sealed record AuditFilter(string? UserName, string? Action, string? EntityType, string? EntityId, DateOnly? From, DateOnly? To,
        string? Text, int? Page, int? PageSize);
}
