using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>
/// A query of a hot path compiled by EF (<see cref="EF.CompileAsyncQuery{TContext,TParam1,TResult}(System.Linq.Expressions.Expression{Func{TContext,TParam1,CancellationToken,TResult}})"/>):
/// translated once, it skips what EF does again at every call of a LINQ query (building the expression, evaluating its
/// closures, looking its translation up in the cache). EF binds a compiled query to the model of the first context
/// that runs it, and SQLite and PostgreSQL contexts have models of their own (the tests run both in one process): one
/// is compiled per model.
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    // Looked up first without the factory: the lambda would be a new delegate at every call of a hot path.
    public TQuery For(DbContext db) => _byModel.TryGetValue(db.Model, out var query) ? query : _byModel.GetValue(db.Model, _ => compile());
}
