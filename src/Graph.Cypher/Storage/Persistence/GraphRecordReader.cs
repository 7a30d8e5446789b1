using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace Graph.Cypher.Storage.Persistence;

/// <summary>
/// Reads what <see cref="GraphRecordWriter"/> wrote, straight from the bytes in memory. Labels, types, property keys
/// and many string values (a page's path, a section's name, the sentence several facts came from) repeat across
/// thousands of records, so each distinct string read is kept once in memory: a graph read back takes the memory it
/// took when it was written. A short string is looked up by its characters before any string is made for it.
/// A snapshot is read from its file a window at a time, so the file never sits in memory whole beside the graph.
/// </summary>
internal sealed class GraphRecordReader
{
    // Strings up to this many bytes are decoded on the stack and looked up without allocating.
    private const int ShortStringBytes = 256;

    private const int Window = 1 << 20;

    private readonly Stream? _source;
    private byte[] _bytes;
    private int _start;
    private int _end;
    // Bytes of the source not yet in the window, and bytes already dropped from its front (for error offsets).
    private long _unread;
    private long _dropped;
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stringsByChars;
    private object[] _values = new object[8];
    private ImmutableArray<string> _labels = [];
    private byte[] _lastTypeBytes = [];
    private string _lastType = "";
    private int _position;

    public GraphRecordReader(byte[] bytes) : this(bytes, 0, bytes.Length)
    {
    }

    public GraphRecordReader(byte[] bytes, int start, int length)
    {
        _bytes = bytes;
        _start = start;
        _position = start;
        _end = start + length;
        _stringsByChars = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads the next <paramref name="length"/> bytes of the stream, a window at a time.</summary>
    public GraphRecordReader(Stream source, long length) : this(new byte[(int)Math.Min(Window, length)], 0, 0)
    {
        _source = source;
        _unread = length;
    }

    /// <summary>Bytes left to read.</summary>
    private long Remaining => _end - _position + _unread;

    private long Offset => _dropped + _position - _start;

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public bool ReadBoolean() => Take(1)[0] != 0;

    private byte ReadByte() => Take(1)[0];

    private double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    /// <summary>A string as BinaryWriter writes it: its UTF-8 length as a 7-bit encoded int, then the bytes.</summary>
    public string ReadString() => Encoding.UTF8.GetString(Take(ReadStringLength()));

    public IndexDefinition ReadIndex() =>
        new(ReadString(), ReadSharedString(), ReadSharedString(), ReadBoolean());

    public NodeRecord ReadNode()
    {
        var id = ReadInt64();
        return new NodeRecord(id, ReadLabels(), ReadProperties());
    }

    /// <summary>
    /// A node's labels, as the previous node's array when they are the same (nodes of a label mostly come together):
    /// an array per node was a hundred thousand arrays of one label.
    /// </summary>
    private ImmutableArray<string> ReadLabels()
    {
        var count = ReadCount();
        var same = count == _labels.Length;
        var labels = same ? null : new string[count];
        for (var i = 0; i < count; i++)
        {
            var label = ReadSharedString();
            if (same && !ReferenceEquals(label, _labels[i]))
            {
                (same, labels) = (false, new string[count]);
                _labels.AsSpan(0, i).CopyTo(labels);
            }
            if (!same)
            {
                labels![i] = label;
            }
        }
        if (!same)
        {
            _labels = ImmutableCollectionsMarshal.AsImmutableArray(labels);
        }
        return _labels;
    }

    public RelationshipRecord ReadRelationship()
    {
        var id = ReadInt64();
        var type = ReadType();
        var start = ReadInt64();
        var end = ReadInt64();
        return new RelationshipRecord(id, type, start, end, ReadProperties());
    }

    public int ReadCount()
    {
        var count = ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException($"Negative count {count} at byte {Offset - 4}.");
        }
        return count;
    }

    /// <summary>The string, as the one instance this reader keeps of it.</summary>
    public string ReadSharedString() => Shared(Take(ReadStringLength()));

