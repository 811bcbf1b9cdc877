using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>Creates a round (no id) or changes one: its issuer, award types, submission dates and disclosure period.</summary>
public static class SaveRound
{
    public sealed record Body(string? Name, int? IssuerId, IReadOnlyList<string>? AwardTypes, DateOnly? OpensOn, DateOnly? ClosesOn,
        DateOnly? DisclosureFrom = null, DateOnly? DisclosureTo = null)
    {
        public Command For(int? id) => new(id, Name, IssuerId, AwardTypes, OpensOn, ClosesOn, DisclosureFrom, DisclosureTo);
    }

    public sealed record Command(int? Id, string? Name, int? IssuerId, IReadOnlyList<string>? AwardTypes, DateOnly? OpensOn, DateOnly? ClosesOn,
        DateOnly? DisclosureFrom, DateOnly? DisclosureTo) : ICommand<Result>;

    public sealed record Result(int Id) : IAudited
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage(Round.NameRequired).AtMost(TextLimits.Line, "Tên đợt");
            RuleFor(c => c.IssuerId).NotNull().WithMessage("Hãy chọn cơ quan ban hành quyết định của đợt.");
            RuleFor(c => c.AwardTypes).NotEmpty().WithMessage(Round.AwardTypeRequired);
            RuleFor(c => c.OpensOn).NotNull().WithMessage("Hãy chọn ngày bắt đầu nhận hồ sơ.");
            RuleFor(c => c.ClosesOn).NotNull().WithMessage("Hãy chọn ngày kết thúc nhận hồ sơ.");
            // The order of the dates is the round's own rule: asked of the domain, answered field by field.
            RuleFor(c => c).Custom((c, context) =>
            {
                foreach (var (field, message) in Round.DateProblems(c.OpensOn, c.ClosesOn, c.DisclosureFrom, c.DisclosureTo))
                    context.AddFailure(field, message);
            });
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var issuer = await db.Issuers.SingleOrDefaultAsync(i => i.Id == request.IssuerId, cancellationToken)
                ?? throw new DomainException($"Không có cơ quan ban hành số {request.IssuerId}.", "issuerId");
            var codes = request.AwardTypes!.Select(c => c.Trim()).Distinct().ToList();
            var types = await db.AwardTypes.Where(a => codes.Contains(a.Code)).ToListAsync(cancellationToken);
            var unknown = codes.Except(types.Select(t => t.Code)).ToList();
            if (unknown.Count > 0) throw new DomainException($"Không có loại khen thưởng: {string.Join(", ", unknown)}.", "awardTypes");
            var (name, opens, closes) = (request.Name!.Trim(), request.OpensOn!.Value, request.ClosesOn!.Value);
            Round round;
            if (request.Id is int id)
            {
                round = await db.Rounds.Include(r => r.Issuer).Include(r => r.AwardTypes).SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
                    ?? throw new NotFoundException($"Không tìm thấy đợt khen thưởng số {id}.");
                if (round.IssuerId != issuer.Id)
                    throw new DomainException("Không đổi được cơ quan ban hành của một đợt đã tạo; hãy tạo đợt mới.", "issuerId");
                round.Change(name, types, opens, closes, request.DisclosureFrom, request.DisclosureTo);
            }
            else
            {
                round = new Round(name, issuer, types, opens, closes, request.DisclosureFrom, request.DisclosureTo);
                db.Rounds.Add(round);
            }
            await db.SaveChangesAsync(cancellationToken);
            return new Result(round.Id);
        }
    }
}
