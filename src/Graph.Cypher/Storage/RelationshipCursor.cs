namespace Graph.Cypher.Storage;

/// <summary>
/// A node's matching relationships, one record at a time, without allocating when the ids sit in one array (a node's
/// relationships of one type on one side, the usual expansion): Expand walks one of these for every row it expands.
/// </summary>
internal struct RelationshipCursor
{
    private readonly RecordMap<RelationshipRecord> _records;
    private readonly long[]? _array;
    private readonly IEnumerator<long>? _others;
    private int _index;

    internal RelationshipCursor(RecordMap<RelationshipRecord> records, IEnumerable<long> ids)
    {
        _records = records;
        _array = ids as long[];
        _others = _array is null ? ids.GetEnumerator() : null;
        _index = -1;
        Current = null!;
    }

    public RelationshipRecord Current { get; private set; }

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
        Current = _records[id];
        return true;
    }
}
