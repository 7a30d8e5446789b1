namespace Graph.Testing;

/// <summary>Locates the repository (the folder holding Graph.sln) and ../shared beside it, from any test's bin folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleWiki => Path.Combine(Root, "samples", "wiki");

    public static string SampleVocabulary => Path.Combine(Root, "samples", "vocabulary.yaml");

    public static string CypherQueries => Path.Combine(Root, "cypher", "queries");

    /// <summary>../shared (corpus, TCK); null when CI or a developer has not put it beside the repo.</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>A fresh empty folder under the temp directory, for a data directory or a scratch wiki.</summary>
    public static string NewTempDirectory(string prefix = "graph-test")
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"Graph.sln not found above {AppContext.BaseDirectory}.");
    }
}
