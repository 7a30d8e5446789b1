using System.CommandLine;
using Graph.Api;

namespace Graph.Cli.Commands;

/// <summary>Options several commands share, so they read and default the same everywhere.</summary>
internal static class CommonOptions
{
    public const string DefaultDataDirectory = "./data";

    public static Option<string> Data() => new("--data")
    {
        Description = "Data directory of the embedded graph store.",
        DefaultValueFactory = _ => DefaultDataDirectory,
    };

    public static Option<GraphStoreKind> Store() => new("--store")
    {
        Description = "Where the graph lives: embedded (in --data) or neo4j (at NEO4J_URI, with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).",
        DefaultValueFactory = _ => GraphStoreKind.Embedded,
    };

    public static Option<FileInfo?> Vocabulary() => new("--vocabulary")
    {
        Description = "Vocabulary YAML (people, tools, shows, theses and their aliases). Default: vocabulary.yaml in the wiki folder or its parent.",
    };
}
