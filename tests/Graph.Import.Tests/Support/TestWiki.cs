using System.Text;
using Graph.Testing;

namespace Graph.Import.Tests.Support;

/// <summary>A scratch wiki folder: a copy of the samples or hand-written pages; deleted on dispose.</summary>
internal sealed class TestWiki : IDisposable
{
    private TestWiki(string path) => Path = path;

    public string Path { get; }

    public static TestWiki Empty() => new(RepoPaths.NewTempDirectory("graph-import-wiki"));

    /// <summary>A copy of samples/wiki, so tests can edit, break or delete pages.</summary>
    public static TestWiki CopyOfSamples()
    {
        var wiki = Empty();
        foreach (var file in Directory.GetFiles(RepoPaths.SampleWiki, "*.md"))
        {
            File.Copy(file, System.IO.Path.Combine(wiki.Path, System.IO.Path.GetFileName(file)));
        }
        return wiki;
    }

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
        return full;
    }

    /// <summary>A symbolic link at <paramref name="relativePath"/> to <paramref name="target"/> (a file or a folder, relative to the link's folder or absolute).</summary>
    public string Link(string relativePath, string target)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
        return full;
    }

    public void WriteBytes(string relativePath, byte[] bytes) => File.WriteAllBytes(System.IO.Path.Combine(Path, relativePath), bytes);

    public string Read(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));

    public void Delete(string relativePath) => File.Delete(System.IO.Path.Combine(Path, relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
