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

    /// <summary>
    /// The deadline of a whole request (reading the document, parsing, validating, executing): past it the request is
    /// stopped and answered with a timeout error. Stopping the service or the client going away ends it sooner.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest path(maxHops) allowed.</summary>
    public int MaxPathHops { get; set; } = 6;

    /// <summary>Deepest neighborhood(depth) and related(depth) allowed.</summary>
    public int MaxTraversalDepth { get; set; } = 3;

    /// <summary>Most nodes neighborhood(limit) and search(first) return.</summary>
    public int MaxNodes { get; set; } = 500;

    /// <summary>Largest POST body, in bytes (the document, variables and extensions as JSON), that is read at all.</summary>
    public long MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Longest document, in characters, that is parsed at all.</summary>
    public int MaxDocumentLength { get; set; } = 32_000;

    /// <summary>Most tokens (names, punctuation, values; comments not counted) in a document, checked before parsing.</summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>Most field selections in a document with its fragment spreads expanded, checked before validation.</summary>
    public int MaxFieldSelections { get; set; } = 1_000;

    /// <summary>Most rows one request may read from the graph store, all its statements together.</summary>
    public int MaxRowsPerRequest { get; set; } = 50_000;

    /// <summary>Requests to /graphql running at once; more wait in the queue.</summary>
    public int MaxConcurrentRequests { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>Requests waiting for a turn; past this a request is answered 429 with Retry-After.</summary>
    public int MaxQueuedRequests { get; set; } = 64;

    /// <summary>A request whose estimated cost is over this is heavy: it waits for one of the heavy requests' turns.</summary>
    public int HeavyRequestCost { get; set; } = 10_000;

    /// <summary>After a heavy request, its turn rests this many times as long as the request ran before the next heavy one may take it.</summary>
    public double HeavyRestRatio { get; set; } = 1.0;

    /// <summary>Heavy requests executing at once (half the cores), so that they cannot take every core from light ones.</summary>
    public int MaxConcurrentHeavyRequests { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);
}
