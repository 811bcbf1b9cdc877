using FluentValidation;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>One page of a list and how many there are in all.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

internal static class PagingRules
{
    public static void AddPaging<T>(this AbstractValidator<T> validator, Func<T, int> page, Func<T, int> pageSize)
    {
        validator.RuleFor(q => page(q)).GreaterThanOrEqualTo(1).OverridePropertyName("page").WithMessage("Số trang phải từ 1 trở lên.");
        validator.RuleFor(q => pageSize(q)).InclusiveBetween(1, 100).OverridePropertyName("pageSize").WithMessage("Số dòng mỗi trang phải từ 1 đến 100.");
    }

    public static IEnumerable<T> PageOf<T>(this IEnumerable<T> items, int page, int pageSize) => items.Skip((page - 1) * pageSize).Take(pageSize);

    public static IQueryable<T> PageOf<T>(this IQueryable<T> items, int page, int pageSize) => items.Skip((page - 1) * pageSize).Take(pageSize);
}
