using System.Net;
using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Disclosure;

/// <summary>
/// Anyone comments (góp ý) on a round under disclosure, with a name and a contact, optionally about one nominee of the
/// list. The comment is kept with the round and mailed, in the same save, to the emulation office (PV05) of the
/// province it concerns: the issuer's province; for a ministry round, the province of the chosen nominee, or of every
/// nominee listed. Not an audited command: the audit trail would keep the sender's raw address, which is not kept.
/// </summary>
public static class SendFeedback
{
    public sealed record Command(int RoundId, string? Name, string? Contact, string? Content, int? NomineeId, IPAddress? ClientAddress)
        : IRequest<Result>;

    /// <summary>What the API accepts.</summary>
    public sealed record Body(string? Name, string? Contact, string? Content, int? NomineeId);

    public sealed record Result(Guid Id, DateTimeOffset ReceivedAt, string Message);

    public const string Thanks = "Cảm ơn anh/chị đã góp ý. Ý kiến đã được gửi tới cơ quan thi đua, khen thưởng và được lưu cùng đợt khen thưởng.";

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c).Custom((command, context) =>
        {
            foreach (var (field, message) in RoundFeedback.Problems(command.Name, command.Contact, command.Content))
                context.AddFailure(new ValidationFailure(char.ToUpperInvariant(field[0]) + field[1..], message));
        });
    }

    internal sealed class Handler(AwardsDbContext db, Notifier notifier, AddressHasher hasher, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var round = await PublicList.PublicRounds(db, VietnamTime.Today(clock)).Include(r => r.Issuer).ThenInclude(i => i!.Unit)
                .SingleOrDefaultAsync(r => r.Id == request.RoundId, cancellationToken)
                ?? throw new NotFoundException(PublicList.NotDisclosed);
            PublicList.Entry? about = null;
            if (request.NomineeId is int nomineeId)
                about = await PublicList.ProposedNominees(db, round.Id).SingleOrDefaultAsync(e => e.NomineeId == nomineeId, cancellationToken)
                    ?? throw new DomainException("Người được chọn không có trong danh sách công khai của đợt này; hãy chọn lại trong danh sách.", "nomineeId");

            var now = clock.GetUtcNow();
            var feedback = new RoundFeedback(round, request.Name ?? "", request.Contact ?? "", request.Content ?? "",
                about is null ? null : (about.NomineeId, about.Name), hasher.Hash(request.ClientAddress), now);
            db.RoundFeedback.Add(feedback);

            var model = new JsonObject
            {
                ["roundId"] = round.Id,
                ["roundName"] = round.Name,
                ["receivedAt"] = VietnamTime.DateTime(now),
                ["senderName"] = feedback.Name,
                ["senderContact"] = feedback.Contact,
                ["content"] = feedback.Content,
                ["nomineeName"] = about?.Name,
                ["nomineeUnit"] = about?.UnitName,
            };
            foreach (var office in await OfficesAsync(round, about, cancellationToken))
                await notifier.NotifyRoleAsync($"round/{round.Id}/feedback/{feedback.Id}", DefaultEmailTemplates.DisclosureFeedback,
                    Roles.Pv05Reviewer, office, model, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(feedback.Id, now, Thanks);
        }

        /// <summary>The provinces whose PV05 receives the comment.</summary>
        private async Task<IReadOnlyList<int>> OfficesAsync(Round round, PublicList.Entry? about, CancellationToken ct)
        {
            var issuerUnit = round.Issuer!.Unit!;
            if (issuerUnit.Level == UnitResolver.Province) return [issuerUnit.Id];
            var paths = about is not null
                ? [about.UnitPath]
                : await PublicList.ProposedNominees(db, round.Id).Select(e => e.UnitPath).Distinct().ToListAsync(ct);
            var provinces = await db.Units.Where(u => u.Level == UnitResolver.Province && u.Path.StartsWith(issuerUnit.Path))
                .Select(u => new { u.Id, u.Path }).ToListAsync(ct);
            return [.. provinces.Where(p => paths.Any(path => path.StartsWith(p.Path, StringComparison.Ordinal))).Select(p => p.Id)];
        }
    }
}
