namespace Graph.Api.GraphQL;

/// <summary>
/// The response cache, bound from the "Graph:ResponseCache" configuration section
/// (e.g. Graph__ResponseCache__Enabled=false). It only ever serves the embedded store: see <see cref="GraphQLResponseCache"/>.
/// </summary>
public sealed class GraphQLResponseCacheOptions
{
    public const string Section = "Graph:ResponseCache";

    public bool Enabled { get; set; } = true;

    /// <summary>Most bytes of responses (and their request texts) kept for one version of the graph; past it, new responses are not kept.</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;
}
