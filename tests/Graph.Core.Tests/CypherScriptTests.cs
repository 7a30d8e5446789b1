using Graph.Core.Cypher;

namespace Graph.Core.Tests;

public sealed class CypherScriptTests
{
    [Fact]
    public void Splits_at_top_level_semicolons_and_drops_comments()
    {
        var statements = CypherScript.Split("""
            // header comment; with a semicolon
            CREATE (a {t: 'x;y'});
            /* block; comment */ MATCH (n) RETURN n.`we;ird` ;
            RETURN "say \"hi;\"" AS s
            """);

        Assert.Equal(3, statements.Count);
        Assert.Equal("CREATE (a {t: 'x;y'})", statements[0]);
        Assert.Equal("MATCH (n) RETURN n.`we;ird`", statements[1]);
        Assert.Equal("RETURN \"say \\\"hi;\\\"\" AS s", statements[2]);
    }

    [Fact]
    public void An_empty_or_comment_only_script_has_no_statements()
    {
        Assert.Empty(CypherScript.Split("  // nothing here\n ; ;\n"));
    }
}
