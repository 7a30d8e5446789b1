using Graph.Cypher.Storage;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

/// <summary>Equal short strings written by different writes end up as one stored instance; long ones stay as given.</summary>
public sealed class StringPoolTests
{
    [Fact]
    public void Equal_short_values_from_separate_writes_share_one_instance_and_keep_their_text()
    {
        using var store = GraphStore.Open(null);
        // Built at run time, so the two texts are distinct objects the way two parsed pages' substrings are.
        var first = new string("Key Takeaways".AsSpan());
        var second = new string("Key Takeaways".AsSpan());
        var sentence = new string('x', 200);
        long a, b, r;
        using (var tx = store.BeginWrite())
        {
            a = tx.CreateNode(["N"], Props(("section", first), ("sentence", sentence))).Id;
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            b = tx.CreateNode(["N"], Props(("section", second), ("sentence", new string(sentence.AsSpan())))).Id;
            r = tx.CreateRelationship(a, b, "R", Props(("sections", new[] { new string("Key Takeaways".AsSpan()) }))).Id;
            tx.SetNodeProperties(a, [new("tag", new string("Related".AsSpan()))]);
            tx.SetNodeProperties(b, [new("tag", new string("Related".AsSpan()))]);
            tx.Commit();
        }

        var snapshot = store.Current;
        var (nodeA, nodeB) = (snapshot.GetNode(a)!, snapshot.GetNode(b)!);
        Assert.Equal("Key Takeaways", nodeB.Properties["section"]);
        Assert.Same(nodeA.Properties["section"], nodeB.Properties["section"]);
        Assert.Same(nodeA.Properties["section"], ((System.Collections.Immutable.ImmutableArray<object>)snapshot.GetRelationship(r)!.Properties["sections"])[0]);
        Assert.Same(nodeA.Properties["tag"], nodeB.Properties["tag"]);
        Assert.Equal(nodeA.Properties["sentence"], nodeB.Properties["sentence"]);
        Assert.NotSame(nodeA.Properties["sentence"], nodeB.Properties["sentence"]);
    }
}
