using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Persistence;

public sealed class WalSyncTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"walsync-{Guid.NewGuid():N}.db-wal");

    public WalSyncTests() => File.WriteAllBytes(_file, [1, 2, 3]);

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task Commits_made_before_a_sync_share_it()
    {
        var wal = new WalSync(_file);
        wal.Committed();
        wal.Committed();
        var third = wal.Committed();

        await wal.WaitAsync(third);
        await wal.WaitAsync(1);

        Assert.Equal(1, wal.Syncs);
    }

    [Fact]
    public async Task A_commit_after_the_last_sync_waits_for_one_of_its_own()
    {
        var wal = new WalSync(_file);
        await wal.WaitAsync(wal.Committed());

        var next = wal.Committed();
        wal.Wait(next);

        Assert.Equal(2, wal.Syncs);
    }

    [Fact]
    public async Task Writers_waiting_together_for_commits_made_before_them_share_one_sync()
    {
        var wal = new WalSync(_file);
        var commits = Enumerable.Range(0, 64).Select(_ => wal.Committed()).ToList();

        await Task.WhenAll(commits.Select(c => Task.Run(async () => await wal.WaitAsync(c))));

        Assert.Equal(1, wal.Syncs);
    }

    [Fact]
    public async Task No_wal_file_means_nothing_is_left_to_sync()
    {
        // The last connection closed: SQLite checkpointed the WAL into the database, synced it and removed the file.
        var wal = new WalSync(_file + "-gone");

        await wal.WaitAsync(wal.Committed());

        Assert.Equal(1, wal.Syncs);
    }
}
