using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>
/// Adds a day off, or a weekend day worked in exchange (ngày làm bù). Deadlines computed afterwards count it;
/// deadlines already set stay as they were announced.
/// </summary>
public static class AddHoliday
{
    public sealed record Command(DateOnly? Date, string? Name, bool IsMakeUpWorkingDay = false) : ICommand<Result>;

    public sealed record Result(int Id) : IAudited
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AwardsDbContext db)
        {
            RuleFor(c => c.Date).NotNull().WithMessage("Hãy chọn ngày.")
                .MustAsync(async (date, ct) => date is null || !await db.Holidays.AnyAsync(h => h.Date == date, ct))
                .WithMessage(c => $"Ngày {VietnamTime.Date(c.Date!.Value)} đã có trong lịch.");
            RuleFor(c => c.Date).Must(d => d!.Value.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                .When(c => c.IsMakeUpWorkingDay && c.Date is not null).WithMessage("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
            RuleFor(c => c.Name).NotEmpty().WithMessage("Hãy nhập tên ngày nghỉ (ví dụ: Tết Nguyên đán).")
                .MaximumLength(128).WithMessage("Tên dài tối đa 128 ký tự.");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CalendarProvider calendars, Compensations compensations)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var holiday = new Holiday { Date = request.Date!.Value, Name = request.Name!.Trim(), IsMakeUpWorkingDay = request.IsMakeUpWorkingDay };
            db.Holidays.Add(holiday);
            await db.SaveChangesAsync(cancellationToken);
            calendars.Invalidate();
            compensations.AfterCommit(calendars.Invalidate);
            return new Result(holiday.Id);
        }
    }
}
