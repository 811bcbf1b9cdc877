using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Tasks;

public static class ListMyTasks
{
    public const string ByDeadline = "han";
    public const string ByWaiting = "cho";
    public const string ByUnit = "donvi";

    /// <summary>The API inbox's page size when the caller names none.</summary>
    public const int DefaultApiPageSize = 50;

    /// <summary>The largest page of the API inbox.</summary>
    public const int MaxApiPageSize = 200;

    /// <summary>
    /// One page of the caller's open tasks (the API's inbox), nearest deadline first, tasks without a deadline last,
    /// ties broken by the task's id so that pages neither repeat nor skip a task.
    /// </summary>
    public sealed record Query(int Page = 1, int PageSize = DefaultApiPageSize) : IRequest<TaskPage>;

    /// <summary>A page of the API inbox and how many open tasks the caller has in all.</summary>
    public sealed record TaskPage(IReadOnlyList<Item> Items, int Total, int Page, int PageSize)
    {
        public bool HasNext => PagingRules.HasNext(Page, PageSize, Total);
    }

    /// <summary>One page of the caller's inbox, filtered by award type code and step name, sorted by <see cref="ByDeadline"/>,
    /// <see cref="ByWaiting"/> or <see cref="ByUnit"/>.</summary>
    public sealed record Inbox(string? AwardTypeCode = null, string? StepName = null, string? Sort = null, int Page = 1, int PageSize = 20)
        : IRequest<InboxPage>;

    public sealed record Item(Guid Id, int NominationId, string StepId, string StepName, DateTimeOffset? DueAt, DateTimeOffset OpenedAt,
        string UnitName, string AwardType, int NomineeCount);

    /// <summary>A task with how it reads to a person: "3 ngày" waited, "còn 2 ngày làm việc".</summary>
    public sealed record Row(Item Task, string Waited, string Deadline, Deadlines.Urgency Urgency);

    public sealed record Option(string Code, string Name);

    public sealed record InboxPage(IReadOnlyList<Row> Rows, int Total, IReadOnlyList<Option> AwardTypes, IReadOnlyList<string> StepNames);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => this.AddPaging(q => q.Page, q => q.PageSize, MaxApiPageSize);
    }

    internal sealed class InboxValidator : AbstractValidator<Inbox>
    {
        public InboxValidator() => this.AddPaging(q => q.Page, q => q.PageSize);
    }

    internal sealed class Handler(Access access) : IRequestHandler<Query, TaskPage>
    {
        public async Task<TaskPage> Handle(Query request, CancellationToken cancellationToken)
        {
            var mine = access.MyOpenTasks().AsNoTracking();
            // One statement: the total rides on every row as a scalar sub-query the database evaluates once.
            var rows = await Project(mine.OrderBy(w => w.DueAt == null).ThenBy(w => w.DueAt).ThenBy(w => w.Id)
                    .PageOf(request.Page, request.PageSize))
                .Select(item => new { Item = item, Total = mine.Count() })
                .ToListAsync(cancellationToken);
            // Past the last page there is no row to carry the total: only then is it counted apart.
            var total = rows.Count > 0 ? rows[0].Total : request.Page == 1 ? 0 : await mine.CountAsync(cancellationToken);
            return new TaskPage([.. rows.Select(r => r.Item)], total, request.Page, request.PageSize);
        }
    }

    internal sealed class InboxHandler(AwardsDbContext db, Access access, CalendarProvider calendars, TimeProvider clock)
        : IRequestHandler<Inbox, InboxPage>
    {
        public async Task<InboxPage> Handle(Inbox request, CancellationToken cancellationToken)
        {
            var mine = access.MyOpenTasks().AsNoTracking();
            var awardTypes = (await mine.Select(w => new { w.Nomination!.AwardType!.Code, w.Nomination.AwardType.Name }).Distinct()
                .ToListAsync(cancellationToken)).OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => new Option(o.Code, o.Name)).ToList();
            var stepNames = await mine.Select(w => w.Name).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);

            var filtered = mine;
            if (!string.IsNullOrWhiteSpace(request.AwardTypeCode))
                filtered = filtered.Where(w => w.Nomination!.AwardType!.Code == request.AwardTypeCode);
            if (!string.IsNullOrWhiteSpace(request.StepName))
                filtered = filtered.Where(w => w.Name == request.StepName);
            var total = await filtered.CountAsync(cancellationToken);
            var sorted = request.Sort switch
            {
                ByDeadline => filtered.OrderBy(w => w.DueAt == null).ThenBy(w => w.DueAt).ThenBy(w => w.OpenedAt),
                ByUnit => filtered.OrderBy(w => w.Nomination!.Unit!.Name).ThenBy(w => w.OpenedAt),
                _ => filtered.OrderBy(w => w.OpenedAt),
            };
            var items = await Project(sorted.ThenBy(w => w.NominationId).Skip((request.Page - 1) * request.PageSize).Take(request.PageSize))
                .ToListAsync(cancellationToken);

            var calendar = await calendars.GetAsync(db, cancellationToken);
            var now = clock.GetUtcNow();
            var rows = items.Select(t =>
            {
                var (deadline, urgency) = Deadlines.Describe(t.DueAt, now, calendar);
                return new Row(t, Deadlines.Waited(t.OpenedAt, now), deadline, urgency);
            }).ToList();
            return new InboxPage(rows, total, awardTypes, stepNames);
        }
    }

    private static IQueryable<Item> Project(IQueryable<WorkItem> tasks) =>
        tasks.Select(w => new Item(w.Id, w.NominationId, w.ElementId, w.Name, w.DueAt, w.OpenedAt,
            w.Nomination!.Unit!.Name, w.Nomination.AwardType!.Name, w.Nomination.Nominees.Count(n => !n.IsStruck)));
}
