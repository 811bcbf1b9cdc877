using MediatR;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Infrastructure.Backup;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>
/// A backup of the database and its attachment files into the backup folder (SQLite; on PostgreSQL the answer is
/// pg_dump). Not a command itself: its transaction would hold SQLite's write lock while everything is copied, and
/// dossiers must keep moving meanwhile. Once the archive is written, <see cref="Command"/> leaves the audit line.
/// </summary>
public static class MakeBackup
{
    public sealed record Request : IRequest<Result>;

    public sealed record Result(string Name, DateTimeOffset CreatedAt, long Size, BackupCounts Counts, int Files);

    /// <summary>The audit line of a backup just made.</summary>
    public sealed record Command(string Name, long Size, int Dossiers, int Decisions, int Files) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => Name;
    }

    internal sealed class Handler(Access access, BackupFolder backups, IMediator mediator) : IRequestHandler<Request, Result>
    {
        public async Task<Result> Handle(Request request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var made = await backups.MakeAsync(cancellationToken);
            var counts = made.Manifest.Counts;
            var files = made.Manifest.Files.Count - 1;
            await mediator.Send(new Command(made.Name, made.Size, counts.Dossiers, counts.Decisions, files), cancellationToken);
            return new Result(made.Name, made.Manifest.CreatedAt, made.Size, counts, files);
        }
    }

    internal sealed class CommandHandler : IRequestHandler<Command, MediatR.Unit>
    {
        public Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken) => Task.FromResult(MediatR.Unit.Value);
    }
}
