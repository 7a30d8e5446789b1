using System.Collections;

namespace Graph.Cypher.Storage;

/// <summary>
/// The ids of the nodes under one key of a <see cref="PropertyIndex"/>, ascending; never empty. Most keys have one
/// node (a unique index's all), held inline with no object of its own; a key a second node shares gets an
/// <see cref="IdTree"/>, and goes back to inline when removals leave one id.
/// </summary>
internal readonly struct IndexEntry : IEnumerable<long>, IEquatable<IndexEntry>
{
    // The ids when two or more share the key; null when the key has only _single.
    private readonly IdTree? _shared;
    private readonly long _single;

    private IndexEntry(long single, IdTree? shared)
    {
        _single = single;
        _shared = shared;
    }

    public static IndexEntry Of(long id) => new(id, null);

    /// <summary>An entry of these ids, at least one.</summary>
    public static IndexEntry Of(IReadOnlyCollection<long> ids)
    {
        var tree = IdTree.Of(ids);
        return tree.Count switch
        {
            0 => throw new ArgumentException("An index entry holds at least one id.", nameof(ids)),
            1 => Of(tree.Min),
            _ => new IndexEntry(0, tree),
        };
    }

    public int Count => _shared?.Count ?? 1;

    /// <summary>The lowest id.</summary>
    public long First => _shared?.Min ?? _single;

    public IndexEntry With(long id)
    {
        if (_shared is not null)
        {
            return new IndexEntry(0, _shared.Add(id));
        }
        return id == _single ? this : new IndexEntry(0, IdTree.Of([_single, id]));
    }

    /// <summary>This entry without the id, or null when it was the only one.</summary>
    public IndexEntry? Without(long id)
    {
        if (_shared is null)
        {
            return id == _single ? null : this;
        }
        var remaining = _shared.Remove(id);
        return remaining.Count == 1 ? Of(remaining.Min) : new IndexEntry(0, remaining);
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<long> IEnumerable<long>.GetEnumerator() => _shared?.GetEnumerator() ?? Single();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<long>)this).GetEnumerator();

    private IEnumerator<long> Single()
    {
        yield return _single;
    }

    // Compared when an index dictionary replaces a value: the same tree or the same lone id is the same entry.
    public bool Equals(IndexEntry other) => ReferenceEquals(_shared, other._shared) && _single == other._single;

    public override bool Equals(object? obj) => obj is IndexEntry other && Equals(other);

    public override int GetHashCode() => _shared?.GetHashCode() ?? _single.GetHashCode();

    /// <summary>Walks a lone id without allocating; a shared key's tree through its own enumerator.</summary>
    public struct Enumerator(IndexEntry entry)
    {
        private readonly IEnumerator<long>? _tree = entry._shared?.GetEnumerator();
        private bool _started;

        public long Current { get; private set; }

        public bool MoveNext()
        {
            if (_tree is not null)
            {
                var moved = _tree.MoveNext();
                Current = moved ? _tree.Current : 0;
                return moved;
            }
            if (_started)
            {
                return false;
            }
            _started = true;
            Current = entry._single;
            return true;
        }
    }
}
