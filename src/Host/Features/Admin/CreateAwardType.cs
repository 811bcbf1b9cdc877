using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>
/// Adds an award type, with the rules <see cref="UpdateAwardType"/> edits. Beyond the ones dossiers go through, this is how
/// the state-level awards a province proposes (Huân chương, Bằng khen của Thủ tướng Chính phủ…) come to exist, so that the
/// President's and the Prime Minister's decisions can be imported against them and counted in form 0602.N/BNV-TĐKT.
/// </summary>
public static class CreateAwardType
{
    public sealed record Body(string? Code, string? Name, string? Decider, string? IssuerKind, bool AllowsCollectives, bool AllowsIndividuals,
        bool OncePerLifetime, string? WorkflowKey, string? Criteria);

    public sealed record Command(Body Body) : ICommand<Result>, IAudited
    {
        public string? AuditId => Body.Code;

        /// <summary>The same rules an edit checks.</summary>
        public UpdateAwardType.Command Settings => new(0, Body.Name, Body.Decider, Body.IssuerKind, Body.AllowsCollectives, Body.AllowsIndividuals,
            Body.OncePerLifetime, Body.WorkflowKey, Body.Criteria);
    }

    public sealed record Result(int Id, string Code);

    public static string CodeTaken(string code) => $"Đã có loại khen thưởng mang mã '{code}'.";

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AwardsDbContext db)
        {
            RuleFor(c => c.Body.Code).NotEmpty().WithMessage("Hãy nhập mã loại khen thưởng.").MaximumLength(32).WithMessage("Mã dài tối đa 32 ký tự.")
                .MustAsync(async (code, ct) => code is null || !await db.AwardTypes.AnyAsync(a => a.Code == code.Trim(), ct))
                .WithMessage(c => CodeTaken(c.Body.Code!.Trim())).OverridePropertyName("code");
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                foreach (var error in (await new UpdateAwardType.Validator(db).ValidateAsync(c.Settings, ct)).Errors) context.AddFailure(error);
            });
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var b = request.Body;
            var awardType = new AwardType(b.Code!.Trim(), b.Name!, b.Decider!, b.IssuerKind!, b.AllowsCollectives, b.AllowsIndividuals,
                b.OncePerLifetime, b.WorkflowKey!, b.Criteria ?? "");
            db.AwardTypes.Add(awardType);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(awardType.Id, awardType.Code);
        }
    }
}
