namespace Graph.Api;

/// <summary>The backends a Graph process can use (Graph:Store in configuration, --store on the command line).</summary>
public enum GraphStoreKind
{
    /// <summary>The in-process engine with its committed state in the data directory; no setup.</summary>
    Embedded,

    /// <summary>Neo4j 5 over its HTTP Query API (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).</summary>
    Neo4j,
}
