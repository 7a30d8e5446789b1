namespace Graph.Bench.Kuzu;

/// <summary>
/// Writes the anchor graph as CSV files with neo4j-admin import headers (<c>id:ID,name</c>, <c>:START_ID,:END_ID</c>;
/// Kuzu reads columns by position, `graph load` by header) plus graph.json: sources, people, theses and tools, and six relationship
/// types whose far ends are drawn Zipf-like, so node 0 of each label is a hub and most nodes have few relationships.
/// The seed is fixed: the same scale gives the same files, byte for byte.
/// </summary>
internal static class AnchorGraph
{
    private const ulong Seed = 16;

    public static GraphManifest Write(Scale scale, string directory)
    {
        Directory.CreateDirectory(directory);
        var random = new SeededRandom(Seed);
        var people = new ZipfSampler(scale.People);
        var sources = new ZipfSampler(scale.Sources);
        var theses = new ZipfSampler(scale.Theses);
        var tools = new ZipfSampler(scale.Tools);

        NodeFile[] nodes =
        [
            WriteNodes(directory, "Source", "title", scale.Sources, Names.Source),
            WriteNodes(directory, "Person", "name", scale.People, Names.Person),
            WriteNodes(directory, "Thesis", "name", scale.Theses, Names.Thesis),
            WriteNodes(directory, "Tool", "name", scale.Tools, Names.Tool),
        ];
        // Each source draws its people, theses, tools and related sources; each person its theses; each thesis its pairs.
        RelationshipFile[] relationships =
        [
            WriteRelationships(directory, "APPEARS_IN", "Person", "Source", scale.Sources, (source, add) =>
            {
                foreach (var person in people.Distinct(random, Scale.AppearancesPerSource)) { add(person, source); }
            }),
            WriteRelationships(directory, "CLAIMS", "Source", "Thesis", scale.Sources, (source, add) =>
            {
                foreach (var thesis in theses.Distinct(random, Scale.ClaimsPerSource)) { add(source, thesis); }
            }),
            WriteRelationships(directory, "MENTIONS", "Source", "Tool", scale.Sources, (source, add) =>
            {
                foreach (var tool in tools.Distinct(random, Scale.MentionsPerSource)) { add(source, tool); }
            }),
            WriteRelationships(directory, "RELATED_TO", "Source", "Source", scale.Sources, (source, add) =>
            {
                foreach (var other in sources.Distinct(random, Scale.RelatedPerSource, excluded: source)) { add(source, other); }
            }),
            WriteRelationships(directory, "HOLDS", "Person", "Thesis", scale.People, (person, add) =>
            {
                foreach (var thesis in theses.Distinct(random, Scale.HoldsPerPerson)) { add(person, thesis); }
            }),
            WriteRelationships(directory, "PAIRS_WITH", "Thesis", "Thesis", scale.Theses, (thesis, add) =>
            {
                foreach (var other in theses.Distinct(random, Scale.PairsPerThesis, excluded: thesis)) { add(thesis, other); }
            }),
        ];
        var manifest = new GraphManifest(scale.Name, nodes, relationships, QueryParameters(scale));
        manifest.Write(directory);
        return manifest;
    }

    public static string Id(string label, int i) => $"{label.ToLowerInvariant()}:{label.ToLowerInvariant()}-{i}";

    /// <summary>
    /// The same parameters for both engines: the hubs (node 0 of their label), and for the path two people from the
    /// tail, far from the hubs.
    /// </summary>
    private static Dictionary<string, string> QueryParameters(Scale scale) => new()
    {
        ["thesisName"] = Names.Thesis(0),
        ["personId"] = Id("Person", 0),
        ["hubId"] = Id("Source", 0),
        ["fromPersonId"] = Id("Person", scale.People - 1),
        ["toPersonId"] = Id("Person", scale.People / 2 + 1),
        ["term"] = Names.SearchTerm,
    };

    private static NodeFile WriteNodes(string directory, string label, string textColumn, int count, Func<int, string> text)
    {
        var file = $"{label}.csv";
        using var writer = new StreamWriter(Path.Combine(directory, file));
        writer.WriteLine($"id:ID,{textColumn}");
        for (var i = 0; i < count; i++)
        {
            writer.WriteLine($"{Id(label, i)},{Plain(text(i))}");
        }
        return new NodeFile(label, file, ["id", textColumn], count);
    }

    private static RelationshipFile WriteRelationships(
        string directory, string type, string from, string to, int starts, Action<int, Action<int, int>> draw)
    {
        var file = $"{type}.csv";
        using var writer = new StreamWriter(Path.Combine(directory, file));
        writer.WriteLine(":START_ID,:END_ID");
        var count = 0;
        for (var i = 0; i < starts; i++)
        {
            draw(i, (start, end) =>
            {
                writer.WriteLine($"{Id(from, start)},{Id(to, end)}");
                count++;
            });
        }
        return new RelationshipFile(type, from, to, file, count);
    }

    // The Cypher loader reads the CSVs without quoting rules, so a value must never need quotes.
    private static string Plain(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : throw new InvalidDataException($"'{value}' would need CSV quoting.");
}
