using System.Collections.Immutable;
using System.Text;
using Graph.Cypher.Execution.Values.Temporal;

namespace Graph.Cypher.Storage.Persistence;

/// <summary>Binary encoding of records and property values, shared by the snapshot and the log.</summary>
internal sealed class GraphRecordWriter(Stream stream) : IDisposable
{
    private readonly BinaryWriter _writer = new(stream, new UTF8Encoding(false), leaveOpen: true);

    public void Write(long value) => _writer.Write(value);

    public void Write(int value) => _writer.Write(value);

    public void Write(bool value) => _writer.Write(value);

    public void Write(string value) => _writer.Write(value);

    public void Write(IndexDefinition index)
    {
        _writer.Write(index.Name);
        _writer.Write(index.Label);
        _writer.Write(index.Property);
        _writer.Write(index.Unique);
    }

    public void Write(NodeRecord node)
    {
        _writer.Write(node.Id);
        _writer.Write(node.Labels.Length);
        foreach (var label in node.Labels)
        {
            _writer.Write(label);
        }
        Write(node.Properties);
    }

    public void Write(RelationshipRecord relationship)
    {
        _writer.Write(relationship.Id);
        _writer.Write(relationship.Type);
        _writer.Write(relationship.StartId);
        _writer.Write(relationship.EndId);
        Write(relationship.Properties);
    }

    private void Write(PropertyDictionary properties)
    {
        _writer.Write(properties.Count);
        foreach (var (key, value) in properties)
        {
            _writer.Write(key);
            WriteValue(value);
        }
    }

    private void WriteValue(object value)
    {
        switch (value)
        {
            case bool b:
                _writer.Write((byte)(b ? ValueTag.True : ValueTag.False));
                break;
            case long l:
                _writer.Write((byte)ValueTag.Integer);
                _writer.Write(l);
                break;
            case double d:
                _writer.Write((byte)ValueTag.Float);
                _writer.Write(d);
                break;
            case string s:
                _writer.Write((byte)ValueTag.String);
                _writer.Write(s);
                break;
            case ImmutableArray<object> list:
                _writer.Write((byte)ValueTag.List);
                _writer.Write(list.Length);
                foreach (var item in list)
                {
                    WriteValue(item);
                }
                break;
            case ITemporalValue temporal:
                TemporalRecordFormat.Write(_writer, temporal);
                break;
            default:
                throw new InvalidOperationException($"A stored property holds a {value.GetType().Name}, which storage never creates.");
        }
    }

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();
}

/// <summary>The first byte of an encoded property value.</summary>
internal enum ValueTag : byte
{
    False = 1,
    True = 2,
    Integer = 3,
    Float = 4,
    String = 5,
    List = 6,
    Date = 7,
    LocalTime = 8,
    Time = 9,
    LocalDateTime = 10,
    DateTime = 11,
    Duration = 12,
}
