using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Values;

namespace Graph.Cypher.Storage;

/// <summary>
/// Ordered searches: the string values' matches in the order ORDER BY n.p gives them, so a Top over n.p can stop once
/// it has its rows (Neo4j's index-provided order) instead of taking every match through its heap.
/// </summary>
/// <remarks>
/// Each direction has its own copy of the lowered text, laid out in that order and made on its first search: walking
/// the id-ordered text through a permutation would test values one by one, in random places, and a rare term (which
/// must be searched to the end) would then cost several times the vectorized search this copy keeps.
/// </remarks>
internal sealed partial class LoweredTextColumn
{
    private readonly Lazy<ValueOrder> _ascending;
    private readonly Lazy<ValueOrder> _descending;

    /// <summary>
    /// The string values that satisfy <c>toLower(n.p) op term</c> ordered by n.p in <see cref="ValueOrdering"/>'s
    /// order (ascending or descending), equal values in id order either way, as a stable sort of the id-ordered matches
    /// would leave them. Values that are not strings are not walked: see <see cref="Others"/>.
    /// </summary>
    public OrderedCursor FindOrdered(BinaryOperator op, string? term, bool descending)
    {
        var order = (descending ? _descending : _ascending).Value;
        return new(this, order.Entries, order.Text, op, term);
    }

    /// <summary>The string entries in one direction's order, and their lowered text laid out in that order.</summary>
    private sealed class ValueOrder(int[] entries, LoweredTextBuffer text)
    {
        /// <summary>For each position, the entry (index into the id-ordered nodes) whose value is there.</summary>
        public readonly int[] Entries = entries;

        public readonly LoweredTextBuffer Text = text;

        public long SizeInBytes => (long)Entries.Length * sizeof(int) + Text.SizeInBytes;

        public static ValueOrder Build(LoweredTextColumn column, bool descending)
        {
            var count = column._nodes.Length;
            var values = new string[count];
            var entries = new int[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = (string)column._nodes[i].Properties[column._property];
                entries[i] = i;
            }
            // ORDER BY compares two strings ordinally (ValueOrdering), so the order is the one Sort gives.
            Array.Sort(values, entries, StringComparer.Ordinal);
            if (descending)
            {
                Array.Reverse(values);
                Array.Reverse(entries);
            }
            // The sort is not stable: equal values go back to id order (entries are in id order).
            for (var start = 0; start < count;)
            {
                var end = start + 1;
                while (end < count && string.Equals(values[start], values[end], StringComparison.Ordinal))
                {
                    end++;
                }
                if (end - start > 1)
                {
                    Array.Sort(entries, start, end - start);
                }
                start = end;
            }
            return new ValueOrder(entries, column._text.Reordered(entries));
        }
    }

    /// <summary>Walks the ordered matches lazily: a reader that stops early pays for what it read. Not shared.</summary>
    public sealed class OrderedCursor
    {
        private readonly LoweredTextColumn _column;
        private readonly int[] _entries;
        private readonly LoweredTextBuffer.Search _search;

        internal OrderedCursor(LoweredTextColumn column, int[] entries, LoweredTextBuffer text, BinaryOperator op, string? term)
        {
            _column = column;
            _entries = entries;
            _search = text.Find(op, term);
        }

        public NodeRecord Node { get; private set; } = null!;

        /// <summary>The node's value (not lowered), by which the matches are ordered.</summary>
        public string Value { get; private set; } = "";

        public bool MoveNext()
        {
            var position = _search.Next();
            if (position == _entries.Length)
            {
                return false;
            }
            Node = _column._nodes[_entries[position]];
            Value = (string)Node.Properties[_column._property];
            return true;
        }
    }
}
