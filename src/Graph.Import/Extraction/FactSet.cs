using Graph.Core.Model;

namespace Graph.Import.Extraction;

/// <summary>
/// Collects one page's nodes and relationships. Within a page the first value written for a property wins
/// (rules run in priority order: front matter first), and a relationship is kept once per type, ends and role.
/// </summary>
internal sealed class FactSet
{
    private readonly Dictionary<string, (string Label, Dictionary<string, object?> Properties)> nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Rule, double Confidence)> nodeReasons = new(StringComparer.Ordinal);
    private readonly List<string> nodeOrder = [];
    private readonly Dictionary<string, RelationshipFact> relationships = new(StringComparer.Ordinal);
    private readonly List<string> relationshipOrder = [];
    private readonly Stack<(string Rule, double Confidence)> reasons = new();

    /// <summary>
    /// Facts added until the returned scope ends carry this <c>rule</c> and <c>confidence</c> (DESIGN: every fact says
    /// why). Scopes nest: the extractor opens one per rule, and a rule opens one per cue it tells apart.
    /// </summary>
    public IDisposable Because(string rule, double confidence)
    {
        reasons.Push((rule, confidence));
        return new Scope(reasons);
    }

    // A few distinct confidences on hundreds of thousands of relationships: one box each, shared, not one per relationship.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<double, object> Boxes = new();

    private static object Boxed(double confidence) => Boxes.GetOrAdd(confidence, static value => value);

    private sealed class Scope(Stack<(string, double)> reasons) : IDisposable
    {
        public void Dispose() => reasons.Pop();
    }

    public object? NodeProperty(string id, string key) =>
        nodes.TryGetValue(id, out var node) && node.Properties.TryGetValue(key, out var value) ? value : null;

    /// <summary>The <c>name</c> of every node of a label found so far.</summary>
    public IEnumerable<string> Names(string label) =>
        nodeOrder.Select(id => nodes[id]).Where(n => n.Label == label).Select(n => n.Properties.GetValueOrDefault("name")).OfType<string>();

    /// <summary>Adds the node, or adds the properties it does not have yet.</summary>
    public string Node(string label, string id, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        if (!nodes.TryGetValue(id, out var node))
        {
            node = (label, new Dictionary<string, object?>(StringComparer.Ordinal));
            nodes[id] = node;
            nodeOrder.Add(id);
            if (reasons.TryPeek(out var reason))
            {
                nodeReasons[id] = reason;
            }
        }
        foreach (var (key, value) in properties)
        {
            if (value is not null && !node.Properties.ContainsKey(key))
            {
                node.Properties[key] = value;
            }
        }
        return id;
    }

    /// <summary>Overwrites one property (for values a later, more specific rule knows better).</summary>
    public void SetProperty(string id, string key, object? value)
    {
        if (value is not null && nodes.TryGetValue(id, out var node))
        {
            node.Properties[key] = value;
        }
    }

    /// <summary>Drops every property of a node but <paramref name="keys"/> (what a page that does not own its Source may say of it).</summary>
    public void KeepOnly(string id, params string[] keys)
    {
        if (nodes.TryGetValue(id, out var node))
        {
            foreach (var key in node.Properties.Keys.Where(k => !keys.Contains(k)).ToList())
            {
                node.Properties.Remove(key);
            }
        }
    }

    /// <summary>Adds the relationship unless the page already has it; PAIRS_WITH counts either direction as the same.</summary>
    public bool Relationship(string type, string fromId, string toId, Provenance provenance, IReadOnlyDictionary<string, object?>? properties = null)
    {
        if (fromId == toId && type is RelationshipTypes.PairsWith or RelationshipTypes.ContrastsWith or RelationshipTypes.RelatedTo)
        {
            return false;
        }
        var role = properties is not null && properties.TryGetValue("role", out var r) ? r as string : null;
        var (a, b) = type == RelationshipTypes.PairsWith && string.CompareOrdinal(fromId, toId) > 0 ? (toId, fromId) : (fromId, toId);
        var key = $"{type}|{a}|{b}|{role}";
        if (relationships.ContainsKey(key))
        {
            return false;
        }
        var fromLabel = nodes[fromId].Label;
        var toLabel = nodes[toId].Label;
        var props = new Dictionary<string, object?>(properties ?? new Dictionary<string, object?>(), StringComparer.Ordinal);
        if (reasons.TryPeek(out var reason))
        {
            props.TryAdd("rule", reason.Rule);
            props.TryAdd("confidence", Boxed(reason.Confidence));
        }
        relationships[key] = new RelationshipFact(type, fromLabel, fromId, toLabel, toId, provenance, props);
        relationshipOrder.Add(key);
        return true;
    }

    public bool HasRelationship(string type, string fromId, string toId) =>
        relationships.Values.Any(r => r.Type == type && r.FromId == fromId && r.ToId == toId);

    public IEnumerable<RelationshipFact> Relationships => relationshipOrder.Select(k => relationships[k]);

    /// <summary>The facts, without nodes that no relationship reached (except <paramref name="keepId"/>, the page's own Source).</summary>
    public PageFacts ToPageFacts(string page, string contentHash, string keepId)
    {
        var linked = relationships.Values.SelectMany(r => new[] { r.FromId, r.ToId }).ToHashSet(StringComparer.Ordinal);
        linked.Add(keepId);
        return new PageFacts(
            page,
            contentHash,
            nodeOrder.Where(linked.Contains).Select(id => nodeReasons.TryGetValue(id, out var reason)
                ? new NodeFact(nodes[id].Label, id, nodes[id].Properties, reason.Rule, reason.Confidence)
                : new NodeFact(nodes[id].Label, id, nodes[id].Properties)).ToList(),
            relationshipOrder.Select(k => relationships[k]).ToList());
    }
}
