using System.Runtime.CompilerServices;
using System.Text;
using Graph.Cypher.Ast;

namespace Graph.Cypher.Storage;

/// <summary>
/// One property of the nodes with one label, in one immutable graph state, lowered as Cypher's toLower() lowers it
/// (invariant, length-preserving, each value on its own) and laid end to end in a single buffer, so that
/// <c>toLower(n.p) CONTAINS $term</c> is one vectorized search over the whole buffer instead of a record lookup,
/// a property search and a lowering per node. A hit counts only when it lies wholly inside one value.
/// </summary>
/// <remarks>
/// The text is a byte per character when every value is ASCII (ASCII lowers to ASCII, and no ASCII text contains a
/// term with any other character), else a char per UTF-16 unit. Nodes whose value is not a string (a number, a list, a
/// date) are kept apart by id: the caller evaluates its predicate on them, so toLower()'s error is the same as without
/// the column. Nodes without the property are not listed: toLower(null) is null and matches nothing.
/// </remarks>
internal sealed class LoweredTextColumn
{
    /// <summary>The nodes with string values, in id order: the scan hands the record on, so reading it again is free.</summary>
    private readonly NodeRecord[] _nodes;

    /// <summary>Where each value starts in the text; one more entry than there are values, the last being the length.</summary>
    private readonly int[] _offsets;

    private readonly byte[]? _ascii;

    private readonly char[]? _chars;

    /// <summary>Node ids whose value is not a string, ascending.</summary>
    private readonly long[] _others;

    private LoweredTextColumn(NodeRecord[] nodes, int[] offsets, byte[]? ascii, char[]? chars, long[] others)
    {
        _nodes = nodes;
        _offsets = offsets;
        _ascii = ascii;
        _chars = chars;
        _others = others;
    }

    public int StringCount => _nodes.Length;

    public int OtherCount => _others.Length;

    public bool IsAscii => _ascii is not null;

    /// <summary>The arrays' payload, for reports and tests.</summary>
    public long SizeInBytes =>
        (long)_nodes.Length * IntPtr.Size + (long)_offsets.Length * sizeof(int) + (long)_others.Length * sizeof(long)
        + (_ascii?.Length ?? 0) + (long)(_chars?.Length ?? 0) * sizeof(char);

    /// <summary>The column of <paramref name="label"/>.<paramref name="property"/>; null when its text would not fit one array.</summary>
    public static LoweredTextColumn? Build(GraphSnapshot snapshot, string label, string property)
    {
        var capacity = (int)Math.Min(snapshot.CountNodesWithLabel(label), Array.MaxLength);
        var nodes = new NodeRecord[capacity];
        var texts = new string[capacity];
        var others = new List<long>();
        var count = 0;
        long length = 0;
        var ascii = true;
        foreach (var node in snapshot.NodesWithLabel(label))
        {
            if (!node.Properties.TryGetValue(property, out var value))
            {
                continue;
            }
            if (value is string text)
            {
                nodes[count] = node;
                texts[count++] = text;
                length += text.Length;
                ascii = ascii && Ascii.IsValid(text);
            }
            else
            {
                others.Add(node.Id);
            }
        }
        if (length > Array.MaxLength)
        {
            return null;
        }
        var offsets = new int[count + 1];
        var position = 0;
        byte[]? bytes = ascii ? new byte[length] : null;
        char[]? chars = ascii ? null : new char[length];
        for (var i = 0; i < count; i++)
        {
            var text = texts[i];
            offsets[i] = position;
            if (bytes is not null)
            {
                Ascii.ToLower(text, bytes.AsSpan(position, text.Length), out _);
            }
            else
            {
                // The lowering LoweredText and toLower() do, value by value, so a pair of surrogates is never split.
                text.AsSpan().ToLowerInvariant(chars.AsSpan(position, text.Length));
            }
            position += text.Length;
        }
        offsets[count] = position;
        if (count < nodes.Length)
        {
            Array.Resize(ref nodes, count);
        }
        return new LoweredTextColumn(nodes, offsets, bytes, chars, [.. others]);
    }

    /// <summary>
    /// The nodes that may satisfy <c>toLower(n.p) op term</c>, in id order: string values that do, and every value
    /// that is not a string (<see cref="Cursor.Evaluate"/>). A term that is not a string matches no string value.
    /// </summary>
    public Cursor Find(BinaryOperator op, string? term) => new(this, op, term);

