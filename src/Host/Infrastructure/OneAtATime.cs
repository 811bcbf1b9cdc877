using System.Collections.Concurrent;
using MediatR;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// A command that two people may send for the same thing at once: two reviewers sharing a role taking one task, a double
/// click. Within this process the second waits for the first to end, then finds what it left (the task done: a 409 at its
/// first read), instead of running the whole step beside it, failing at its save and running again in SQLite's writer's
/// turn. The database still decides between processes (the instance's revision, the row locks of PostgreSQL).
/// </summary>
public interface IOneAtATime
{
    /// <summary>What the command acts on; commands with the same key run one after the other.</summary>
    string OneAtATimeKey { get; }
}

/// <summary>Runs <see cref="IOneAtATime"/> commands of one key one after the other, around their transaction.</summary>
public sealed class OneAtATimeBehavior<TRequest, TResponse>(KeyedTurns turns) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IOneAtATime one) return await next();
        using var turn = await turns.EnterAsync(one.OneAtATimeKey, cancellationToken);
        return await next();
    }
}

/// <summary>One queue per key, kept only while someone holds or waits for it.</summary>
public sealed class KeyedTurns
{
    private readonly ConcurrentDictionary<string, Queue> _queues = new(StringComparer.Ordinal);

    /// <summary>How many keys are held now (for tests and metrics): a key nobody holds is forgotten.</summary>
    public int Held => _queues.Count;

    public async ValueTask<IDisposable> EnterAsync(string key, CancellationToken ct)
    {
        var queue = Join(key);
        try
        {
            await queue.Semaphore.WaitAsync(ct);
        }
        catch
        {
            Leave(key, queue);
            throw;
        }
        return new Turn(this, key, queue);
    }

    private Queue Join(string key)
    {
        while (true)
        {
            var queue = _queues.GetOrAdd(key, _ => new Queue());
            lock (queue)
            {
                // A queue already forgotten by its last holder is replaced by a fresh one.
                if (queue.Members < 0) continue;
                queue.Members++;
                return queue;
            }
        }
    }

    private void Leave(string key, Queue queue)
    {
        lock (queue)
        {
            if (--queue.Members > 0) return;
            queue.Members = -1;
            _queues.TryRemove(new KeyValuePair<string, Queue>(key, queue));
        }
    }

    private sealed class Queue
    {
        public readonly SemaphoreSlim Semaphore = new(1, 1);
        public int Members;
    }

    private sealed class Turn(KeyedTurns owner, string key, Queue queue) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            queue.Semaphore.Release();
            owner.Leave(key, queue);
        }
    }
}

/// <summary>The keys commands share: acting on one task (complete, claim, release, postpone) is one queue.</summary>
public static class OneAtATimeKeys
{
    public static string Task(Guid taskId) => $"task:{taskId:N}";
}
