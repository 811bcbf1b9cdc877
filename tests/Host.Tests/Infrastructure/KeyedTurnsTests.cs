using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Tests.Infrastructure;

public class KeyedTurnsTests
{
    [Fact]
    public async Task A_second_command_for_the_same_key_waits_until_the_first_ends()
    {
        var turns = new KeyedTurns();
        var first = await turns.EnterAsync("task:1", CancellationToken.None);
        var second = turns.EnterAsync("task:1", CancellationToken.None).AsTask();

        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        Assert.Equal(0, turns.Held);
    }

    [Fact]
    public async Task Commands_for_different_keys_do_not_wait_for_each_other()
    {
        var turns = new KeyedTurns();
        using var first = await turns.EnterAsync("task:1", CancellationToken.None);
        using var other = await turns.EnterAsync("task:2", CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, turns.Held);
    }

    [Fact]
    public async Task A_waiter_that_gives_up_leaves_the_queue_to_the_others()
    {
        var turns = new KeyedTurns();
        var first = await turns.EnterAsync("task:1", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var gaveUp = turns.EnterAsync("task:1", cancel.Token).AsTask();
        var next = turns.EnterAsync("task:1", CancellationToken.None).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gaveUp);
        first.Dispose();
        (await next.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        Assert.Equal(0, turns.Held);
    }

    [Fact]
    public async Task Many_commands_for_one_key_run_one_at_a_time_and_leave_nothing_behind()
    {
        var turns = new KeyedTurns();
        var inside = 0;
        var most = 0;
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            using var turn = await turns.EnterAsync($"task:{i % 3}", CancellationToken.None);
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref most, now);
            await Task.Yield();
            Interlocked.Decrement(ref inside);
        })));

        Assert.InRange(most, 1, 3);
        Assert.Equal(0, turns.Held);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
