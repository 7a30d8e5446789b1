using Graph.Core.Model;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph import --explain PAGE`: every node the page yields with the rule that found it and its confidence, then every
/// relationship by line, with its section, rule, confidence and evidence sentence.
/// </summary>
internal static class ImportExplanation
{
    public static void Write(CliConsole console, PageFacts facts)
    {
        var output = console.Output;
        output.WriteLine($"{facts.Page}: {facts.Nodes.Count} nodes, {facts.Relationships.Count} relationships (nothing written)");
        var names = facts.Nodes.ToDictionary(n => n.Id, Name, StringComparer.Ordinal);
        output.WriteLine();
        foreach (var node in facts.Nodes)
        {
            var why = node.Rule is null ? "" : $"  (rule: {node.Rule}, confidence: {node.Confidence:0.##})";
            output.WriteLine($"{node.Label} {names[node.Id]}{why}");
        }
        foreach (var relationship in facts.Relationships.OrderBy(r => r.Provenance.Line))
        {
            var provenance = relationship.Provenance;
            var properties = relationship.Properties.Count == 0
                ? ""
                : " {" + string.Join(", ", relationship.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}")) + "}";
            output.WriteLine();
            output.WriteLine($"line {provenance.Line} [{provenance.Section}] ({relationship.FromLabel} {names[relationship.FromId]})-[{relationship.Type}{properties}]->({relationship.ToLabel} {names[relationship.ToId]})");
            output.WriteLine($"  evidence: {provenance.Evidence}");
        }
    }

    private static string Name(NodeFact node) =>
        (node.Properties.GetValueOrDefault("name") ?? node.Properties.GetValueOrDefault("title") ?? node.Properties.GetValueOrDefault("text")) is string name
            ? $"\"{name}\""
            : node.Id;
}
