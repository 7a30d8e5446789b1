using Graph.Import.Files;
using Graph.Import.Tests.Support;

namespace Graph.Import.Tests.Files;

/// <summary>Real paths: every link on the way followed, not only the last one, and a loop told apart.</summary>
public sealed class RealPathTests
{
    [Fact]
    public void A_link_in_a_folder_above_the_file_is_followed()
    {
        using var folder = TestWiki.Empty();
        folder.Write("real/page.md", "x");
        folder.Link("alias", "real");
        var real = RealPath.Of(folder.Path)!;

        Assert.Equal(Path.Join(real, "real", "page.md"), RealPath.Of(Path.Join(folder.Path, "alias", "page.md")));
    }

    [Fact]
    public void Dot_dot_after_a_link_leaves_the_link_s_target_not_the_link()
    {
        using var folder = TestWiki.Empty();
        folder.Write("deep/inner/page.md", "x");
        folder.Link("shortcut", "deep/inner");
        var real = RealPath.Of(folder.Path)!;

        // The kernel goes up from deep/inner, so ".." is deep; cutting the text would give the wiki root.
        Assert.Equal(Path.Join(real, "deep"), RealPath.Of(Path.Join(folder.Path, "shortcut") + "/.."));
    }

    [Fact]
    public void Links_that_loop_have_no_real_path()
    {
        using var folder = TestWiki.Empty();
        folder.Link("a.md", "b.md");
        folder.Link("b.md", "a.md");

        Assert.Null(RealPath.Of(Path.Join(folder.Path, "a.md")));
    }

    [Theory]
    [InlineData("/wiki/page.md", "/wiki", true)]
    [InlineData("/wiki", "/wiki", true)]
    [InlineData("/wiki-other/page.md", "/wiki", false)]
    [InlineData("/etc/passwd", "/wiki/", false)]
    [InlineData("/etc/passwd", "/", true)]
    public void Inside_means_the_root_or_below_it_not_a_name_that_starts_alike(string path, string root, bool inside)
    {
        Assert.SkipUnless(Path.DirectorySeparatorChar == '/', "Unix paths");

        Assert.Equal(inside, RealPath.IsInside(path, root));
    }
}
