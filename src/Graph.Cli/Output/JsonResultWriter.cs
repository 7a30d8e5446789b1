using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Core.Cypher;

namespace Graph.Cli.Output;

/// <summary>An array of row objects keyed by column name, for scripts (`| jq`).</summary>
internal sealed class JsonResultWriter(TextWriter output) : ResultWriter
{
    public override void Write(CypherResult result)
    {
        using var buffer = new MemoryStream();
        // Text goes to a terminal or a file, never into HTML: '+' in a time zone offset and non-ASCII names stay as they are.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            CypherValueJson.WriteRows(json, result);
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
