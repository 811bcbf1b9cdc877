using FluentValidation;
using MediatR;
using Unit = ToanDan.Awards.Host.Domain.Unit;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.History;

/// <summary>
/// Imports the awards of decisions made before the system, or by other systems, from the published Excel template
/// (<see cref="PastAwardSpreadsheet"/>): every row is checked (award type, unit, the person's numbers, the once-per-person
/// rule against the file itself, the earlier imports and the decisions of the system) and the file is imported whole or
/// not at all: one bad row and nothing is kept, every error named by row, column and reason. Administrators only.
/// </summary>
public static class ImportPastAwards
{
    public sealed record Command(string? FileName, long Length, [property: System.Text.Json.Serialization.JsonIgnore] Stream? File)
        : ICommand<Result>, IAudited
    {
        public string? AuditId => FileName;
    }

    public sealed record Result(int Imported, Guid? Batch, IReadOnlyList<NomineeSpreadsheet.RowError> Errors) : IAudited
    {
        public string? AuditId => Batch?.ToString();
    }

    public const string ChooseFile = "Hãy chọn tệp Excel (.xlsx) theo mẫu nhập khen thưởng đã có.";

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.File).NotNull().WithMessage(ChooseFile);
            RuleFor(c => c.Length).GreaterThan(0).WithMessage(ChooseFile)
                .LessThanOrEqualTo(PastAwardSpreadsheet.MaxBytes)
                .WithMessage(c => $"Tệp '{c.FileName}' lớn quá {PastAwardSpreadsheet.MaxBytes / 1024 / 1024} MB; hãy chia thành nhiều tệp nhỏ hơn.");
            RuleFor(c => c.FileName).Must(name => Path.GetExtension(name ?? "").Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
                .When(c => c.Length > 0)
                .WithMessage(c => $"Tệp '{c.FileName}' không phải tệp Excel .xlsx. Hãy tải mẫu Excel, điền rồi nhập lại.");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var read = PastAwardSpreadsheet.Read(request.File!);
            var errors = read.Errors.ToList();
            var columns = PastAwardSpreadsheet.Headers;

            var awardTypes = await db.AwardTypes.ToListAsync(cancellationToken);
            var codes = read.Lines.Where(l => l.UnitCode is not null).Select(l => l.UnitCode!).Distinct().ToList();
            var units = await db.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
            var today = VietnamTime.Today(clock);

            var rows = new List<(PastAwardSpreadsheet.Line Line, AwardType AwardType, Unit? Unit)>();
            foreach (var line in read.Lines)
            {
                var rowErrors = new List<NomineeSpreadsheet.RowError>();
                var key = VietnameseText.Key(line.AwardType);
                var awardType = awardTypes.FirstOrDefault(a => a.Code.Equals(line.AwardType, StringComparison.OrdinalIgnoreCase))
                    ?? awardTypes.FirstOrDefault(a => VietnameseText.Key(a.Name) == key);
                if (awardType is null)
                    rowErrors.Add(new(line.Row, columns[3], $"Không có loại khen thưởng '{line.AwardType}'; hãy ghi một trong các mã: {string.Join(", ", awardTypes.Select(a => a.Code))}."));
                else if (line.Kind == NomineeKind.Collective && !awardType.AllowsCollectives)
                    rowErrors.Add(new(line.Row, columns[4], $"{awardType.Name} không tặng cho tập thể."));
                else if (line.Kind == NomineeKind.Individual && !awardType.AllowsIndividuals)
                    rowErrors.Add(new(line.Row, columns[4], $"{awardType.Name} không tặng cho cá nhân."));
                if (line.IssuedOn > today) rowErrors.Add(new(line.Row, columns[1], $"Ngày quyết định {VietnamTime.Date(line.IssuedOn)} chưa tới: chỉ nhập quyết định đã ban hành."));
                if (line.DateOfBirth is { } born && born >= line.IssuedOn)
                    rowErrors.Add(new(line.Row, columns[6], "Ngày sinh phải trước ngày quyết định."));
                Unit? unit = null;
                if (line.UnitCode is { } code && !units.TryGetValue(code, out unit))
                    rowErrors.Add(new(line.Row, columns[10], $"Không có đơn vị mã '{code}' trong hệ thống; hãy để trống nếu đơn vị không có trong hệ thống."));
                if (rowErrors.Count == 0) rows.Add((line, awardType!, unit));
                errors.AddRange(rowErrors);
            }
            errors.AddRange(await RepeatsAsync(rows, cancellationToken));

            if (errors.Count > 0)
                return new Result(0, null, [.. errors.OrderBy(e => e.Row).ThenBy(e => IndexOf(e.Column))]);
            if (rows.Count == 0) throw new DomainException("Tệp không có dòng nào để nhập (từ dòng 2 trở đi).", "file");

            var batch = Guid.NewGuid();
            var at = clock.GetUtcNow();
            db.PastAwards.AddRange(rows.Select(r => new PastAward(batch, r.AwardType, r.Line.DecisionNumber, r.Line.IssuedOn, r.Line.Issuer, r.Line.Kind,
                r.Line.Name, r.Line.DateOfBirth, r.Line.Sex, r.Line.CitizenId, r.Line.FormerCitizenId, r.Unit, r.Line.UnitName, user.UserName, at, r.Line.AdHoc,
                r.Line.Target, r.Line.Method)));
            await db.SaveChangesAsync(cancellationToken);
            return new Result(rows.Count, batch, []);
        }

        /// <summary>
        /// A line already imported (same decision, same collective or person), and for an award given once per person
        /// (<see cref="AwardType.OncePerLifetime"/>) a person holding it twice: within the file, from an earlier import
        /// or by a decision of the system.
        /// </summary>
        private async Task<List<NomineeSpreadsheet.RowError>> RepeatsAsync(List<(PastAwardSpreadsheet.Line Line, AwardType AwardType, Unit? Unit)> rows,
            CancellationToken ct)
        {
            var errors = new List<NomineeSpreadsheet.RowError>();
            var columns = PastAwardSpreadsheet.Headers;
            var ids = rows.SelectMany(r => new[] { r.Line.CitizenId, r.Line.FormerCitizenId }).OfType<string>().Distinct().ToList();
            var keys = rows.Select(r => VietnameseText.Key(r.Line.Name)).Distinct().ToList();
            var imported = await db.PastAwards.AsNoTracking()
                .Where(a => (a.CitizenId != null && ids.Contains(a.CitizenId)) || (a.FormerCitizenId != null && ids.Contains(a.FormerCitizenId)) || keys.Contains(a.NameKey))
                .Select(a => new { a.AwardTypeId, a.Kind, a.DecisionNumber, a.IssuedOn, a.CitizenId, a.FormerCitizenId, a.Name, a.DateOfBirth })
                .ToListAsync(ct);
            var signed = await db.DecisionAwardees.AsNoTracking()
                .Where(a => a.Kind == NomineeKind.Individual && ((a.CitizenId != null && ids.Contains(a.CitizenId))
                    || (a.FormerCitizenId != null && ids.Contains(a.FormerCitizenId)) || keys.Contains(a.NameKey)))
                .Join(db.Decisions.Where(d => d.Status == DecisionStatus.Signed && d.RevokedAt == null), a => a.DecisionId, d => d.Id,
                    (a, d) => new { d.AwardTypeId, Number = d.Number!.Value, d.Symbol, IssuedOn = d.IssuedOn!.Value, a.CitizenId, a.FormerCitizenId, a.Name, a.DateOfBirth })
                .ToListAsync(ct);

            for (var i = 0; i < rows.Count; i++)
            {
                var (line, awardType, _) = rows[i];
                var person = new PersonKey(line.CitizenId, line.FormerCitizenId, line.Name, line.DateOfBirth);
                bool Same(NomineeKind kind, PersonKey other) => kind == line.Kind && (line.Kind == NomineeKind.Individual
                    ? person.Compare(other) == Likeness.Same
                    : PersonName.Exact(line.Name) == PersonName.Exact(other.Name));
                string? why = null;
                if (imported.FirstOrDefault(a => a.AwardTypeId == awardType.Id && a.DecisionNumber == line.DecisionNumber
                        && Same(a.Kind, new(a.CitizenId, a.FormerCitizenId, a.Name, a.DateOfBirth))) is not null)
                    why = $"'{line.Name}' theo Quyết định số {line.DecisionNumber} đã được nhập trước đó.";
                else if (rows.Take(i).FirstOrDefault(r => r.AwardType.Id == awardType.Id && (awardType.OncePerLifetime || r.Line.DecisionNumber == line.DecisionNumber)
                        && Same(r.Line.Kind, new(r.Line.CitizenId, r.Line.FormerCitizenId, r.Line.Name, r.Line.DateOfBirth))) is { Line: { } twin })
                    why = $"'{line.Name}' trùng với dòng {twin.Row} ({awardType.Name}); mỗi người chỉ được tặng một lần.";
                else if (awardType.OncePerLifetime && line.Kind == NomineeKind.Individual)
                {
                    if (imported.FirstOrDefault(a => a.AwardTypeId == awardType.Id && Same(a.Kind, new(a.CitizenId, a.FormerCitizenId, a.Name, a.DateOfBirth))) is { } earlier)
                        why = $"'{line.Name}' đã được tặng {awardType.Name} theo Quyết định số {earlier.DecisionNumber} ngày {VietnamTime.Date(earlier.IssuedOn)} (đã nhập trước đó); mỗi người chỉ được tặng một lần.";
                    else if (signed.FirstOrDefault(a => a.AwardTypeId == awardType.Id && Same(NomineeKind.Individual, new(a.CitizenId, a.FormerCitizenId, a.Name, a.DateOfBirth))) is { } decided)
                        why = $"'{line.Name}' đã được tặng {awardType.Name} theo Quyết định số {Decision.Format(decided.Number, decided.Symbol)} ngày {VietnamTime.Date(decided.IssuedOn)}; mỗi người chỉ được tặng một lần.";
                }
                if (why is not null) errors.Add(new(line.Row, columns[5], why));
            }
            return errors;
        }

        private static int IndexOf(string column) => PastAwardSpreadsheet.Headers.ToList().IndexOf(column);
    }
}
