using System.Buffers.Binary;
using System.Text;

namespace Graph.Cypher.Storage.Persistence;

/// <summary>
/// graph.wal: a 16-byte header, then committed transactions appended one after another, each as
/// [payload length: int32][CRC-32 of payload: uint32][payload]. A crash mid-append leaves a torn last
/// record; opening keeps the longest valid prefix and cuts the rest off, so later appends follow good data.
/// </summary>
internal sealed class WriteAheadLog : IDisposable
{
    public const int HeaderLength = 16;
    private const int FormatVersion = 1;
    private const int RecordHeaderLength = 8;
    private const int MaxPayloadLength = 1 << 30;
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("GRAPHWAL");

    private readonly FileStream _file;
    private readonly MemoryStream _buffer = new();
    private bool _broken;

    private WriteAheadLog(string path, FileStream file)
    {
        Path = path;
        _file = file;
    }

    public string Path { get; }

    public long Length => _file.Length;

    /// <summary>Bytes cut off a torn or corrupt tail when the log was opened.</summary>
    public long DiscardedBytes { get; private set; }

    public bool HasRecords => _file.Length > HeaderLength;

    /// <summary>Opens (or creates) the log and hands each valid record to <paramref name="replay"/> in order.</summary>
    public static WriteAheadLog Open(string path, Action<TransactionRecord> replay)
    {
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 1);
        var log = new WriteAheadLog(path, file);
        try
        {
            if (file.Length < HeaderLength)
            {
                // Empty or cut short while being created: nothing was ever committed to it.
                log.WriteHeader();
            }
            else
            {
                log.CheckHeader();
                log.Replay(replay);
            }
            return log;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Appends, forcing the record to disk when <paramref name="sync"/>; on failure the log is left as before.</summary>
    public void Append(TransactionRecord record, bool sync)
    {
        if (_broken)
        {
            throw new IOException($"{Path} could not be repaired after a failed write; no further commits are accepted. Reopen the store to recover.");
        }
        _buffer.SetLength(RecordHeaderLength);
        _buffer.Position = RecordHeaderLength;
        using (var writer = new GraphRecordWriter(_buffer))
        {
            record.WriteTo(writer);
        }
        var bytes = _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length);
        var payload = bytes[RecordHeaderLength..];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[4..], Crc32.Compute(payload));

        var end = _file.Length;
        try
        {
            _file.Position = end;
            _file.Write(bytes);
            _file.Flush(sync);
        }
        catch (Exception e) when (e is IOException or ArgumentOutOfRangeException or UnauthorizedAccessException)
        {
            // A partial record would hide every later one from replay: cut it off before anything else lands.
            try
            {
                _file.SetLength(end);
            }
            catch (IOException)
            {
                _broken = true;
            }
            throw new IOException($"A commit could not be written to {Path}: {Why(e)}. It was not applied, and every earlier commit is kept; "
                + "free some space and run it again.", e);
        }
    }

    // .NET reports a file grown past the process's size limit (EFBIG) as an argument error, and a full disk as an IOException.
    private static string Why(Exception e) => e switch
    {
        ArgumentOutOfRangeException => "the file would grow past the largest file this process may write (a file size limit, or a full quota)",
        IOException when (e.HResult & 0xFFFF) == 28 => "the disk is full",
        _ => e.Message,
    };

    /// <summary>Forces every record appended so far to disk.</summary>
    public void Sync() => _file.Flush(flushToDisk: true);

    /// <summary>Drops every record (their effects are in a durable snapshot by now).</summary>
    public void Clear()
    {
        _file.SetLength(HeaderLength);
        _file.Flush(flushToDisk: true);
    }

    private void WriteHeader()
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        header.Clear();
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], FormatVersion);
        _file.SetLength(0);
        _file.Write(header);
        _file.Flush(flushToDisk: true);
    }

    private void CheckHeader()
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        _file.Position = 0;
        _file.ReadExactly(header);
        if (!header[..8].SequenceEqual(Magic))
        {
            throw new InvalidDataException($"{Path} is not a graph write-ahead log (wrong magic bytes).");
        }
        var version = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"{Path} has log format version {version}; this build reads version {FormatVersion}.");
        }
    }

    private void Replay(Action<TransactionRecord> replay)
    {
        var length = _file.Length;
        var position = (long)HeaderLength;
        var header = new byte[RecordHeaderLength];
        var stream = _file;
        stream.Position = position;
        while (position + RecordHeaderLength <= length)
        {
            stream.ReadExactly(header);
            var payloadLength = BinaryPrimitives.ReadInt32LittleEndian(header);
            var checksum = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4));
            if (payloadLength <= 0 || payloadLength > MaxPayloadLength || position + RecordHeaderLength + payloadLength > length)
            {
                break;
            }
            var payload = new byte[payloadLength];
            stream.ReadExactly(payload);
            if (Crc32.Compute(payload) != checksum)
            {
                break;
            }
            replay(TransactionRecord.ReadFrom(new GraphRecordReader(payload)));
            position += RecordHeaderLength + payloadLength;
        }
        if (position < length)
        {
            DiscardedBytes = length - position;
            _file.SetLength(position);
            _file.Flush(flushToDisk: true);
        }
    }

    public void Dispose()
    {
        _file.Dispose();
        _buffer.Dispose();
    }
}
