using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Statistics.ReportForms;

/// <summary>An administrator puts an award type in a numbered column of a form (0603.N/BNV-TĐKT, 2–5, unless another is named: 0602, 2–9), or in none (null), with the text it rests on.</summary>
public static class SaveReportColumn
{
    public sealed record Body(int? Column, string? Basis);

    public sealed record Command(int AwardTypeId, int? Column, string? Basis, string? Form = null) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => AwardTypeId.ToString(CultureInfo.InvariantCulture);
    }

    public static string ColumnOutOfRange(IColumnedForm form) =>
        $"Cột của biểu phải là một trong: {string.Join("; ", form.ColumnChoices.Select(c => $"{c.Column} ({c.Heading})"))}; để trống nếu loại khen thưởng không tính vào biểu.";

    public static string NoColumns(string? form) =>
        $"Không có biểu mẫu '{form}' có cột để xếp loại khen thưởng. Các biểu có cột: {string.Join(", ", ReportFormCatalogue.Forms.OfType<IColumnedForm>().Select(f => f.Key))}.";

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Column).Must((c, column) => column is null || ReportFormCatalogue.Columned(c.Form) is not { } form || form.ColumnChoices.Any(x => x.Column == column))
                .WithMessage(c => ColumnOutOfRange(ReportFormCatalogue.Columned(c.Form) ?? new Form0603()));
            RuleFor(c => c.Basis).NotEmpty().WithMessage(ReportColumn.BasisNeeded).AtMost(1000, "Căn cứ");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var form = ReportFormCatalogue.Columned(request.Form) ?? throw new NotFoundException(NoColumns(request.Form));
            if (!await db.AwardTypes.AnyAsync(a => a.Id == request.AwardTypeId, cancellationToken))
                throw AwardType.NotFound(request.AwardTypeId);
            var row = await db.ReportColumns.SingleOrDefaultAsync(c => c.FormKey == form.Key && c.AwardTypeId == request.AwardTypeId, cancellationToken);
            if (row is null) db.ReportColumns.Add(new ReportColumn(form.Key, request.AwardTypeId, request.Column, request.Basis ?? ""));
            else row.Assign(request.Column, request.Basis ?? "");
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
