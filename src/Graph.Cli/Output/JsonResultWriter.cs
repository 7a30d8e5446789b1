using System.Text;
using System.Text.Json;
using Graph.Core.Cypher;

namespace Graph.Cli.Output;

/// <summary>An array of row objects keyed by column name, for scripts (`| jq`).</summary>
internal sealed class JsonResultWriter(TextWriter output) : ResultWriter
{
    public override void Write(CypherResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            CypherValueJson.WriteRows(json, result);
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