    /// <summary>A relationship's type: relationships of a type mostly come together, so the last one is checked first.</summary>
    private string ReadType()
    {
        var bytes = Take(ReadStringLength());
        if (!bytes.SequenceEqual(_lastTypeBytes))
        {
            (_lastType, _lastTypeBytes) = (Shared(bytes), bytes.ToArray());
        }
        return _lastType;
    }

    private string Shared(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > ShortStringBytes)
        {
            var text = Encoding.UTF8.GetString(bytes);
            return _strings.TryGetValue(text, out var known) ? known : Keep(text);
        }
        // UTF-8 never takes fewer bytes than UTF-16 takes chars.
        Span<char> chars = stackalloc char[ShortStringBytes];
        chars = chars[..Encoding.UTF8.GetChars(bytes, chars)];
        return _stringsByChars.TryGetValue(chars, out var shared) ? shared : Keep(new string(chars));
    }

    private string Keep(string text)
    {
        _strings.Add(text);
        return text;
    }

    private PropertyDictionary ReadProperties()
    {
        var count = ReadCount();
        if (count == 0)
        {
            return PropertyDictionary.Empty;
        }
        // The keys become the map's (or are dropped for the shared copy); the values are copied out of this buffer.
        if (count > Remaining)
        {
            throw new EndOfStreamException($"{count} properties cannot fit in the {Remaining} bytes left at byte {Offset}.");
        }
        var keys = new string[count];
        if (_values.Length < count)
        {
            _values = new object[count];
        }
        for (var i = 0; i < count; i++)
        {
            keys[i] = ReadSharedString();
            _values[i] = ReadValue();
        }
        var properties = PropertyDictionary.FromArrays(keys, _values);
        Array.Clear(_values, 0, count);
        return properties;
    }

    private object ReadValue()
    {
        var tag = (ValueTag)ReadByte();
        switch (tag)
        {
            case ValueTag.False:
                return PropertyValues.Box(false);
            case ValueTag.True:
                return PropertyValues.Box(true);
            case ValueTag.Integer:
                return PropertyValues.Box(ReadInt64());
            case ValueTag.Float:
                return PropertyValues.Box(ReadDouble());
            case ValueTag.String:
                return ReadSharedString();
            case ValueTag.List:
                var items = ImmutableArray.CreateBuilder<object>(ReadCount());
                for (var i = items.Capacity; i > 0; i--)
                {
                    items.Add(ReadValue());
                }
                return items.MoveToImmutable();
            case var temporal when TemporalRecordFormat.IsTemporal(temporal):
                return TemporalRecordFormat.Read(this, temporal);
            default:
                throw new InvalidDataException($"Unknown property value tag {(byte)tag} at byte {Offset - 1}.");
        }
    }

    private int ReadStringLength()
    {
        // Seven bits a byte, low first; the high bit says another byte follows (at most five for an int).
        var length = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return length >= 0 ? length : throw new InvalidDataException($"Bad string length at byte {Offset}.");
            }
        }
        throw new InvalidDataException($"Bad string length at byte {Offset}.");
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > _end - _position)
        {
            if (length > Remaining)
            {
                throw new EndOfStreamException($"A record needs {length} more bytes at byte {Offset}; the data ends first.");
            }
            Refill(length);
        }
        var span = _bytes.AsSpan(_position, length);
        _position += length;
        return span;
    }

    /// <summary>Moves the unread rest of the window to its front and reads on, growing the window for a larger record.</summary>
    private void Refill(int length)
    {
        var left = _end - _position;
        var window = length > _bytes.Length ? new byte[Math.Max(length, 2 * _bytes.Length)] : _bytes;
        Buffer.BlockCopy(_bytes, _position, window, 0, left);
        _dropped += _position - _start;
        (_bytes, _start, _position, _end) = (window, 0, 0, left);
        var count = (int)Math.Min(_bytes.Length - left, _unread);
        _source!.ReadExactly(_bytes, left, count);
        _end += count;
        _unread -= count;
    }
}
