using System.Text.Json;
using Graph.Cypher.Storage;
using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary>`graph load`: CSV files with neo4j-admin import headers into an empty embedded store.</summary>
public sealed class LoadCommandTests : IDisposable
{
    private const string People = """
        id:ID,:LABEL,name,age:int,score:float,active:boolean,tags:string[]
        p1,Person,"Ann, ""the first""
        of her name",41,0.5,true,a;b
        p2,Person;Admin,Bob,,,false,
        """;

    private const string Knows = """
        :START_ID,:END_ID,:TYPE,since:int
        p1,p2,KNOWS,2020
        p2,p1,KNOWS,
        """;

    private readonly string folder = RepoPaths.NewTempDirectory("graph-cli-load");

    private string Data => Path.Combine(folder, "data");

    public void Dispose()
    {
        RepoPaths.WaitUntilReleased(Data);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_load_stores_every_node_and_relationship_with_typed_properties()
    {
        var run = await LoadAsync(("people.csv", People), ("knows.csv", Knows));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("Loaded 2 nodes and 2 relationships from 2 files", run.Output, StringComparison.Ordinal);
        var rows = await QueryAsync("""
            MATCH (a:Person)-[r:KNOWS]->(b) RETURN a.id AS id, a.name AS name, a.age AS age, a.score AS score,
              a.active AS active, a.tags AS tags, labels(b) AS labels, r.since AS since ORDER BY id
            """);
        Assert.Equal(2, rows.GetArrayLength());
        var ann = rows[0];
        Assert.Equal("Ann, \"the first\"\nof her name", ann.GetProperty("name").GetString());
        Assert.Equal(41, ann.GetProperty("age").GetInt64());
        Assert.Equal(0.5, ann.GetProperty("score").GetDouble());
        Assert.True(ann.GetProperty("active").GetBoolean());
        Assert.Equal(["a", "b"], ann.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["Person", "Admin"], ann.GetProperty("labels").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(2020, ann.GetProperty("since").GetInt64());
        // Empty fields are absent properties.
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("age").ValueKind);
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("since").ValueKind);
    }

    [Fact]
    public async Task Labels_and_types_may_come_with_the_file_names_and_another_delimiter()
    {
        var run = await LoadAsync(["--delimiter", "TAB"],
            ("Tool=tools.tsv", "id:ID\tname\nt1\tCodex\nt2\tClaude Code\n"),
            ("RELATED_TO=related.tsv", ":START_ID\t:END_ID\nt1\tt2\n"));

        Assert.True(run.ExitCode == 0, run.Error);
        var rows = await QueryAsync("MATCH (a:Tool)-[:RELATED_TO]->(b:Tool) RETURN a.name AS a, b.name AS b");
        Assert.Equal("Codex", rows[0].GetProperty("a").GetString());
        Assert.Equal("Claude Code", rows[0].GetProperty("b").GetString());
    }

    [Fact]
    public async Task The_schema_constraints_are_built_with_the_graph_and_indexes_declared_later_work()
    {
        var run = await LoadAsync(("people.csv", People), ("knows.csv", Knows));
        Assert.True(run.ExitCode == 0, run.Error);
        using (var store = GraphStore.Open(Data))
        {
            Assert.Contains(store.Current.Indexes, index => index is { Name: "person_id", Unique: true });
            Assert.True(store.Current.HasIndex("Person", "id"));
        }

        var create = await CliRun.InvokeAsync("cypher", "--data", Data, "--write", "CREATE INDEX person_age FOR (n:Person) ON (n.age)");
        Assert.True(create.ExitCode == 0, create.Error);
        var rows = await QueryAsync("MATCH (n:Person) WHERE n.age = 41 RETURN n.id AS id");
        Assert.Equal("p1", rows[0].GetProperty("id").GetString());
        using (var store = GraphStore.Open(Data))
        {
            Assert.True(store.Current.HasIndex("Person", "age"));
        }
    }

