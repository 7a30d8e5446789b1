using Graph.Core.Model;

namespace Graph.Core.Tests;

public sealed class NodeIdsTests
{
    [Theory]
    [InlineData("Person", "Andrew Ambrosino", "person:andrew-ambrosino")]
    [InlineData("Thesis", "Taste is the bottleneck.", "thesis:taste-is-the-bottleneck")]
    [InlineData("Show", "Lenny’s Podcast", "show:lennys-podcast")]
    [InlineData("Show", "Lenny's Podcast", "show:lennys-podcast")]
    [InlineData("Person", "  José   Núñez ", "person:jose-nunez")]
    [InlineData("Tool", "Claude Code", "tool:claude-code")]
    public void Ids_are_stable_slugs_of_the_canonical_name(string label, string name, string expected)
    {
        Assert.Equal(expected, NodeIds.For(label, name));
    }
}
