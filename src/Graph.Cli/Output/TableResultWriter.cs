using Graph.Core.Cypher;
using Spectre.Console;

namespace Graph.Cli.Output;

/// <summary>A boxed table like cypher-shell's, then the row count and, for writes, what changed.</summary>
internal sealed class TableResultWriter(CliConsole console) : ResultWriter
{
    public override void Write(CypherResult result)
    {
        if (result.Columns.Count > 0)
        {
            var table = new Table();
            foreach (var column in result.Columns)
            {
                table.AddColumn(new TableColumn(new Text(column)));
            }
            foreach (var row in result.Rows)
            {
                table.AddRow(row.Select(value => (Spectre.Console.Rendering.IRenderable)new Text(CypherValueText.Format(value))).ToArray());
            }
            console.Ansi.Write(table);
        }
        var rows = result.Rows.Count == 1 ? "1 row" : $"{result.Rows.Count} rows";
        console.Output.WriteLine(result.Counters.ContainsUpdates ? $"{rows}; {Describe(result.Counters)}" : rows);
    }

    private static string Describe(CypherCounters c)
    {
        var parts = new List<string>();
        Add(parts, c.NodesCreated, "nodes created");
        Add(parts, c.NodesDeleted, "nodes deleted");
        Add(parts, c.RelationshipsCreated, "relationships created");
        Add(parts, c.RelationshipsDeleted, "relationships deleted");
        Add(parts, c.PropertiesSet, "properties set");
        Add(parts, c.LabelsAdded, "labels added");
        Add(parts, c.LabelsRemoved, "labels removed");
        return string.Join(", ", parts);
    }

    private static void Add(List<string> parts, int count, string what)
    {
        if (count > 0)
        {
            parts.Add($"{count} {what}");
        }
    }
}
