using FluentValidation;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// The one paging rule of the lists (pages and API): page numbers from 1, a page size from 1 to a maximum the list
/// chooses (100 unless it says otherwise), the sentences a person reads when a value is out of range.
/// </summary>
internal static class PagingRules
{
    /// <summary>The largest page a list serves unless it names its own maximum.</summary>
    public const int DefaultMaxPageSize = 100;

    public static void AddPaging<T>(this AbstractValidator<T> validator, Func<T, int> page, Func<T, int> pageSize, int maxPageSize = DefaultMaxPageSize)
    {
        validator.RuleFor(q => page(q)).GreaterThanOrEqualTo(1).OverridePropertyName("page").WithMessage("Số trang phải từ 1 trở lên.");
        validator.RuleFor(q => pageSize(q)).InclusiveBetween(1, maxPageSize).OverridePropertyName("pageSize")
            .WithMessage($"Số dòng mỗi trang phải từ 1 đến {maxPageSize}.");
    }

    public static IEnumerable<T> PageOf<T>(this IEnumerable<T> items, int page, int pageSize) => items.Skip((page - 1) * pageSize).Take(pageSize);

    public static IQueryable<T> PageOf<T>(this IQueryable<T> items, int page, int pageSize) => items.Skip((page - 1) * pageSize).Take(pageSize);

    /// <summary>Whether a page after this one has something on it.</summary>
    public static bool HasNext(int page, int pageSize, int total) => (long)page * pageSize < total;
}
