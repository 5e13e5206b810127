using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace TaskforceManager.App.Features.Lists;

/// <summary>Which page of a list to show and how to order it. Page numbers start at 1, as in the URL.</summary>
public sealed record ListPaging(int Page = 1, int Size = ListPaging.DefaultSize, string? Sort = null, bool Descending = false)
{
    public const int DefaultSize = 25;
    public const int MaxSize = 100;

    public static IReadOnlyList<int> SizeOptions { get; } = [10, 25, 50, 100];

    public int SafePage => Math.Max(Page, 1);

    public int SafeSize => Math.Clamp(Size, 1, MaxSize);

    public int Skip => (SafePage - 1) * SafeSize;
}

/// <summary>One page of rows and how many rows match in all.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total);

public static class ListQueries
{
    /// <summary>Counts the matching rows and fetches one page of them, both in the database.</summary>
    public static async Task<ListPage<TRow>> PageAsync<T, TRow>(
        this IOrderedQueryable<T> ordered, IQueryable<T> filtered, ListPaging paging, Expression<Func<T, TRow>> projection, CancellationToken ct)
    {
        var total = await filtered.CountAsync(ct);
        var items = await ordered.Skip(paging.Skip).Take(paging.SafeSize).Select(projection).ToListAsync(ct);
        return new ListPage<TRow>(items, total);
    }

    /// <summary>Orders by <paramref name="key"/>, ascending or descending.</summary>
    public static IOrderedQueryable<T> OrderBy<T, TKey>(this IQueryable<T> query, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.OrderByDescending(key) : query.OrderBy(key);

    public static IOrderedQueryable<T> ThenBy<T, TKey>(this IOrderedQueryable<T> query, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.ThenByDescending(key) : query.ThenBy(key);

    /// <summary>A LIKE pattern that finds <paramref name="text"/> anywhere, with its own wildcards taken literally.</summary>
    public static string Contains(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    public const string LikeEscape = "\\";
}
