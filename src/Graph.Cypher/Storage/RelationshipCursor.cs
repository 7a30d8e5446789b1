namespace Graph.Cypher.Storage;

/// <summary>
/// A node's matching relationships, one at a time, without allocating when the ids sit in one array (a node's
/// relationships of one type on one side, the usual expansion): Expand walks one of these for every row it expands.
/// With a snapshot's <see cref="RelationshipEnds"/> it reads no record unless asked for one.
/// </summary>
internal struct RelationshipCursor
{
    private readonly RecordMap<RelationshipRecord> _records;
    private readonly RelationshipEnds? _ends;
    private readonly long[]? _array;
    private readonly IEnumerator<long>? _others;
    private int _index;
    private RelationshipRecord? _record;

    internal RelationshipCursor(RecordMap<RelationshipRecord> records, IEnumerable<long> ids, RelationshipEnds? ends = null)
    {
        _records = records;
        _ends = ends;
        _array = ids as long[];
        _others = _array is null ? ids.GetEnumerator() : null;
        _index = -1;
    }

    public long Id { get; private set; }

    public long StartId { get; private set; }

    public long EndId { get; private set; }

    /// <summary>The current relationship's record, read now when the cursor walks by ends only.</summary>
    public RelationshipRecord Current => _record ??= _records[Id];

    public bool MoveNext()
    {
        long id;
        if (_array is not null)
        {
            if (++_index >= _array.Length)
            {
                return false;
            }
            id = _array[_index];
        }
        else if (_others is not null && _others.MoveNext())
        {
            id = _others.Current;
        }
        else
        {
            return false;
        }
        Id = id;
        if (_ends is { } ends)
        {
            _record = null;
            StartId = ends.StartOf(id);
            EndId = ends.EndOf(id);
        }
        else
        {
            var record = _records[id];
            _record = record;
            StartId = record.StartId;
            EndId = record.EndId;
        }
        return true;
    }
}
