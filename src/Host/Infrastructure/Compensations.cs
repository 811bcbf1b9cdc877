namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// Undo steps for what a command did outside the database (a file written): run when its transaction does not
/// commit, so that nothing is left half-written. Steps that must wait for the commit (dropping a cache that
/// another request could otherwise refill with the old data) run once it has committed.
/// </summary>
public sealed class Compensations
{
    private readonly List<Action> _undo = [];
    private readonly List<Action> _afterCommit = [];

    public void OnRollback(Action undo) => _undo.Add(undo);

    public void AfterCommit(Action done) => _afterCommit.Add(done);

    internal void RunAll()
    {
        for (var i = _undo.Count - 1; i >= 0; i--) _undo[i]();
        _undo.Clear();
        _afterCommit.Clear();
    }

    internal void Committed()
    {
        _undo.Clear();
        foreach (var done in _afterCommit) done();
        _afterCommit.Clear();
    }
}
