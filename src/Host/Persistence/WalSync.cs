using System.Diagnostics;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>
/// Group commit for one SQLite database file in WAL mode. The gate's writers commit with <c>synchronous=NORMAL</c>: SQLite
/// writes the transaction's frames to the WAL and ends it without waiting for the disk, so the writer's turn ends as soon as
/// its frames are written. Before the writer hears that its commit is done, the WAL is synced here, once for every writer
/// that committed meanwhile: the disk's wait leaves the turn, and the steps committed while one sync runs share the next.
/// A commit answered is on disk, as with <c>synchronous=FULL</c>.
/// </summary>
internal sealed class WalSync(string walFile)
{
    private readonly SemaphoreSlim _syncing = new(1, 1);
    private long _committed;
    private long _synced;

    /// <summary>Counts a commit whose frames are written; the sync that covers it must start after this.</summary>
    public long Committed() => Interlocked.Increment(ref _committed);

    /// <summary>How many syncs reached the disk: fewer than the commits when several shared one.</summary>
    public long Syncs { get; private set; }

    public async ValueTask WaitAsync(long commit)
    {
        while (Volatile.Read(ref _synced) < commit)
        {
            await _syncing.WaitAsync();
            SyncUnlessCovered(commit);
        }
    }

    public void Wait(long commit)
    {
        while (Volatile.Read(ref _synced) < commit)
        {
            _syncing.Wait();
            SyncUnlessCovered(commit);
        }
    }

    /// <summary>Called holding the sync's semaphore, which it gives back: the sync that ran meanwhile may have covered the commit.</summary>
    private void SyncUnlessCovered(long commit)
    {
        try
        {
            if (Volatile.Read(ref _synced) < commit) SyncNow();
        }
        finally
        {
            _syncing.Release();
        }
    }

    /// <summary>
    /// Every commit counted before this point has its frames in the file, and fsync takes the file's pages whoever wrote
    /// them. The WAL holds no lock of SQLite's (those are in the -shm file and the database file), so opening and closing
    /// it here releases none.
    /// </summary>
    private void SyncNow()
    {
        var upTo = Volatile.Read(ref _committed);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var handle = File.OpenHandle(walFile, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            RandomAccess.FlushToDisk(handle);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // No WAL: the last connection closed, and SQLite checkpointed, synced and removed it.
        }
        DatabaseMetrics.WalSync.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        DatabaseMetrics.CommitsPerWalSync.Record(upTo - Volatile.Read(ref _synced));
        Syncs++;
        Volatile.Write(ref _synced, upTo);
    }
}
