using System.Collections.Immutable;
using System.Text;

namespace Graph.Cypher.Storage.Persistence;

/// <summary>
/// Reads what <see cref="GraphRecordWriter"/> wrote. Labels, types, property keys and many string values (a page's
/// path, a section's name, the sentence several facts came from) repeat across thousands of records, so each
/// distinct string read is kept once in memory: a graph read back takes the memory it took when it was written.
/// </summary>
internal sealed class GraphRecordReader(Stream stream) : IDisposable
{
    private readonly BinaryReader _reader = new(stream, new UTF8Encoding(false), leaveOpen: true);
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public long ReadInt64() => _reader.ReadInt64();

    public int ReadInt32() => _reader.ReadInt32();

    public bool ReadBoolean() => _reader.ReadBoolean();

    public string ReadString() => _reader.ReadString();

    public IndexDefinition ReadIndex() =>
        new(_reader.ReadString(), ReadName(), ReadName(), _reader.ReadBoolean());

    public NodeRecord ReadNode()
    {
        var id = _reader.ReadInt64();
        var labels = ImmutableArray.CreateBuilder<string>(ReadCount());
        for (var i = labels.Capacity; i > 0; i--)
        {
            labels.Add(ReadName());
        }
        return new NodeRecord(id, labels.MoveToImmutable(), ReadProperties());
    }

    public RelationshipRecord ReadRelationship()
    {
        var id = _reader.ReadInt64();
        var type = ReadName();
        var start = _reader.ReadInt64();
        var end = _reader.ReadInt64();
        return new RelationshipRecord(id, type, start, end, ReadProperties());
    }

    public int ReadCount()
    {
        var count = _reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException($"Negative count {count} at byte {_reader.BaseStream.Position - 4}.");
        }
        return count;
    }

    private PropertyDictionary ReadProperties()
    {
        var count = ReadCount();
        if (count == 0)
        {
            return PropertyDictionary.Empty;
        }
        var properties = new List<KeyValuePair<string, object>>(count);
        for (var i = 0; i < count; i++)
        {
            var key = ReadName();
            properties.Add(new(key, ReadValue()));
        }
        return PropertyDictionary.From(properties);
    }

    private object ReadValue()
    {
        var tag = (ValueTag)_reader.ReadByte();
        switch (tag)
        {
            case ValueTag.False:
                return PropertyValues.Box(false);
            case ValueTag.True:
                return PropertyValues.Box(true);
            case ValueTag.Integer:
                return PropertyValues.Box(_reader.ReadInt64());
            case ValueTag.Float:
                return PropertyValues.Box(_reader.ReadDouble());
            case ValueTag.String:
                return Shared(_reader.ReadString());
            case ValueTag.List:
                var items = ImmutableArray.CreateBuilder<object>(ReadCount());
                for (var i = items.Capacity; i > 0; i--)
                {
                    items.Add(ReadValue());
                }
                return items.MoveToImmutable();
            case var temporal when TemporalRecordFormat.IsTemporal(temporal):
                return TemporalRecordFormat.Read(_reader, temporal, Shared);
            default:
                throw new InvalidDataException($"Unknown property value tag {(byte)tag} at byte {_reader.BaseStream.Position - 1}.");
        }
    }

    private string ReadName() => Shared(_reader.ReadString());

    private string Shared(string text)
    {
        if (_strings.TryGetValue(text, out var known))
        {
            return known;
        }
        _strings.Add(text, text);
        return text;
    }

    public void Dispose() => _reader.Dispose();
}
