namespace Graph.Api.Data;

/// <summary>
/// The rows one GraphQL request may still read from the store, all its statements together. The queries are singletons
/// shared with the explorer, so the budget travels with the request's async flow (resolvers and batch loaders run
/// in it); outside a GraphQL request there is none and nothing is counted.
/// </summary>
internal sealed class RowBudget
{
    private static readonly AsyncLocal<RowBudget?> InFlow = new();

    private readonly int _limit;
    private int _read;

    private RowBudget(int limit) => _limit = limit;

    public static RowBudget? Current => InFlow.Value;

    /// <summary>Gives the calling async method, and whatever it awaits, a budget of <paramref name="limit"/> rows.</summary>
    public static void Start(int limit) => InFlow.Value = new RowBudget(limit);

    /// <summary>Before a statement: once the budget is spent, nothing more is read.</summary>
    public void EnsureLeft()
    {
        var read = Volatile.Read(ref _read);
        if (read > _limit)
        {
            throw new RowBudgetExceededException(read, _limit);
        }
    }

    /// <summary>Whether <paramref name="rows"/> more would stay within the budget (nothing is spent).</summary>
    public bool Allows(int rows) => Volatile.Read(ref _read) + (long)rows <= _limit;

    /// <summary>After a statement: its rows count, and a request over the budget stops here.</summary>
    public void Spend(int rows)
    {
        var read = Interlocked.Add(ref _read, rows);
        if (read > _limit)
        {
            throw new RowBudgetExceededException(read, _limit);
        }
    }
}

internal sealed class RowBudgetExceededException(int read, int limit)
    : Exception($"The request read {read} rows from the graph; the limit is {limit} a request.");
