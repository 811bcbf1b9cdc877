using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Nominations;

public static class ListNominations
{
    /// <summary><c>Search</c> finds a nominee or the nominating unit by name, with or without diacritics.</summary>
    public sealed record Query(string? Status, string? AwardTypeCode, int? UnitId, int Page = 1, int PageSize = 20, string? Search = null)
        : IRequest<Result>;

    public sealed record Result(IReadOnlyList<Item> Items, int Total, int Page, int PageSize);

    /// <summary><c>NomineeCount</c> counts the nominees not struck out, <c>PostponedCount</c> those of them postponed (tạm hoãn).</summary>
    public sealed record Item(int Id, string UnitName, string AwardType, NominationStatus Status, string? SubmissionNumber,
        int NomineeCount, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, int PostponedCount);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).Must(s => s is null || Enum.TryParse<NominationStatus>(s, ignoreCase: true, out _))
                .WithMessage(q => $"Trạng thái '{q.Status}' không hợp lệ. Dùng một trong: {string.Join(", ", Enum.GetNames<NominationStatus>().Select(JsonName))}.");
            this.AddPaging(q => q.Page, q => q.PageSize);
            RuleFor(q => q.Search).MaximumLength(100).WithMessage("Từ khóa tìm kiếm dài quá 100 ký tự.");
        }

        private static string JsonName(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result>
    {
        /// <summary>Up to this many dossiers found, their ids are read once and the count and the page are read by them.</summary>
        private const int IdsReadOnce = 5000;

        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var query = access.VisibleNominations().AsNoTracking();
            if (request.Status is not null)
            {
                var status = Enum.Parse<NominationStatus>(request.Status, ignoreCase: true);
                query = query.Where(n => n.Status == status);
            }
            if (!string.IsNullOrWhiteSpace(request.AwardTypeCode))
                query = query.Where(n => n.AwardType!.Code == request.AwardTypeCode);
            if (request.UnitId is int unitId)
                query = query.Where(n => n.UnitId == unitId);
            if (VietnameseText.Key(request.Search) is { Length: > 0 } key)
            {
                // One set of ids, the union of two each read through its own index (the units' dossiers, the named
                // nominees' dossiers): an OR of the two in the filter makes PostgreSQL read every dossier to test it.
                var units = db.Units.Where(u => u.SearchKey.Contains(key)).Select(u => u.Id);
                var found = db.Nominations.Where(n => units.Contains(n.UnitId)).Select(n => n.Id).Union(NameSearch.NominationsNamed(db, key));
                // Searched once, not again for the count and again for the page: a name usually finds a few hundred
                // dossiers; a key too common for that (a family name alone) is searched by the query itself.
                var ids = await found.Take(IdsReadOnce + 1).ToListAsync(cancellationToken);
                query = ids.Count <= IdsReadOnce ? query.Where(n => ids.Contains(n.Id)) : query.Where(n => found.Contains(n.Id));
            }

            var total = await query.CountAsync(cancellationToken);
            var items = await query
                .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
                .PageOf(request.Page, request.PageSize)
                .Select(n => new Item(n.Id, n.Unit!.Name, n.AwardType!.Name, n.Status, n.SubmissionNumber,
                    n.Nominees.Count(m => !m.IsStruck), n.CreatedAt, n.SubmittedAt, n.Nominees.Count(m => !m.IsStruck && m.IsPostponed)))
                .ToListAsync(cancellationToken);
            return new Result(items, total, request.Page, request.PageSize);
        }
    }
}
