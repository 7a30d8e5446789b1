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

    /// <summary>
    /// Waits (up to 30 s) until no store holds the data directory open. A store releases graph.lock only after its
    /// closing checkpoint; waiting matters because WebApplicationFactory over a minimal-hosting Program disposes
    /// the host twice (its own DisposeAsync and the entry point's Run returning), and the second disposal can
    /// return while the first is still writing the snapshot.
    /// </summary>
    public static void WaitUntilReleased(string dataDirectory)
    {
        var lockPath = Path.Combine(dataDirectory, "graph.lock");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (File.Exists(lockPath))
        {
            try
            {
                using (new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                {
                }
                return;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }
        }
    }

    /// <summary>Deletes a test's data directory once no store holds it.</summary>
    public static void DeleteDataDirectory(string dataDirectory)
    {
        WaitUntilReleased(dataDirectory);
        Directory.Delete(dataDirectory, recursive: true);
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