    [Theory]
    [InlineData("knows.csv", ":START_ID,:END_ID,:TYPE\np1,p2,KNOWS\np1,p9,KNOWS\n", "FOLDER/knows.csv, line 3, column 2 (:END_ID): no node has id 'p9'")]
    [InlineData("knows.csv", ":START_ID,:END_ID,:TYPE,since:int\np1,p2,KNOWS,\"20\n20\"\n", "FOLDER/knows.csv, line 2, column 4 (since:int): '20\n20' is not an integer")]
    [InlineData("knows.csv", ":START_ID,:TYPE\np1,KNOWS\n", "FOLDER/knows.csv, line 1: the required :END_ID column is missing")]
    [InlineData("knows.csv", ":START_ID,:END_ID,:TYPE\np1,p2\n", "FOLDER/knows.csv, line 2, column 3: 2 fields where the header has 3")]
    [InlineData("knows.csv", ":START_ID,:END_ID,:TYPE\np1,p2,KNOWS,extra\n", "FOLDER/knows.csv, line 2, column 4: 4 fields where the header has 3")]
    [InlineData("knows.csv", ":START_ID,:END_ID,:TYPE\np1,p2,\"KNOWS\n", "FOLDER/knows.csv, line 2: column 3: the quote opened on line 2 is never closed")]
    [InlineData("extra.csv", "id:ID,score:float\nq1,1.5\nq2,high\n", "FOLDER/extra.csv, line 3, column 2 (score:float): 'high' is not a number")]
    [InlineData("extra.csv", "name\nq1\n", "FOLDER/extra.csv, line 1: the required :ID column is missing")]
    [InlineData("extra.csv", "id:ID,born:date\nq1,2020-01-01\n", "FOLDER/extra.csv, line 1, column 2: 'born:date' has type 'date', which graph load does not read")]
    [InlineData("extra.csv", "id:ID\nq1\np1\n", "FOLDER/extra.csv, line 3, column 1 (id:ID): id 'p1' is already the id of the node on line 2 of FOLDER/people.csv")]
    public async Task A_bad_file_is_an_error_naming_file_line_and_column_and_nothing_is_written(string file, string text, string message)
    {
        (string, string)[] files = file == "knows.csv"
            ? [("people.csv", People), ("knows.csv", text)]
            : [("people.csv", People), (file, text), ("knows.csv", Knows)];

        var run = await LoadAsync(files);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {message.Replace("FOLDER/", folder + "/", StringComparison.Ordinal)}", run.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Data, "graph.snapshot")));
        using var store = GraphStore.Open(Data);
        Assert.Equal(0, store.Current.NodeCount);
    }

    [Fact]
    public async Task A_store_that_holds_a_graph_is_refused_and_left_as_it_was()
    {
        var first = await LoadAsync(("people.csv", People));
        Assert.True(first.ExitCode == 0, first.Error);
        var snapshot = await File.ReadAllBytesAsync(Path.Combine(Data, "graph.snapshot"), TestContext.Current.CancellationToken);

        var second = await LoadAsync(("people.csv", People), ("knows.csv", Knows));

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already holds 2 nodes and 0 relationships; graph load only fills an empty store. Nothing was written", second.Error, StringComparison.Ordinal);
        Assert.Equal(snapshot, await File.ReadAllBytesAsync(Path.Combine(Data, "graph.snapshot"), TestContext.Current.CancellationToken));
        var rows = await QueryAsync("MATCH ()-[r]->() RETURN count(r) AS relationships");
        Assert.Equal(0, rows[0].GetProperty("relationships").GetInt64());
    }

    private Task<CliRun> LoadAsync(params (string Name, string Text)[] files) => LoadAsync([], files);

    /// <summary>Writes the files (a name may carry a LABEL= or TYPE= prefix) and loads them: files named like knows*, related* as relationships.</summary>
    private async Task<CliRun> LoadAsync(string[] options, params (string Name, string Text)[] files)
    {
        var arguments = new List<string> { "load", "--data", Data };
        arguments.AddRange(options);
        foreach (var (name, text) in files)
        {
            var equals = name.IndexOf('=');
            var path = Path.Combine(folder, name[(equals + 1)..]);
            await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
            var relationships = name.Contains("knows", StringComparison.Ordinal) || name.Contains("related", StringComparison.Ordinal);
            arguments.Add(relationships ? "--relationships" : "--nodes");
            arguments.Add(equals < 0 ? path : name[..(equals + 1)] + path);
        }
        return await CliRun.InvokeAsync([.. arguments]);
    }

    private async Task<JsonElement> QueryAsync(string query)
    {
        var run = await CliRun.InvokeAsync("cypher", "--data", Data, "--format", "json", query);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement;
    }
}
