namespace Graph.Core.Cypher;

/// <summary>
/// The rows of one statement. Values are Cypher values as plain .NET objects:
/// null, bool, long, double, string, <see cref="IReadOnlyList{T}"/> of values (lists),
/// <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to value (maps),
/// <see cref="CypherNode"/>, <see cref="CypherRelationship"/>, <see cref="CypherPath"/>.
/// </summary>
public sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public CypherCounters Counters { get; init; } = CypherCounters.None;

    public static CypherResult Empty { get; } = new([], []);

    /// <summary>The rows as column-name to value maps, in column order.</summary>
    public IEnumerable<IReadOnlyDictionary<string, object?>> Records()
    {
        foreach (var row in Rows)
        {
            var record = new Dictionary<string, object?>(Columns.Count);
            for (var i = 0; i < Columns.Count; i++)
            {
                record[Columns[i]] = row[i];
            }
            yield return record;
        }
    }

    /// <summary>The value of <paramref name="column"/> in every row.</summary>
    public IEnumerable<object?> Column(string column)
    {
        var index = IndexOf(column);
        return Rows.Select(row => row[index]);
    }

    /// <summary>The only value of a one-row result, e.g. <c>RETURN count(*)</c>.</summary>
    public object? Single(string column)
    {
        if (Rows.Count != 1)
        {
            throw new InvalidOperationException($"Expected one row, got {Rows.Count}.");
        }
        return Rows[0][IndexOf(column)];
    }

    private int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }
        throw new KeyNotFoundException($"No column '{column}' in [{string.Join(", ", Columns)}].");
    }
}

/// <summary>What a statement changed, as Neo4j reports it.</summary>
public sealed record CypherCounters(
    int NodesCreated = 0,
    int NodesDeleted = 0,
    int RelationshipsCreated = 0,
    int RelationshipsDeleted = 0,
    int PropertiesSet = 0,
    int LabelsAdded = 0,
    int LabelsRemoved = 0)
{
    public static CypherCounters None { get; } = new();

    public bool ContainsUpdates =>
        NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded + LabelsRemoved > 0;

    public CypherCounters Add(CypherCounters other) => new(
        NodesCreated + other.NodesCreated,
        NodesDeleted + other.NodesDeleted,
        RelationshipsCreated + other.RelationshipsCreated,
        RelationshipsDeleted + other.RelationshipsDeleted,
        PropertiesSet + other.PropertiesSet,
        LabelsAdded + other.LabelsAdded,
        LabelsRemoved + other.LabelsRemoved);
}
