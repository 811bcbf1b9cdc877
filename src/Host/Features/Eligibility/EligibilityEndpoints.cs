using MediatR;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features.Eligibility;

public static class EligibilityEndpoints
{
    /// <summary>A dossier's eligibility and a reviewer's confirmations; the criteria, groups and area designations for administrators.</summary>
    public static void MapEligibilityEndpoints(this RouteGroupBuilder api)
    {
        var nominations = api.MapGroup("/nominations").WithTags("Nominations");
        nominations.MapGet("/{id:int}/eligibility", (int id, IMediator m, CancellationToken ct) => m.Send(new GetEligibility.Query(id), ct))
            .WithSummary("Kết quả xét tiêu chuẩn của từng cá nhân: đạt, không đạt, cần xác minh, tạm hoãn, với số liệu đã dùng.");
        nominations.MapPost("/{id:int}/nominees/{nomineeId:int}/eligibility/confirm", async (int id, int nomineeId, ConfirmCriterion.Body body,
                IMediator m, CancellationToken ct) =>
            {
                await m.Send(new ConfirmCriterion.Command(id, nomineeId, body.RuleId, body.Reason), ct);
                return Results.NoContent();
            })
            .WithSummary("Người xét duyệt xác nhận một tiêu chuẩn cần xác minh của một cá nhân, có lý do (ghi nhật ký).");

        var admin = api.MapGroup("/admin").WithTags("Admin").RequireAdmin();
        var rules = admin.MapGroup("/award-types/{id:int}/eligibility");
        rules.MapGet("", (int id, IMediator m, CancellationToken ct) => m.Send(new ListEligibilityRules.Query(id), ct))
            .WithSummary("Nhóm đối tượng và tiêu chuẩn của một loại khen thưởng, với căn cứ pháp lý.");
        rules.MapPost("/groups", (int id, SaveNomineeGroup.Body body, IMediator m, CancellationToken ct) =>
                m.Send(new SaveNomineeGroup.Command(id, body.Code, body.Name, body.LegalBasis), ct))
            .WithSummary("Thêm hoặc sửa (theo mã) một nhóm đối tượng.");
        rules.MapPost("/rules", async (int id, SaveEligibilityRule.Body body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new SaveEligibilityRule.Command(id, null, body), ct);
                return Results.Created($"/api/admin/award-types/{id}/eligibility/rules/{result.Id}", result);
            })
            .WithSummary("Thêm tiêu chuẩn: loại, nhóm, nội dung, số năm của nam và nữ, tính gấp đôi, khen thưởng loại trừ, việc chờ kết luận, căn cứ pháp lý.");
        rules.MapPut("/rules/{ruleId:int}", (int id, int ruleId, SaveEligibilityRule.Body body, IMediator m, CancellationToken ct) =>
                m.Send(new SaveEligibilityRule.Command(id, ruleId, body), ct))
            .WithSummary("Sửa tiêu chuẩn.");
        rules.MapDelete("/rules/{ruleId:int}", async (int id, int ruleId, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new RemoveEligibilityRule.Command(id, ruleId), ct);
                return Results.NoContent();
            })
            .WithSummary("Bỏ tiêu chuẩn.");

        var areas = admin.MapGroup("/area-designations");
        areas.MapGet("", (int? unitId, IMediator m, CancellationToken ct) => m.Send(new ListAreaDesignations.Query(unitId), ct))
            .WithSummary("Đơn vị thuộc vùng đặc biệt khó khăn, biên giới, hải đảo, theo thời gian.");
        areas.MapPost("", async (int unitId, AddAreaDesignation.Body body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new AddAreaDesignation.Command(unitId, body.Kind, body.From, body.To, body.LegalBasis), ct);
                return Results.Created($"/api/admin/area-designations/{result.Id}", result);
            })
            .WithSummary("Đánh dấu một đơn vị (unitId) thuộc vùng đặc biệt khó khăn, biên giới, hải đảo từ ngày … đến ngày ….");
        areas.MapDelete("/{areaId:int}", async (int areaId, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new RemoveAreaDesignation.Command(areaId), ct);
                return Results.NoContent();
            })
            .WithSummary("Xóa một đánh dấu nhập nhầm.");
    }
}
