using MediatR;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Infrastructure.Backup;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>The backups kept in the backup folder, newest first.</summary>
public static class ListBackups
{
    public sealed record Query : IRequest<IReadOnlyList<MakeBackup.Result>>;

    internal sealed class Handler(Access access, BackupFolder backups) : IRequestHandler<Query, IReadOnlyList<MakeBackup.Result>>
    {
        public async Task<IReadOnlyList<MakeBackup.Result>> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            return [.. (await backups.ListAsync(cancellationToken))
                .Select(b => new MakeBackup.Result(b.Name, b.Manifest.CreatedAt, b.Size, b.Manifest.Counts, b.Manifest.Files.Count - 1))];
        }
    }
}
