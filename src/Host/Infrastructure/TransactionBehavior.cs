using System.Text.Json;
using System.Text.Json.Nodes;
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

        // On SQLite, one writer at a time: a command that reads before it writes takes its turn at its first write, and
        // if another step changed what it read meanwhile (a concurrency token), it runs again inside its turn, where
        // nobody else writes: what it then finds (the task already done) decides, as it would have from the start.
        if (request is IReadsBeforeWriting && db.Database.IsSqlite())
        {
            db.WritesDeferred = true;
            try
            {
                return await RunAsync(request, next, cancellationToken);
            }
            catch (Exception e) when (MayComeFromChangedReads(e))
            {
                // What it read had changed (a step taken meanwhile, the same task by someone else): try again in the turn.
                db.ChangeTracker.Clear();
            }
            finally
            {
                db.WritesDeferred = false;
            }
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A failed save fails the whole command (nothing resumes after it), so its savepoints would only cost statements.
        db.Database.AutoSavepointsEnabled = false;
        return await RunAsync(request, next, cancellationToken);
    }

    /// <summary>
    /// A failure that its reads outside the turn may explain: a save that found the row changed or the key taken, the engine
    /// or a rule refusing what it read (the dossier's status, read just after another step changed it). Refusals that do not
    /// rest on those reads are final: a conflict (the step was already taken), who may see or act, an audited refusal.
    /// </summary>
    private static bool MayComeFromChangedReads(Exception e) => e is DbUpdateException or Workflows.Execution.WorkflowException
        or DomainException and not (ConflictException or NotFoundException or ForbiddenException or AuditedRefusalException);

    private async Task<TResponse> RunAsync(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            // A command that names its entity itself has its audit line written by its own save (on SQLite, one save fewer
            // inside the writer's turn); one named by its result gets it after.
            if (request is IAudited audited) db.AuditEntries.Add(AuditLine(request, audited.AuditId));
            var response = await next();
            if (request is not IAudited) db.AuditEntries.Add(AuditLine(request!, (response as IAudited)?.AuditId));
            await db.SaveChangesAsync(cancellationToken);
            var transaction = db.Database.CurrentTransaction!;
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
            compensations.Committed();
            return response;
        }
        catch (Exception e)
        {
            compensations.RunAll();
            if (db.Database.CurrentTransaction is { } transaction)
            {
                if (e is AuditedRefusalException refusal) await AuditRefusalAsync(transaction, request!, refusal);
                else if (db.WritesDeferred)
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                    await transaction.DisposeAsync();
                }
            }
            else if (e is AuditedRefusalException refusal)
            {
                // Refused before its first write: nothing to undo, the refusal is still audited.
                db.WritesDeferred = false;
                db.ChangeTracker.Clear();
                db.AuditEntries.Add(RefusalEntry(request!, refusal));
                await db.SaveChangesAsync(CancellationToken.None);
            }
            throw;
        }
    }

    /// <summary>Nothing of the command is kept; only the line saying who was refused what, and why.</summary>
    private async Task AuditRefusalAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, object request, AuditedRefusalException refusal)
    {
        await transaction.RollbackAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
        db.AuditEntries.Add(RefusalEntry(request, refusal));
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private AuditEntry RefusalEntry(object request, AuditedRefusalException refusal) =>
        new(clock.GetUtcNow(), user.IsAuthenticated ? user.UserName : null, AuditAction(request) + AuditedRefusalException.AuditSuffix,
            AuditEntity(request), request is IAudited audited ? audited.AuditId : null, refusal.Message, user.IpAddress);

    private AuditEntry AuditLine(object request, string? entityId) =>
        new(clock.GetUtcNow(), user.IsAuthenticated ? user.UserName : null, AuditAction(request), AuditEntity(request), entityId,
            Describe(request), user.IpAddress);

    private static string AuditAction(object request)
    {
        var type = request.GetType();
        return type.DeclaringType is null ? type.Name : $"{type.DeclaringType.Name}.{type.Name}";
    }

    private static string AuditEntity(object request) =>
        request.GetType().Namespace?.Split('.').LastOrDefault() ?? "";


    private static string Describe(object request) => AuditDescription.Of(request, AuditJson);
}

/// <summary>
/// A command as the audit trail stores it: JSON, with citizen IDs and dates of birth masked. The trail is read by
/// administrators and kept for years; the personal data stays in the dossier alone.
/// </summary>
public static partial class AuditDescription
{
    public const int MaxLength = 4000;

    public static string Of(object request, JsonSerializerOptions options)
    {
        var node = JsonSerializer.SerializeToNode(request, request.GetType(), options);
        var json = node is null ? "null" : (Masked(node) ?? node).ToJsonString(options);
        return json.Length > MaxLength ? json[..MaxLength] : json;
    }

    /// <summary>Masks inside the node; returns a replacement when the node itself is a value to mask, else null.</summary>
    private static JsonNode? Masked(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    if (value is null) continue;
                    if (name.Contains("citizenId", StringComparison.OrdinalIgnoreCase)) o[name] = MaskId(value.ToString());
                    else if (name.Contains("birth", StringComparison.OrdinalIgnoreCase)) o[name] = "**/**/****";
                    else if (Masked(value) is { } replacement) o[name] = replacement;
                }
                return null;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    if (a[i] is { } item && Masked(item) is { } replacement) a[i] = replacement;
                return null;
            case JsonValue v when v.TryGetValue<string>(out var text) && IdLike().IsMatch(text):
                // An ID typed into a free-text field (a reason, a comment) is masked there too.
                return JsonValue.Create(IdLike().Replace(text, m => MaskId(m.Value)));
            default:
                return null;
        }
    }

    /// <summary>The last three digits stay, enough to tell two entries apart.</summary>
    private static string MaskId(string id) => id.Length <= 3 ? new string('*', id.Length) : new string('*', id.Length - 3) + id[^3..];

    /// <summary>Twelve digits (căn cước) or nine (the old CMND), standing alone.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)(\d{12}|\d{9})(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex IdLike();
}

/// <summary>
/// A command that reads what it needs before it writes and whose writes are guarded by concurrency tokens (a step: the
/// instance's revision), so that on SQLite its reads and work may run outside the writer's turn
/// (<see cref="AwardsDbContext.WritesDeferred"/>). A statement it runs that must not see another writer's change in
/// between takes the turn first (<see cref="AwardsDbContext.TakeWriteTurnAsync"/>).
/// </summary>
public interface IReadsBeforeWriting;

/// <summary>Names the entity a command or its result concerns, for the audit trail.</summary>
public interface IAudited
{
    string? AuditId { get; }
}
