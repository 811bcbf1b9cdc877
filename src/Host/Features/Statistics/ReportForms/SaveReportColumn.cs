using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Statistics.ReportForms;

/// <summary>An administrator puts an award type in a column of form 0603.N/BNV-TĐKT (2–5), or in none (null), with the text it rests on.</summary>
public static class SaveReportColumn
{
    public sealed record Body(int? Column, string? Basis);

    public sealed record Command(int AwardTypeId, int? Column, string? Basis) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => AwardTypeId.ToString(CultureInfo.InvariantCulture);
    }

    public static string ColumnOutOfRange =>
        $"Cột của biểu phải là một trong: {string.Join("; ", Form0603.Choices.Select(c => $"{c.Column} ({c.Heading})"))}; để trống nếu loại khen thưởng không tính vào biểu.";

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Column).Must(c => c is null || Form0603.Choices.Any(x => x.Column == c)).WithMessage(ColumnOutOfRange);
            RuleFor(c => c.Basis).NotEmpty().WithMessage(ReportColumn.BasisNeeded).AtMost(1000, "Căn cứ");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            if (!await db.AwardTypes.AnyAsync(a => a.Id == request.AwardTypeId, cancellationToken))
                throw AwardType.NotFound(request.AwardTypeId);
            var row = await db.ReportColumns.SingleOrDefaultAsync(c => c.FormKey == Form0603.FormKey && c.AwardTypeId == request.AwardTypeId, cancellationToken);
            if (row is null) db.ReportColumns.Add(new ReportColumn(Form0603.FormKey, request.AwardTypeId, request.Column, request.Basis ?? ""));
            else row.Assign(request.Column, request.Basis ?? "");
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