    /// <summary>Walks the matches; one per run of a scan, not shared.</summary>
    public sealed class Cursor
    {
        private readonly LoweredTextColumn _column;
        private readonly BinaryOperator _op;
        private readonly byte[]? _asciiTerm;
        private readonly char[]? _charTerm;
        private readonly bool _noStrings;
        private readonly bool _everyString;

        // The next string value that may match (by index), or where CONTAINS searches next (by text offset).
        private int _entry;
        private int _from;

        // The next matching value, -1 when not found yet, the count when there are no more.
        private int _match = -1;
        private int _other;

        internal Cursor(LoweredTextColumn column, BinaryOperator op, string? term)
        {
            _column = column;
            _op = op;
            if (term is null || column._ascii is not null && !Ascii.IsValid(term))
            {
                _noStrings = true;
            }
            else if (term.Length == 0)
            {
                _everyString = true;
            }
            else if (column._ascii is not null)
            {
                _asciiTerm = Encoding.ASCII.GetBytes(term);
            }
            else
            {
                _charTerm = term.ToCharArray();
            }
        }

        public long Id { get; private set; }

        /// <summary>The node's record when its value is a string (and matched), else null.</summary>
        public NodeRecord? Node { get; private set; }

        /// <summary>True when the value is not a string: the caller decides with the predicate itself.</summary>
        public bool Evaluate { get; private set; }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool MoveNext()
        {
            var nodes = _column._nodes;
            var others = _column._others;
            if (_match < 0)
            {
                _match = NextMatch();
            }
            var haveMatch = _match < nodes.Length;
            var haveOther = _other < others.Length;
            if (haveMatch && (!haveOther || nodes[_match].Id < others[_other]))
            {
                Node = nodes[_match];
                Id = Node.Id;
                Evaluate = false;
                _match = -1;
                return true;
            }
            if (haveOther)
            {
                Node = null;
                Id = others[_other++];
                Evaluate = true;
                return true;
            }
            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int NextMatch()
        {
            var count = _column._nodes.Length;
            if (_noStrings)
            {
                return count;
            }
            if (_everyString)
            {
                return _entry < count ? _entry++ : count;
            }
            if (_op == BinaryOperator.Contains)
            {
                return _asciiTerm is not null ? NextContaining(_column._ascii!, _asciiTerm) : NextContaining(_column._chars!, _charTerm!);
            }
            return _asciiTerm is not null ? NextAffixed(_column._ascii!, _asciiTerm) : NextAffixed(_column._chars!, _charTerm!);
        }

        /// <summary>Searches on from the last hit's value; a hit that runs into the next value is no hit.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int NextContaining<T>(T[] text, T[] term) where T : IEquatable<T>
        {
            var offsets = _column._offsets;
            var count = _column._nodes.Length;
            while (_from < text.Length)
            {
                var found = text.AsSpan(_from).IndexOf(term.AsSpan());
                if (found < 0)
                {
                    break;
                }
                var at = _from + found;
                var entry = EntryAt(at);
                var end = offsets[entry + 1];
                // A later start in the same value would run over its end too, so the search goes on from the next value.
                _from = end;
                _entry = entry + 1;
                if (at + term.Length <= end)
                {
                    return entry;
                }
            }
            _from = text.Length;
            return count;
        }

        /// <summary>STARTS WITH and ENDS WITH: each value's own ends.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int NextAffixed<T>(T[] text, T[] term) where T : IEquatable<T>
        {
            var offsets = _column._offsets;
            var count = _column._nodes.Length;
            var starts = _op == BinaryOperator.StartsWith;
            while (_entry < count)
            {
                var entry = _entry++;
                var value = text.AsSpan(offsets[entry], offsets[entry + 1] - offsets[entry]);
                if (starts ? value.StartsWith(term.AsSpan()) : value.EndsWith(term.AsSpan()))
                {
                    return entry;
                }
            }
            return count;
        }

        /// <summary>
        /// The value holding the text offset: the last whose start is at or before it (so not an empty one). Hits come
        /// in text order, a few values apart when a term is common, so it steps on from the last hit's value and only
        /// bisects what is left when the hit is further.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int EntryAt(int offset)
        {
            var offsets = _column._offsets;
            int low = _entry, high = _column._nodes.Length - 1;
            for (var step = 0; step < 8 && low < high; step++)
            {
                if (offsets[low + 1] > offset)
                {
                    return low;
                }
                low++;
            }
            while (low < high)
            {
                var middle = low + (high - low + 1) / 2;
                if (offsets[middle] <= offset)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }
            return low;
        }
    }
}
