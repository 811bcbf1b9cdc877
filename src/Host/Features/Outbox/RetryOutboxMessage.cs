using MediatR;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Outbox;

public static class RetryOutboxMessage
{
    /// <summary>After the cause is fixed (an address corrected, a template added): send the message again at the next round.</summary>
    public sealed record Command(long Id) : ICommand<ListOutbox.Item>, IAudited
    {
        public string? AuditId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Command, ListOutbox.Item>
    {
        public async Task<ListOutbox.Item> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var message = await db.Outbox.FindAsync([request.Id], cancellationToken)
                ?? throw new NotFoundException($"Không có thư số {request.Id} trong hàng đợi.");
            message.Retry(clock.GetUtcNow());
            return ListOutbox.Item.Of(message);
        }
    }
}
