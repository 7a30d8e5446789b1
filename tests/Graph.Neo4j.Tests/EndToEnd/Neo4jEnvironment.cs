namespace Graph.Neo4j.Tests.EndToEnd;

/// <summary>Tests that set the NEO4J_* variables run one at a time, apart from all others.</summary>
[CollectionDefinition(nameof(Neo4jEnvironment), DisableParallelization = true)]
public sealed class Neo4jEnvironment
{
    public static readonly string[] Names = ["NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "NEO4J_AUTH"];
}
