using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>Creates a round (no id) or changes one: its name and the dates it is open for nominations.</summary>
public static class SaveRound
{
    public sealed record Body(string? Name, DateOnly? OpensOn, DateOnly? ClosesOn);

    public sealed record Command(int? Id, string? Name, DateOnly? OpensOn, DateOnly? ClosesOn) : ICommand<Result>;

    public sealed record Result(int Id) : IAudited
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Hãy nhập tên đợt khen thưởng.").MaximumLength(256).WithMessage("Tên đợt dài tối đa 256 ký tự.");
            RuleFor(c => c.OpensOn).NotNull().WithMessage("Hãy chọn ngày bắt đầu nhận hồ sơ.");
            RuleFor(c => c.ClosesOn).NotNull().WithMessage("Hãy chọn ngày kết thúc nhận hồ sơ.")
                .GreaterThanOrEqualTo(c => c.OpensOn).When(c => c.OpensOn is not null).WithMessage("Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var (name, opens, closes) = (request.Name!.Trim(), request.OpensOn!.Value, request.ClosesOn!.Value);
            Round round;
            if (request.Id is int id)
            {
                round = await db.Rounds.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
                    ?? throw new NotFoundException($"Không tìm thấy đợt khen thưởng số {id}.");
                round.Change(name, opens, closes);
            }
            else
            {
                round = new Round(name, opens, closes);
                db.Rounds.Add(round);
            }
            await db.SaveChangesAsync(cancellationToken);
            return new Result(round.Id);
        }
    }
}
