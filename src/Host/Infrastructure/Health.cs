using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// <c>GET /health</c> for a load balancer: 200 while the database answers and the outbox and timers keep moving, 503 when
/// the database does not answer (the host can do nothing useful). Mail or timers stuck behind their schedule make it
/// "degraded" (still 200: the host serves people, an operator should look). No login; it names no dossier or person.
/// </summary>
public static class Health
{
    public const string Path = "/health";

    /// <summary>Mail or a timer this late past its time means the background work is not running.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(15);

    public static IServiceCollection AddAwardsHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database", HealthStatus.Unhealthy)
            .AddCheck<BackgroundWorkCheck>("background", HealthStatus.Degraded);
        return services;
    }

    public static void MapAwardsHealth(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks(Path, new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                return context.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString().ToLowerInvariant(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new
                    {
                        status = e.Value.Status.ToString().ToLowerInvariant(),
                        description = e.Value.Description,
                        data = e.Value.Data,
                    }),
                }));
            },
        });

    private sealed class DatabaseCheck(AwardsDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                return await db.Database.CanConnectAsync(cancellationToken)
                    ? HealthCheckResult.Healthy("Cơ sở dữ liệu trả lời.")
                    : HealthCheckResult.Unhealthy("Không kết nối được cơ sở dữ liệu.");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("Không kết nối được cơ sở dữ liệu.", e);
            }
        }
    }

    private sealed class BackgroundWorkCheck(AwardsDbContext db, TimeProvider clock) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var late = clock.GetUtcNow() - StuckAfter;
            var lateMail = await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt < late, cancellationToken);
            var failedMail = await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Failed, cancellationToken);
            var lateTimers = await db.ScheduledTimers.CountAsync(t => t.ParkedAt == null && t.DueAt < late, cancellationToken);
            var parkedTimers = await db.ScheduledTimers.CountAsync(t => t.ParkedAt != null, cancellationToken);
            var data = new Dictionary<string, object>
            {
                ["lateMail"] = lateMail, ["failedMail"] = failedMail, ["lateTimers"] = lateTimers, ["parkedTimers"] = parkedTimers,
            };
            return lateMail > 0 || lateTimers > 0
                ? HealthCheckResult.Degraded("Thư hoặc hẹn giờ đang chậm quá 15 phút so với lịch: việc chạy nền có thể đã dừng.", data: data)
                : HealthCheckResult.Healthy("Thư và hẹn giờ chạy đúng lịch.", data);
        }
    }
}
