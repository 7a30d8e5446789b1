using Graph.Cypher.Execution.Values.Temporal;

namespace Graph.Cypher.Storage.Persistence;

/// <summary>
/// The binary form of stored temporal values, after their <see cref="ValueTag"/>. Files written before temporal
/// values existed never hold these tags, so they read as before. A named zone is kept by name with the offset it
/// had when written, so a later tz database cannot move a stored instant.
/// </summary>
internal static class TemporalRecordFormat
{
    public static void Write(BinaryWriter writer, ITemporalValue value)
    {
        switch (value)
        {
            case DateValue date:
                writer.Write((byte)ValueTag.Date);
                writer.Write(date.EpochDay);
                break;
            case LocalTimeValue time:
                writer.Write((byte)ValueTag.LocalTime);
                writer.Write(time.NanoOfDay);
                break;
            case TimeValue time:
                writer.Write((byte)ValueTag.Time);
                writer.Write(time.NanoOfDay);
                writer.Write(time.OffsetSeconds);
                break;
            case LocalDateTimeValue local:
                writer.Write((byte)ValueTag.LocalDateTime);
                writer.Write(local.EpochDay);
                writer.Write(local.NanoOfDay);
                break;
            case DateTimeValue zoned:
                writer.Write((byte)ValueTag.DateTime);
                writer.Write(zoned.EpochSecond);
                writer.Write(zoned.Nano);
                writer.Write(zoned.OffsetSeconds);
                writer.Write(zoned.ZoneId ?? "");
                break;
            case DurationValue duration:
                writer.Write((byte)ValueTag.Duration);
                writer.Write(duration.Months);
                writer.Write(duration.Days);
                writer.Write(duration.Seconds);
                writer.Write(duration.Nanos);
                break;
            default:
                throw new InvalidOperationException($"No stored form for a {value.GetType().Name}.");
        }
    }

    public static ITemporalValue Read(GraphRecordReader reader, ValueTag tag) => tag switch
    {
        ValueTag.Date => new DateValue(reader.ReadInt64()),
        ValueTag.LocalTime => new LocalTimeValue(reader.ReadInt64()),
        ValueTag.Time => new TimeValue(reader.ReadInt64(), reader.ReadInt32()),
        ValueTag.LocalDateTime => new LocalDateTimeValue(reader.ReadInt64(), reader.ReadInt64()),
        ValueTag.DateTime => ReadDateTime(reader),
        ValueTag.Duration => DurationValue.Of(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt32()),
        _ => throw new InvalidDataException($"Tag {(byte)tag} is not a temporal value."),
    };

    private static DateTimeValue ReadDateTime(GraphRecordReader reader)
    {
        var (epochSecond, nano, offset) = (reader.ReadInt64(), reader.ReadInt32(), reader.ReadInt32());
        var zone = reader.ReadSharedString();
        return new DateTimeValue(epochSecond, nano, offset, zone.Length == 0 ? null : zone);
    }

    public static bool IsTemporal(ValueTag tag) => tag is >= ValueTag.Date and <= ValueTag.Duration;
}
