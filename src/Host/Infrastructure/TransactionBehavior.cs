using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// Commands run in one database transaction, with their audit line: the domain change, the workflow state, its
/// tasks and timers and the outbox are saved together or not at all.
/// </summary>
public sealed class TransactionBehavior<TRequest, TResponse>(AwardsDbContext db, CurrentUser user, TimeProvider clock, Compensations compensations)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse> || db.Database.CurrentTransaction is not null) return await next();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var response = await next();
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), user.IsAuthenticated ? user.UserName : null, AuditAction(request!),
                AuditEntity(request!), AuditId(request!, response), Describe(request!), user.IpAddress));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            compensations.Committed();
            return response;
        }
        catch (Exception e)
        {
            compensations.RunAll();
            if (e is AuditedRefusalException refusal) await AuditRefusalAsync(transaction, request!, refusal);
            throw;
        }
    }

    /// <summary>Nothing of the command is kept; only the line saying who was refused what, and why.</summary>
    private async Task AuditRefusalAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, object request, AuditedRefusalException refusal)
    {
        await transaction.RollbackAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), user.IsAuthenticated ? user.UserName : null, AuditAction(request) + AuditedRefusalException.AuditSuffix,
            AuditEntity(request), request is IAudited audited ? audited.AuditId : null, refusal.Message, user.IpAddress));
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static string AuditAction(object request)
    {
        var type = request.GetType();
        return type.DeclaringType is null ? type.Name : $"{type.DeclaringType.Name}.{type.Name}";
    }

    private static string AuditEntity(object request) =>
        request.GetType().Namespace?.Split('.').LastOrDefault() ?? "";

    private static string? AuditId(object request, TResponse response) =>
        request is IAudited audited ? audited.AuditId : response is IAudited result ? result.AuditId : null;

    private static string Describe(object request)
    {
        var json = JsonSerializer.Serialize(request, request.GetType(), AuditJson);
        return json.Length > 4000 ? json[..4000] : json;
    }
}

/// <summary>Names the entity a command or its result concerns, for the audit trail.</summary>
public interface IAudited
{
    string? AuditId { get; }
}
