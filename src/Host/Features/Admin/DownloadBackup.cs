using MediatR;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Infrastructure.Backup;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>
/// One backup as a download. A backup holds every dossier and citizen ID of the installation: who took a copy away,
/// and when, is in the audit trail (<see cref="Command"/>).
/// </summary>
public static class DownloadBackup
{
    public sealed record Request(string Name) : IRequest<Result>;

    public sealed record Result(Stream Content, string FileName);

    public sealed record Command(string Name) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => Name;
    }

    internal sealed class Handler(Access access, BackupFolder backups, IMediator mediator) : IRequestHandler<Request, Result>
    {
        public async Task<Result> Handle(Request request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var content = backups.Open(request.Name);
            await mediator.Send(new Command(request.Name), cancellationToken);
            return new Result(content, request.Name);
        }
    }

    internal sealed class CommandHandler : IRequestHandler<Command, MediatR.Unit>
    {
        public Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken) => Task.FromResult(MediatR.Unit.Value);
    }
}
