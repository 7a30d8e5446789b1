using Graph.Core.Model;
using Graph.Import.Tests.Support;
using Graph.Import.Writing;

namespace Graph.Import.Tests.Writing;

public sealed class GraphWriterTests
{
    private static readonly PageFacts Facts = SampleFacts.Page("codex-new-shape-of-product-work.md");

    [Fact]
    public void One_merge_per_label_and_one_create_per_type_and_end_labels()
    {
        var statements = GraphWriter.Statements(Facts).ToList();

        var merges = statements.Where(s => s.Query.Contains("MERGE", StringComparison.Ordinal)).ToList();
        Assert.Equal(Facts.Nodes.Select(n => n.Label).Distinct().Count(), merges.Count);
        Assert.Equal(Facts.Nodes.Count, merges.Sum(s => s.Rows.Count));
        Assert.Contains(merges, s => s.Query == "UNWIND $rows AS row MERGE (n:Person {id: row.id}) SET n += row.props");

        var creates = statements.Where(s => s.Query.Contains("CREATE", StringComparison.Ordinal)).ToList();
        Assert.Equal(Facts.Relationships.Select(r => (r.Type, r.FromLabel, r.ToLabel)).Distinct().Count(), creates.Count);
        Assert.Equal(Facts.Relationships.Count, creates.Sum(s => s.Rows.Count));
        Assert.Contains(creates, s => s.Query ==
            "UNWIND $rows AS row MATCH (a:Person {id: row.from}) MATCH (b:Source {id: row.to}) CREATE (a)-[r:APPEARS_IN]->(b) SET r = row.props");
    }

    [Fact]
    public void Rows_carry_cypher_values_and_provenance()
    {
        var statements = GraphWriter.Statements(Facts).ToList();
        var appears = statements.Single(s => s.Query.Contains("APPEARS_IN", StringComparison.Ordinal)).Rows.Cast<Dictionary<string, object?>>().ToList();
        var guest = appears.Single(r => Equals(r["from"], "person:andrew-ambrosino"));
        var props = (Dictionary<string, object?>)guest["props"]!;

        Assert.Equal("guest", props["role"]);
        Assert.Equal("codex-new-shape-of-product-work.md", props["page"]);
        Assert.Equal("front matter", props["section"]);
        Assert.IsType<long>(props["line"]);
        Assert.False(string.IsNullOrEmpty(props["evidence"] as string));

        var people = statements.Single(s => s.Query.Contains("(n:Person", StringComparison.Ordinal)).Rows.Cast<Dictionary<string, object?>>();
        var lenny = (Dictionary<string, object?>)people.Single(r => Equals(r["id"], "person:lenny-rachitsky"))["props"]!;
        Assert.IsType<List<object?>>(lenny["aliases"]);
        Assert.DoesNotContain(lenny.Values, v => v is null);
    }

    [Fact]
    public void Statements_are_the_same_every_time()
    {
        var first = GraphWriter.Statements(Facts).Select(s => s.Query).ToList();
        var second = GraphWriter.Statements(SampleFacts.Page("codex-new-shape-of-product-work.md")).Select(s => s.Query).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_label_that_is_not_a_plain_identifier_is_refused()
    {
        var bad = new PageFacts("p.md", "h", [new NodeFact("Person) DETACH DELETE (m", "x", new Dictionary<string, object?>())], []);

        Assert.Throws<ArgumentException>(() => GraphWriter.Statements(bad).ToList());
    }
}
