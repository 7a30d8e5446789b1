using System.Runtime.CompilerServices;
using System.Text;
using Graph.Cypher.Ast;

namespace Graph.Cypher.Storage;

/// <summary>
/// Values lowered as toLower() lowers them and laid end to end, entry after entry: a byte per character when every
/// value is ASCII, else a char per UTF-16 unit. <see cref="LoweredTextColumn"/> keeps one in id order and, for ordered
/// searches, one per direction in value order; <see cref="Search"/> finds the matching entries of either, front to back.
/// </summary>
internal sealed class LoweredTextBuffer
{
    /// <summary>Where each value starts; one more entry than there are values, the last being the length.</summary>
    private readonly int[] _offsets;

    private readonly byte[]? _ascii;

    private readonly char[]? _chars;

    private LoweredTextBuffer(int[] offsets, byte[]? ascii, char[]? chars)
    {
        _offsets = offsets;
        _ascii = ascii;
        _chars = chars;
    }

    public int Count => _offsets.Length - 1;

    public bool IsAscii => _ascii is not null;

    public long SizeInBytes => (long)_offsets.Length * sizeof(int) + (_ascii?.Length ?? 0) + (long)(_chars?.Length ?? 0) * sizeof(char);

    /// <summary>The first <paramref name="count"/> texts lowered; <paramref name="length"/> is their total, at most <see cref="Array.MaxLength"/>.</summary>
    public static LoweredTextBuffer Lower(string[] texts, int count, int length, bool ascii)
    {
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
                // The lowering Evaluation.LoweredText and toLower() do, value by value, so a pair of surrogates is never split.
                text.AsSpan().ToLowerInvariant(chars.AsSpan(position, text.Length));
            }
            position += text.Length;
        }
        offsets[count] = position;
        return new LoweredTextBuffer(offsets, bytes, chars);
    }

    /// <summary>The same values in another order: entry <c>i</c> of the copy is entry <c>entries[i]</c> of this.</summary>
    public LoweredTextBuffer Reordered(int[] entries)
    {
        var offsets = new int[entries.Length + 1];
        byte[]? bytes = _ascii is null ? null : new byte[_ascii.Length];
        char[]? chars = _chars is null ? null : new char[_chars.Length];
        var position = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            var start = _offsets[entries[i]];
            var length = _offsets[entries[i] + 1] - start;
            offsets[i] = position;
            if (bytes is not null)
            {
                _ascii.AsSpan(start, length).CopyTo(bytes.AsSpan(position));
            }
            else
            {
                _chars.AsSpan(start, length).CopyTo(chars.AsSpan(position));
            }
            position += length;
        }
        offsets[entries.Length] = position;
        return new LoweredTextBuffer(offsets, bytes, chars);
    }

    /// <summary>
    /// The entries whose value satisfies <c>value op term</c>, in entry order. The empty term matches every value; a
    /// null term, or one that is not ASCII against ASCII text, matches none.
    /// </summary>
    public Search Find(BinaryOperator op, string? term) => new(this, op, term);

    /// <summary>One pass over the entries; not shared.</summary>
    public sealed class Search
    {
        private readonly LoweredTextBuffer _text;
        private readonly BinaryOperator _op;
        private readonly byte[]? _asciiTerm;
        private readonly char[]? _charTerm;
        private readonly bool _noValues;
        private readonly bool _everyValue;

        // The next entry that may match, or where CONTAINS searches next (by text offset).
        private int _entry;
        private int _from;

        internal Search(LoweredTextBuffer text, BinaryOperator op, string? term)
        {
            _text = text;
            _op = op;
            if (term is null || text._ascii is not null && !Ascii.IsValid(term))
            {
                _noValues = true;
            }
            else if (term.Length == 0)
            {
                _everyValue = true;
            }
            else if (text._ascii is not null)
            {
                _asciiTerm = Encoding.ASCII.GetBytes(term);
            }
            else
            {
                _charTerm = term.ToCharArray();
            }
        }

        /// <summary>The next matching entry, or <see cref="Count"/> when there are no more.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Next()
        {
            var count = _text.Count;
            if (_noValues)
            {
                return count;
            }
            if (_everyValue)
            {
                return _entry < count ? _entry++ : count;
            }
            if (_op == BinaryOperator.Contains)
            {
                return _asciiTerm is not null ? NextContaining(_text._ascii!, _asciiTerm) : NextContaining(_text._chars!, _charTerm!);
            }
            return _asciiTerm is not null ? NextAffixed(_text._ascii!, _asciiTerm) : NextAffixed(_text._chars!, _charTerm!);
        }

        /// <summary>Searches on from the last hit's value; a hit that runs into the next value is no hit.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int NextContaining<T>(T[] text, T[] term) where T : IEquatable<T>
        {
            var offsets = _text._offsets;
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
            return _text.Count;
        }

        /// <summary>STARTS WITH and ENDS WITH: each value's own ends.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int NextAffixed<T>(T[] text, T[] term) where T : IEquatable<T>
        {
            var offsets = _text._offsets;
            var count = _text.Count;
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
            var offsets = _text._offsets;
            int low = _entry, high = _text.Count - 1;
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
