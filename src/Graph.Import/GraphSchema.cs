using System.Reflection;
using Graph.Core.Cypher;

namespace Graph.Import;

/// <summary>Applies cypher/schema.cypher (embedded in this assembly) to a backend; idempotent.</summary>
public static class GraphSchema
{
    public static string Script { get; } = ReadScript();

    public static IReadOnlyList<string> Statements { get; } = CypherScript.Split(Script);

    public static async Task ApplyAsync(ICypherSession session, CancellationToken cancellationToken = default)
    {
        foreach (var statement in Statements)
        {
            await session.RunAsync(statement, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private static string ReadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Graph.Import.schema.cypher")
            ?? throw new InvalidOperationException("cypher/schema.cypher is not embedded in Graph.Import.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
