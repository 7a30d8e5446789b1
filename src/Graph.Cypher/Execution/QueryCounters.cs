using Graph.Core.Cypher;

namespace Graph.Cypher.Execution;

/// <summary>What one statement changed, counted as it runs.</summary>
internal sealed class QueryCounters
{
    public int NodesCreated { get; set; }

    public int NodesDeleted { get; set; }

    public int RelationshipsCreated { get; set; }

    public int RelationshipsDeleted { get; set; }

    public int PropertiesSet { get; set; }

    public int LabelsAdded { get; set; }

    public int LabelsRemoved { get; set; }

    public CypherCounters ToCounters() =>
        new(NodesCreated, NodesDeleted, RelationshipsCreated, RelationshipsDeleted, PropertiesSet, LabelsAdded, LabelsRemoved);
}
