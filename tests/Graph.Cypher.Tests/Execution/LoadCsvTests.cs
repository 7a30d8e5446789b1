using Graph.Core.Cypher;

namespace Graph.Cypher.Tests.Execution;

/// <summary>LOAD CSV over files in a temporary import folder: rows, headers, quoting, nulls, linenumber(), and the errors.</summary>
public sealed class LoadCsvTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graph-loadcsv-" + Guid.NewGuid().ToString("N"));
    private EmbeddedCypherSession _session = null!;

    private string Import => Path.Combine(_folder, "import");

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Import);
        _session = EmbeddedCypherSession.Open(null, importDirectory: Import);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private void Write(string name, string text)
    {
        var path = Path.Combine(Import, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private Task<CypherResult> Run(string query) => _session.RunAsync(query);

    private async Task<CypherException> Fails(string query) => await Assert.ThrowsAsync<CypherException>(() => Run(query));

    [Fact]
    public async Task Without_headers_each_record_is_a_list_of_strings()
    {
        Write("artists.csv", "1,ABBA,1992\n2,Roxette,1986\n");

        var result = await Run("LOAD CSV FROM 'file:///artists.csv' AS line RETURN line");

        Assert.Equal([(object?)new List<object?> { "1", "ABBA", "1992" }, new List<object?> { "2", "Roxette", "1986" }], result.Column("line"));
    }

    [Fact]
    public async Task With_headers_each_record_is_a_map_by_the_first_record()
    {
        Write("people.csv", "id,name,age\np1,Ada,36\np2,,41\np3,Grace\n");

        var result = await Run("LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row RETURN row.id AS id, row.name AS name, row.age AS age, keys(row) AS keys");

        Assert.Equal(["p1", "p2", "p3"], result.Column("id"));
        // An empty field, and a missing one, are null, as in Neo4j.
        Assert.Equal(["Ada", null, "Grace"], result.Column("name"));
        Assert.Equal(["36", "41", null], result.Column("age"));
        Assert.Equal(["id", "name", "age"], (IEnumerable<object?>)result.Column("keys").First()!);
    }

    [Fact]
    public async Task Empty_fields_are_null_without_headers_too()
    {
        Write("gaps.csv", "a,,\"\",d\n");

        var line = (IReadOnlyList<object?>)(await Run("LOAD CSV FROM 'file:///gaps.csv' AS line RETURN line")).Single("line")!;

        Assert.Equal(["a", null, null, "d"], line);
    }

    [Fact]
    public async Task Field_terminator_takes_one_character_including_a_tab()
    {
        Write("semi.csv", "1;ABBA;1992\n");
        Write("tabs.tsv", "1\tThe Cardigans\t1992\n");

        var semi = (IReadOnlyList<object?>)(await Run("LOAD CSV FROM 'file:///semi.csv' AS line FIELDTERMINATOR ';' RETURN line")).Single("line")!;
        var tabs = (IReadOnlyList<object?>)(await Run("LOAD CSV FROM 'file:///tabs.tsv' AS line FIELDTERMINATOR '\\t' RETURN line")).Single("line")!;

        Assert.Equal(["1", "ABBA", "1992"], semi);
        Assert.Equal(["1", "The Cardigans", "1992"], tabs);
    }

    [Fact]
    public async Task Quoted_fields_hold_terminators_line_breaks_and_escaped_quotes()
    {
        Write("quoted.csv", "name,note\r\n\"Pires, Gerard\",\"two\r\nlines\"\r\n\"The \"\"Symbol\"\"\",\"a \\\"legacy\\\" escape\"\r\n");

        var result = await Run("LOAD CSV WITH HEADERS FROM 'file:///quoted.csv' AS row RETURN row.name AS name, row.note AS note, linenumber() AS line");

        Assert.Equal(["Pires, Gerard", "The \"Symbol\""], result.Column("name"));
        Assert.Equal(["two\r\nlines", "a \"legacy\" escape"], result.Column("note"));
        // linenumber() counts records, the header included, as Neo4j's does: not the lines a quoted break spans.
        Assert.Equal([2L, 3L], result.Column("line"));
    }

    [Fact]
    public async Task A_byte_order_mark_is_not_part_of_the_first_header()
    {
        File.WriteAllText(Path.Combine(Import, "bom.csv"), "id,name\nx,Y\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var id = (await Run("LOAD CSV WITH HEADERS FROM 'file:///bom.csv' AS row RETURN row.id AS id")).Single("id");

        Assert.Equal("x", id);
    }

    [Fact]
    public async Task Linenumber_and_file_follow_the_row_and_are_null_outside_load_csv()
    {
        Write("sub/numbers.csv", "10\n20\n30\n");

        var result = await Run("LOAD CSV FROM 'file:///sub/numbers.csv' AS line WITH line WHERE line[0] <> '20' RETURN linenumber() AS n, file() AS f, line[0] AS v");
        var outside = await Run("RETURN linenumber() AS n, file() AS f");

        Assert.Equal([1L, 3L], result.Column("n"));
        Assert.All(result.Column("f"), f => Assert.Equal(Path.Combine(Import, "sub", "numbers.csv"), f));
        Assert.Equal([null], outside.Column("n"));
        Assert.Equal([null], outside.Column("f"));
    }

    [Fact]
    public async Task Rows_drive_create_and_merge_in_one_transaction()
    {
        Write("people.csv", "id,name\np1,Ada\np2,Grace\n");
        Write("knows.csv", "from,to\np1,p2\np2,p1\n");

        await Run("LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row MERGE (:Person {id: row.id, name: row.name})");
        var created = await Run("LOAD CSV WITH HEADERS FROM 'file:///knows.csv' AS row MATCH (a:Person {id: row.from}), (b:Person {id: row.to}) CREATE (a)-[:KNOWS]->(b)");
        var names = await Run("MATCH (a:Person)-[:KNOWS]->(b) RETURN a.name + '->' + b.name AS pair ORDER BY pair");

        Assert.Equal(2, created.Counters.RelationshipsCreated);
        Assert.Equal(["Ada->Grace", "Grace->Ada"], names.Column("pair"));
    }

    [Fact]
    public async Task The_url_is_an_expression_evaluated_per_incoming_row()
    {
        Write("a.csv", "1\n2\n");
        Write("b.csv", "3\n");

        var result = await Run("UNWIND ['a', 'b'] AS name LOAD CSV FROM 'file:///' + name + '.csv' AS line RETURN name, line[0] AS v");

        Assert.Equal(["a", "a", "b"], result.Column("name"));
        Assert.Equal(["1", "2", "3"], result.Column("v"));
    }

    [Fact]
    public async Task An_empty_file_with_headers_gives_no_rows()
    {
        Write("empty.csv", "");

        var result = await Run("LOAD CSV WITH HEADERS FROM 'file:///empty.csv' AS row RETURN row");

        Assert.Empty(result.Rows);
    }

    [Fact]
    public async Task A_missing_file_names_the_url_and_where_it_was_looked_for()
    {
        var error = await Fails("LOAD CSV FROM 'file:///nope.csv' AS line RETURN line");

        Assert.Equal(CypherErrorCodes.ExternalResourceFailed, error.Code);
        Assert.Contains("file:///nope.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(Import, "nope.csv"), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("file:///../secret.csv")]
    [InlineData("file:///sub/../../secret.csv")]
    [InlineData("file:///%2e%2e/secret.csv")]
    public async Task A_path_leaving_the_import_folder_is_refused(string url)
    {
        File.WriteAllText(Path.Combine(_folder, "secret.csv"), "s\n");

        var error = await Fails($"LOAD CSV FROM '{url}' AS line RETURN line");

        Assert.Equal(CypherErrorCodes.ExternalResourceFailed, error.Code);
        Assert.Contains("would leave the import folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_absolute_path_is_read_inside_the_import_folder_like_neo4j()
    {
        File.WriteAllText(Path.Combine(_folder, "secret.csv"), "s\n");

        var error = await Fails($"LOAD CSV FROM 'file://{_folder}/secret.csv' AS line RETURN line");

        Assert.Contains(Path.Combine(Import, _folder.TrimStart('/'), "secret.csv"), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://data.neo4j.com/bands/artists.csv", CypherErrorCodes.Unsupported, "LOAD CSV from https:// URLs")]
    [InlineData("http://example.org/a.csv", CypherErrorCodes.Unsupported, "LOAD CSV from http:// URLs")]
    [InlineData("artists.csv", CypherErrorCodes.ExternalResourceFailed, "no protocol")]
    [InlineData("gopher://x/a.csv", CypherErrorCodes.ExternalResourceFailed, "unknown protocol: gopher")]
    [InlineData("file://elsewhere/a.csv", CypherErrorCodes.ExternalResourceFailed, "name no host")]
    public async Task Urls_other_than_local_files_are_refused_by_name(string url, string code, string fragment)
    {
        var error = await Fails($"LOAD CSV FROM '{url}' AS line RETURN line");

        Assert.Equal(code, error.Code);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_string_url_is_a_type_error()
    {
        var error = await Fails("LOAD CSV FROM 42 AS line RETURN line");

        Assert.Equal(CypherErrorCodes.TypeError, error.Code);
    }

    [Fact]
    public async Task Malformed_csv_names_file_line_and_column_and_stores_nothing()
    {
        Write("bad.csv", "id,name\np1,Ada\np2,\"Grace\" Hopper\np3,Alan\n");

        var error = await Fails("LOAD CSV WITH HEADERS FROM 'file:///bad.csv' AS row CREATE (:Person {id: row.id})");
        var count = (await Run("MATCH (n) RETURN count(n) AS n")).Single("n");

        Assert.Equal(CypherErrorCodes.ExternalResourceFailed, error.Code);
        Assert.Contains("file:///bad.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3, column 11 (field 2): ' ' after a closing quote", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, count);
    }

    [Fact]
    public async Task An_unclosed_quote_points_at_where_it_opened()
    {
        Write("open.csv", "a,b\n1,\"never\nclosed\n");

        var error = await Fails("LOAD CSV FROM 'file:///open.csv' AS line RETURN line");

        Assert.Contains("line 2, column 3 (field 2): the quote opened on line 2 is never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_explicit_transaction_rolls_back_everything_when_a_file_is_malformed()
    {
        Write("good.csv", "x\n1\n");
        Write("bad.csv", "x\n\"2\n");

        await Assert.ThrowsAsync<CypherException>(() => _session.ExecuteWriteAsync(async tx =>
        {
            await tx.RunAsync("LOAD CSV WITH HEADERS FROM 'file:///good.csv' AS row CREATE (:N {x: row.x})");
            return await tx.RunAsync("LOAD CSV WITH HEADERS FROM 'file:///bad.csv' AS row CREATE (:N {x: row.x})");
        }));

        Assert.Equal(0L, (await Run("MATCH (n) RETURN count(n) AS n")).Single("n"));
    }

    [Fact]
    public async Task A_session_without_an_import_folder_says_so()
    {
        await using var memory = EmbeddedCypherSession.Open(null);

        var error = await Assert.ThrowsAsync<CypherException>(() => memory.RunAsync("LOAD CSV FROM 'file:///a.csv' AS line RETURN line"));

        Assert.Null(memory.ImportDirectory);
        Assert.Contains("no import folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_with_a_data_directory_reads_from_its_import_folder_by_default()
    {
        var data = Path.Combine(_folder, "data");
        Directory.CreateDirectory(Path.Combine(data, "import"));
        File.WriteAllText(Path.Combine(data, "import", "one.csv"), "1\n");
        await using var persistent = EmbeddedCypherSession.Open(data);

        var value = (await persistent.RunAsync("LOAD CSV FROM 'file:///one.csv' AS line RETURN line[0] AS v")).Single("v");

        Assert.Equal(Path.Combine(Path.GetFullPath(data), "import"), persistent.ImportDirectory);
        Assert.Equal("1", value);
    }

    /// <summary>A write fed only by the file takes rows as they come; one that a graph read feeds, or that a read follows, holds them first.</summary>
    [Theory]
    [InlineData("LOAD CSV WITH HEADERS FROM 'file:///p.csv' AS row WITH row WHERE row.id IS NOT NULL CREATE (:P {id: row.id}) RETURN count(*) AS n", "Create, streaming(")]
    [InlineData("LOAD CSV WITH HEADERS FROM 'file:///p.csv' AS row MERGE (p:P {id: row.id}) ON CREATE SET p.name = row.name", "Merge, streaming(")]
    [InlineData("LOAD CSV WITH HEADERS FROM 'file:///p.csv' AS row MATCH (a:P {id: row.id}) CREATE (a)-[:R]->(:Q)", "Create(")]
    [InlineData("LOAD CSV WITH HEADERS FROM 'file:///p.csv' AS row MERGE (p:P {id: row.id}) SET p.name = row.name", "Merge(")]
    [InlineData("LOAD CSV WITH HEADERS FROM 'file:///p.csv' AS row CREATE (p:P {id: row.id}) WITH p MATCH (q:P) RETURN count(q) AS n", "Create(")]
    [InlineData("UNWIND [1, 2] AS i CREATE (:P {i: i})", "Create(")]
    public async Task Writes_stream_the_file_only_when_no_read_of_the_graph_is_involved(string query, string expected)
    {
        var plan = (await Run("EXPLAIN " + query)).Column("plan").Cast<string>().ToList();

        Assert.Contains(plan, line => line.TrimStart().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_streamed_merge_sees_the_rows_before_it()
    {
        Write("dupes.csv", "id\na\nb\na\n");

        var result = await Run("LOAD CSV WITH HEADERS FROM 'file:///dupes.csv' AS row MERGE (p:P {id: row.id}) ON CREATE SET p.line = linenumber() RETURN p.id AS id, p.line AS line");

        Assert.Equal(["a", "b", "a"], result.Column("id"));
        Assert.Equal([2L, 3L, 2L], result.Column("line"));
    }

    [Fact]
    public async Task Explain_shows_the_load_csv_operator()
    {
        var plan = await Run("EXPLAIN LOAD CSV WITH HEADERS FROM 'file:///x.csv' AS row RETURN row");

        Assert.Contains(plan.Column("plan"), line => ((string)line!).Contains("LoadCsv(WITH HEADERS FROM 'file:///x.csv' AS row)", StringComparison.Ordinal));
    }
}
