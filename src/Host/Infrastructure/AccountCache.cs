using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// What every request asks about its caller and what seldom changes: the security stamp a bearer token is checked
/// against, and the approvers the caller stands in for today. Read once per account and kept for <see cref="Lifetime"/>;
/// this process forgets everything as soon as an account, a role membership or a substitution is committed
/// (<see cref="AccountCacheInterceptor"/>), so on one host a locked account's token is refused at the next request.
/// Another host on the same database sees the change when its own copy expires, within <see cref="Lifetime"/>.
/// </summary>
public sealed class AccountCache
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

    /// <summary>Forgets everything: an account, a role membership or a substitution changed.</summary>
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
/// Clears the <see cref="AccountCache"/> when a save touches accounts, role memberships or substitutions: at once, and
/// again when the transaction around the save commits (a request reading in between saw the old rows).
/// </summary>
public sealed class AccountCacheInterceptor(AccountCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = new();

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
        var touches = context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is AppUser or IdentityUserRole<string> or IdentityRole or Substitution);
        if (!touches) return;
        cache.Clear();
        _pending.AddOrUpdate(context, this);
    }

    private void Saved(DbContext? context)
    {
        if (context is null || context.Database.CurrentTransaction is not null) return;
        Committed(context);
    }

    private void Committed(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out _)) return;
        _pending.Remove(context);
        cache.Clear();
    }
}
