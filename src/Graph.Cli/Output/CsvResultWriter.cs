using Graph.Core.Cypher;

namespace Graph.Cli.Output;

/// <summary>RFC 4180 CSV with a header row; nested values in their Cypher literal form.</summary>
internal sealed class CsvResultWriter(TextWriter output) : ResultWriter
{
    public override void Write(CypherResult result)
    {
        output.WriteLine(string.Join(',', result.Columns.Select(Escape)));
        foreach (var row in result.Rows)
        {
            output.WriteLine(string.Join(',', row.Select(value => Escape(value is null ? "" : CypherValueText.Format(value)))));
        }
    }

    private static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
