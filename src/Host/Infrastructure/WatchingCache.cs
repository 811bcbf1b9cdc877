using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// Rows that seldom change and that requests keep asking for, read once and kept for <see cref="Lifetime"/>. This process
/// forgets a cache's entries as soon as a save that touches what the cache <see cref="Watches"/> is committed
/// (<see cref="CommittedChangesInterceptor"/>); another host on the same database sees the change when its own copy
/// expires, within <see cref="Lifetime"/>. Entries are shared by every request: they are read without tracking and
/// never changed.
/// </summary>
public abstract class WatchingCache
{
    /// <summary>How long another host may go on with what it read before a change made elsewhere.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>The value under <paramref name="key"/>, read by <paramref name="read"/> when missing or expired.</summary>
    public T Get<T>(string key, Func<T> read)
    {
        if (TryGet(key, out T? cached)) return cached!;
        var generation = Volatile.Read(ref _generation);
        var value = read();
        Store(key, value, generation);
        return value;
    }

    /// <inheritdoc cref="Get{T}"/>
    public async Task<T> GetAsync<T>(string key, Func<Task<T>> read)
    {
        if (TryGet(key, out T? cached)) return cached!;
        var generation = Volatile.Read(ref _generation);
        var value = await read();
        Store(key, value, generation);
        return value;
    }

    /// <summary>Whether a change to <paramref name="entity"/> makes what this cache holds obsolete.</summary>
    public abstract bool Watches(object entity);

    /// <summary>Forgets everything: something it <see cref="Watches"/> changed.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    private bool TryGet<T>(string key, out T? value)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.ExpiresAt > Environment.TickCount64 && entry.Value is T typed)
        {
            value = typed;
            return true;
        }
        value = default;
        return false;
    }

    private void Store<T>(string key, T value, long generation)
    {
        // A read that began before a change must not put back what the change made obsolete.
        if (Volatile.Read(ref _generation) != generation) return;
        _entries[key] = new Entry(value, Environment.TickCount64 + (long)Lifetime.TotalMilliseconds);
        if (Volatile.Read(ref _generation) != generation) _entries.TryRemove(key, out _);
    }

    private sealed record Entry(object? Value, long ExpiresAt);
}

/// <summary>
/// What every request asks about accounts: the security stamp a bearer token is checked against, the approvers the
/// caller stands in for today, and who receives a step's mail (a role's holders in a unit, today's deputies:
/// <see cref="Workflow.Notifier"/>). On one host a locked account's token is refused at the next request.
/// </summary>
public sealed class AccountCache : WatchingCache
{
    public override bool Watches(object entity) => entity is AppUser or IdentityUserRole<string> or IdentityRole or Substitution;
}

/// <summary>An award type's criteria (its nominee groups and eligibility rules), which every reviewer's approval runs again.</summary>
public sealed class CriteriaCache : WatchingCache
{
    public override bool Watches(object entity) => entity is NomineeGroup or EligibilityRule;
}

/// <summary>
/// Clears each <see cref="WatchingCache"/> when a save touches what it watches: at once, and again when the transaction
/// around the save commits (a request reading in between saw the old rows).
/// </summary>
public sealed class CommittedChangesInterceptor(IEnumerable<WatchingCache> caches) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly WatchingCache[] _caches = [.. caches];
    private readonly ConditionalWeakTable<DbContext, List<WatchingCache>> _pending = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null) return;
        var changed = context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity).ToList();
        if (changed.Count == 0) return;
        foreach (var cache in _caches.Where(c => changed.Any(c.Watches)))
        {
            cache.Clear();
            var pending = _pending.GetOrCreateValue(context);
            if (!pending.Contains(cache)) pending.Add(cache);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || context.Database.CurrentTransaction is not null) return;
        Committed(context);
    }

    private void Committed(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending)) return;
        _pending.Remove(context);
        foreach (var cache in pending) cache.Clear();
    }
}
