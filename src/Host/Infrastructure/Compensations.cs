namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// Undo steps for what a command did outside the database (a file written): run when its transaction does not
/// commit, so that nothing is left half-written.
/// </summary>
public sealed class Compensations
{
    private readonly List<Action> _undo = [];

    public void OnRollback(Action undo) => _undo.Add(undo);

    internal void RunAll()
    {
        for (var i = _undo.Count - 1; i >= 0; i--) _undo[i]();
        _undo.Clear();
    }

    internal void Forget() => _undo.Clear();
}
