namespace Graph.Cypher.Storage.Persistence;

/// <summary>
/// One committed transaction as the log keeps it: the final state of every node and relationship it
/// touched (upsert or delete), the full index list when it changed, and the id counters. Applying a
/// record twice gives the same graph as applying it once.
/// </summary>
internal sealed record TransactionRecord(
    long Sequence,
    long NextNodeId,
    long NextRelationshipId,
    IReadOnlyList<long> DeletedRelationships,
    IReadOnlyList<long> DeletedNodes,
    IReadOnlyList<NodeRecord> Nodes,
    IReadOnlyList<RelationshipRecord> Relationships,
    IReadOnlyList<IndexDefinition>? Indexes)
{
    public bool IsEmpty =>
        DeletedRelationships.Count == 0 && DeletedNodes.Count == 0 && Nodes.Count == 0
        && Relationships.Count == 0 && Indexes is null;

    /// <summary>What the transaction changed, read from its final state.</summary>
    public static TransactionRecord Capture(WriteTransaction transaction, long sequence)
    {
        var state = transaction.State;
        var deletedNodes = new List<long>();
        var nodes = new List<NodeRecord>();
        foreach (var id in Sorted(transaction.TouchedNodes))
        {
            if (state.Nodes.TryGetValue(id, out var node))
            {
                nodes.Add(node);
            }
            else
            {
                deletedNodes.Add(id);
            }
        }
        var deletedRelationships = new List<long>();
        var relationships = new List<RelationshipRecord>();
        foreach (var id in Sorted(transaction.TouchedRelationships))
        {
            if (state.Relationships.TryGetValue(id, out var relationship))
            {
                relationships.Add(relationship);
            }
            else
            {
                deletedRelationships.Add(id);
            }
        }
        IndexDefinition[]? indexes = null;
        if (transaction.IndexesChanged)
        {
            indexes = new IndexDefinition[state.Indexes.Length];
            for (var i = 0; i < indexes.Length; i++)
            {
                indexes[i] = state.Indexes[i].Definition;
            }
        }
        return new TransactionRecord(sequence, state.NextNodeId, state.NextRelationshipId,
            deletedRelationships, deletedNodes, nodes, relationships, indexes);
    }

    /// <summary>Relationships go before the nodes they hang on, and come back after them.</summary>
    public GraphState ApplyTo(GraphState state)
    {
        var builder = new GraphStateBuilder(state);
        foreach (var id in DeletedRelationships)
        {
            builder.RemoveRelationship(id);
        }
        foreach (var id in DeletedNodes)
        {
            builder.RemoveNode(id);
        }
        foreach (var node in Nodes)
        {
            builder.SetNode(node);
        }
        foreach (var relationship in Relationships)
        {
            builder.SetRelationship(relationship);
        }
        if (Indexes is not null)
        {
            ReplaceIndexes(builder, Indexes);
        }
        builder.RaiseNextIds(NextNodeId, NextRelationshipId);
        return builder.ToState();
    }

    private static void ReplaceIndexes(GraphStateBuilder builder, IReadOnlyList<IndexDefinition> definitions)
    {
        foreach (var index in builder.Indexes)
        {
            if (!definitions.Contains(index.Definition))
            {
                builder.RemoveIndex(index.Definition.Name);
            }
        }
        foreach (var definition in definitions)
        {
            if (!builder.Indexes.Any(index => index.Definition == definition))
            {
                builder.AddIndex(PropertyIndex.Build(definition, builder.ToState().NodesWithLabel(definition.Label)));
            }
        }
    }

    public void WriteTo(GraphRecordWriter writer)
    {
        writer.Write(Sequence);
        writer.Write(NextNodeId);
        writer.Write(NextRelationshipId);
        WriteIds(writer, DeletedRelationships);
        WriteIds(writer, DeletedNodes);
        writer.Write(Nodes.Count);
        foreach (var node in Nodes)
        {
            writer.Write(node);
        }
        writer.Write(Relationships.Count);
        foreach (var relationship in Relationships)
        {
            writer.Write(relationship);
        }
        writer.Write(Indexes is not null);
        if (Indexes is not null)
        {
            writer.Write(Indexes.Count);
            foreach (var index in Indexes)
            {
                writer.Write(index);
            }
        }
    }

    public static TransactionRecord ReadFrom(GraphRecordReader reader)
    {
        var sequence = reader.ReadInt64();
        var nextNodeId = reader.ReadInt64();
        var nextRelationshipId = reader.ReadInt64();
        var deletedRelationships = ReadIds(reader);
        var deletedNodes = ReadIds(reader);
        var nodes = new NodeRecord[reader.ReadCount()];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = reader.ReadNode();
        }
        var relationships = new RelationshipRecord[reader.ReadCount()];
        for (var i = 0; i < relationships.Length; i++)
        {
            relationships[i] = reader.ReadRelationship();
        }
        IndexDefinition[]? indexes = null;
        if (reader.ReadBoolean())
        {
            indexes = new IndexDefinition[reader.ReadCount()];
            for (var i = 0; i < indexes.Length; i++)
            {
                indexes[i] = reader.ReadIndex();
            }
        }
        return new TransactionRecord(sequence, nextNodeId, nextRelationshipId,
            deletedRelationships, deletedNodes, nodes, relationships, indexes);
    }

    private static void WriteIds(GraphRecordWriter writer, IReadOnlyList<long> ids)
    {
        writer.Write(ids.Count);
        foreach (var id in ids)
        {
            writer.Write(id);
        }
    }

    private static long[] ReadIds(GraphRecordReader reader)
    {
        var ids = new long[reader.ReadCount()];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = reader.ReadInt64();
        }
        return ids;
    }

    private static long[] Sorted(HashSet<long> ids)
    {
        var sorted = ids.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
