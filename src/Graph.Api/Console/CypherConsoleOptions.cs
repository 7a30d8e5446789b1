namespace Graph.Api.CypherConsole;

/// <summary>Bounds on the Cypher console, so a heavy query cannot hang the service; bound from "Graph:Console".</summary>
public sealed class CypherConsoleOptions
{
    public const string Section = "Graph:Console";

    /// <summary>A query still running after this is answered with a timeout error and cancelled.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Rows beyond this are dropped from the answer, which says how many there were.</summary>
    public int MaxRows { get; set; } = 1000;

    /// <summary>Console queries running at once; one more is refused as busy rather than queued.</summary>
    public int MaxConcurrentQueries { get; set; } = 2;
}
