using System.Buffers.Binary;
using System.Text;
using Graph.Core.Cypher;
using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Persistence;
using Graph.Testing;

namespace Graph.Cypher.Tests.Storage;

/// <summary>Temporal properties written through Cypher come back after a reopen; files from before them still read.</summary>
public sealed class TemporalPersistenceTests : IDisposable
{
    private const string Values = """
        {date: date('1984-10-11'), localTime: localtime('12:31:14.645876123'), time: time('12:31:14+01:00'),
         local: localdatetime('2015-07-21T21:40:32.142'), zoned: datetime('2021-03-28T03:30[Europe/Stockholm]'),
         offset: datetime('+12345-01-02T00:00-02:05:07'), duration: duration('P1Y2M3DT-4.5S'),
         dates: [date('2020-02-29'), date('-0001-01-01')]}
        """;

    private static readonly string[] Expected =
    [
        "1984-10-11", "12:31:14.645876123", "12:31:14+01:00", "2015-07-21T21:40:32.142",
        "2021-03-28T03:30+02:00[Europe/Stockholm]", "+12345-01-02T00:00-02:05:07", "P1Y2M3DT-4.5S", "[2020-02-29, -0001-01-01]",
    ];

    private readonly string _directory = RepoPaths.NewTempDirectory("graph-temporal");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Temporal_properties_survive_a_reopen_from_the_log_or_the_snapshot(bool checkpointOnDispose)
    {
        var options = new GraphStoreOptions { CheckpointOnDispose = checkpointOnDispose };
        await using (var session = EmbeddedCypherSession.Over(GraphStore.Open(_directory, options)))
        {
            await session.RunAsync($"CREATE (:Event {Values})");
        }

        await using var reopened = EmbeddedCypherSession.Over(GraphStore.Open(_directory, options));
        var row = (await reopened.RunAsync(
            "MATCH (e:Event) RETURN e.date, e.localTime, e.time, e.local, e.zoned, e.offset, e.duration, e.dates")).Rows.Single();

        Assert.Equal(Expected, row.Select(CypherValueText.Literal));
        Assert.Equal(CypherTemporalType.DateTime, Assert.IsType<CypherTemporal>(row[4]).Type);
    }

    [Fact]
    public async Task Stored_temporal_values_match_through_an_index_and_sort_like_computed_ones()
    {
        await using var session = EmbeddedCypherSession.Open(_directory);
        await session.RunAsync("CREATE INDEX day_on FOR (d:Day) ON (d.on)");
        await session.RunAsync("UNWIND [3, 1, 2] AS day CREATE (:Day {on: date('2024-02-28') + duration({days: day - 1})})");

        var leap = await session.RunAsync("MATCH (d:Day {on: date('2024-02-29')}) RETURN count(d) AS n");
        var ordered = await session.RunAsync("MATCH (d:Day) RETURN d.on AS on ORDER BY d.on DESC");

        Assert.Equal(1L, leap.Single("n"));
        Assert.Equal(["2024-03-01", "2024-02-29", "2024-02-28"], ordered.Column("on").Select(CypherValueText.Literal));
    }

    /// <summary>A snapshot as the build before temporal values wrote it, byte by byte: tags 1 to 6 only.</summary>
    [Fact]
    public void A_snapshot_from_before_temporal_values_still_reads()
    {
        var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, new UTF8Encoding(false), leaveOpen: true))
        {
            writer.Write(Encoding.ASCII.GetBytes("GRAPHSNP"));
            writer.Write(1);
            writer.Write(0);
            writer.Write(7L);
            writer.Write(1L);
            writer.Write(0L);
            writer.Write(0);
            writer.Write(1);
            writer.Write(0L);
            writer.Write(1);
            writer.Write("Page");
            writer.Write(3);
            writer.Write("title");
            writer.Write((byte)5);
            writer.Write("Ada");
            writer.Write("tags");
            writer.Write((byte)6);
            writer.Write(2);
            writer.Write((byte)3);
            writer.Write(1815L);
            writer.Write((byte)3);
            writer.Write(1852L);
            writer.Write("draft");
            writer.Write((byte)1);
            writer.Write(0);
        }
        var bytes = body.ToArray();
        var file = new byte[bytes.Length + 4];
        bytes.CopyTo(file, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(bytes.Length), Crc32.Compute(bytes));
        File.WriteAllBytes(Path.Combine(_directory, "graph.snapshot"), file);

        using var store = GraphStore.Open(_directory);

        var page = store.Current.NodesWithLabel("Page").Single();
        Assert.Equal("Ada", page.Properties["title"]);
        Assert.Equal([1815L, 1852L], Assert.IsAssignableFrom<IReadOnlyList<object?>>(page.Properties["tags"]));
        Assert.Equal(false, page.Properties["draft"]);
    }
}
