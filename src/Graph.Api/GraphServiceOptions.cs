namespace Graph.Api;

/// <summary>How the service finds its data; bound from the "Graph" configuration section (e.g. Graph:DataDirectory).</summary>
public sealed class GraphServiceOptions
{
    public const string Section = "Graph";

    /// <summary>Which backend holds the graph; Neo4j is configured by the "Neo4j" section over the NEO4J_* variables.</summary>
    public GraphStoreKind Store { get; set; } = GraphStoreKind.Embedded;

    /// <summary>Where the embedded store keeps its committed state.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>
    /// Where LOAD CSV reads file:/// URLs on the embedded store; null is <c>import</c> inside <see cref="DataDirectory"/>.
    /// Neo4j reads them from its own import directory (server.directories.import).
    /// </summary>
    public string? ImportDirectory { get; set; }

    /// <summary>A wiki folder to import before serving; null serves what the store already holds.</summary>
    public string? ImportWiki { get; set; }

    /// <summary>A vocabulary file for the import; null discovers vocabulary.yaml beside the wiki.</summary>
    public string? Vocabulary { get; set; }

    /// <summary>Keep importing <see cref="ImportWiki"/> while serving: a changed, added or deleted page (or vocabulary) is imported again.</summary>
    public bool WatchWiki { get; set; }

    /// <summary>How long the wiki must stay unchanged before a watched change is imported (editors save in several steps).</summary>
    public TimeSpan WatchQuietPeriod { get; set; } = TimeSpan.FromMilliseconds(500);
}
