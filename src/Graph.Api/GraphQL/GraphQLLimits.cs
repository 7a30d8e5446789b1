namespace Graph.Api.GraphQL;

/// <summary>
/// Bounds on what one GraphQL request may ask for, bound from the "Graph:Limits" configuration section
/// (e.g. Graph__Limits__MaxPageSize=50). Over a bound the request gets a GraphQL error, never a 500 or a hang.
/// </summary>
public sealed class GraphQLLimits
{
    public const string Section = "Graph:Limits";

    /// <summary>Deepest selection nesting (introspection fields do not count).</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Highest estimated cost: each field counts 1, multiplied by the page size (first) of the lists above it, 5 when unknown.</summary>
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>Most items a connection returns in one page (first).</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Items per page when first is not given.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>A request still running after this is stopped and answered with a timeout error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest path(maxHops) allowed.</summary>
    public int MaxPathHops { get; set; } = 6;

    /// <summary>Deepest neighborhood(depth) and related(depth) allowed.</summary>
    public int MaxTraversalDepth { get; set; } = 3;

    /// <summary>Most nodes neighborhood(limit) and search(first) return.</summary>
    public int MaxNodes { get; set; } = 500;
}
