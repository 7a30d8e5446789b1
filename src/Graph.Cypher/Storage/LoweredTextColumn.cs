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
/// the column. Nodes without the property are not listed: toLower(null) is null and matches nothing. An ordered
/// search (<see cref="FindOrdered"/>) reads a copy of the text in value order, made on the first such search.
/// </remarks>
internal sealed partial class LoweredTextColumn
{
    private readonly string _property;

    /// <summary>The nodes with string values, in id order: the scan hands the record on, so reading it again is free.</summary>
    private readonly NodeRecord[] _nodes;

    /// <summary>Their values lowered, entry <c>i</c> being node <c>i</c>'s.</summary>
    private readonly LoweredTextBuffer _text;

    /// <summary>Node ids whose value is not a string, ascending.</summary>
    private readonly long[] _others;

    private LoweredTextColumn(string property, NodeRecord[] nodes, LoweredTextBuffer text, long[] others)
    {
        _property = property;
        _nodes = nodes;
        _text = text;
        _others = others;
        _ascending = new(() => ValueOrder.Build(this, descending: false), LazyThreadSafetyMode.ExecutionAndPublication);
        _descending = new(() => ValueOrder.Build(this, descending: true), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public int StringCount => _nodes.Length;

    public int OtherCount => _others.Length;

    /// <summary>The ids whose value is not a string, ascending: an ordered search leaves them to its caller.</summary>
    public ReadOnlySpan<long> Others => _others;

    public bool IsAscii => _text.IsAscii;

    /// <summary>The arrays' payload (with the value orders built so far), for reports and tests.</summary>
    public long SizeInBytes =>
        (long)_nodes.Length * IntPtr.Size + (long)_others.Length * sizeof(long) + _text.SizeInBytes
        + (_ascending.IsValueCreated ? _ascending.Value.SizeInBytes : 0) + (_descending.IsValueCreated ? _descending.Value.SizeInBytes : 0);

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
        if (count < nodes.Length)
        {
            Array.Resize(ref nodes, count);
        }
        return new LoweredTextColumn(property, nodes, LoweredTextBuffer.Lower(texts, count, (int)length, ascii), [.. others]);
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
        private readonly LoweredTextBuffer.Search _search;

        // The next matching value, -1 when not found yet, the count when there are no more.
        private int _match = -1;
        private int _other;

        internal Cursor(LoweredTextColumn column, BinaryOperator op, string? term)
        {
            _column = column;
            _search = column._text.Find(op, term);
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
                _match = _search.Next();
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
    }
}
