using Graph.Core.Cypher;

namespace Graph.Api.CypherConsole;

/// <summary>What became of a console query: its (possibly capped) rows, or why there are none.</summary>
internal abstract record ConsoleOutcome
{
    /// <summary>The rows, at most the cap; <paramref name="TotalRows"/> is how many the query produced.</summary>
    public sealed record Rows(CypherResult Result, int TotalRows, TimeSpan Elapsed) : ConsoleOutcome
    {
        public bool Truncated => TotalRows > Result.Rows.Count;
    }

    /// <summary>The store refused the statement: a syntax or semantic error, or a write in this read-only console.</summary>
    public sealed record Refused(CypherException Error) : ConsoleOutcome;

    public sealed record TimedOut(TimeSpan Timeout) : ConsoleOutcome;

    public sealed record Busy(int MaxConcurrentQueries) : ConsoleOutcome;
}
