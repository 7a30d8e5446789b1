using System.Buffers.Binary;
using System.Text;

namespace Graph.Cypher.Storage.Persistence;

/// <summary>
/// graph.snapshot: the whole committed graph as of one log sequence number. Layout: "GRAPHSNP", format
/// version, then sequence, id counters, index definitions, nodes, relationships, and a CRC-32 of all of it
/// at the end. Written beside the old one and renamed over it, so a reader sees the old file or the new
/// one, never half of either.
/// </summary>
internal static class SnapshotFile
{
    private const int FormatVersion = 1;
    private const int HeaderLength = 16;
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("GRAPHSNP");

    public static void Write(string path, GraphState state, long sequence)
    {
        var temporary = path + ".tmp";
        try
        {
            WriteFile(temporary, state, sequence);
        }
        catch
        {
            // A half-written snapshot (a full disk, say) only takes space: the one in place and the log still hold everything.
            File.Delete(temporary);
            throw;
        }
        File.Move(temporary, path, overwrite: true);
        DirectorySync.Flush(Path.GetDirectoryName(path)!);
    }

    private static void WriteFile(string temporary, GraphState state, long sequence)
    {
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
        {
            var checksummed = new ChecksumWriteStream(file);
            using (var writer = new GraphRecordWriter(checksummed))
            {
                Span<byte> header = stackalloc byte[HeaderLength];
                header.Clear();
                Magic.CopyTo(header);
                BinaryPrimitives.WriteInt32LittleEndian(header[8..], FormatVersion);
                checksummed.Write(header);

                writer.Write(sequence);
                writer.Write(state.NextNodeId);
                writer.Write(state.NextRelationshipId);
                writer.Write(state.Indexes.Length);
                foreach (var index in state.Indexes)
                {
                    writer.Write(index.Definition);
                }
                writer.Write(state.Nodes.Count);
                foreach (var node in state.Nodes.Values)
                {
                    writer.Write(node);
                }
                writer.Write(state.Relationships.Count);
                foreach (var relationship in state.Relationships.Values)
                {
                    writer.Write(relationship);
                }
                writer.Flush();
            }
            Span<byte> trailer = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(trailer, checksummed.Checksum);
            file.Write(trailer);
            file.Flush(flushToDisk: true);
        }
    }

    /// <summary>
    /// Reads a snapshot; a damaged one is an error naming the file, never a silently smaller graph. The checksum is
    /// checked over the whole file first, then the records are read from it again, a window at a time: two passes
    /// over the page cache cost less than holding the file in memory beside the graph built from it.
    /// </summary>
    public static (GraphState State, long Sequence) Read(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var length = file.Length;
        Span<byte> header = stackalloc byte[HeaderLength];
        if (length < HeaderLength + 4 || file.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false) < HeaderLength
            || !header[..8].SequenceEqual(Magic))
        {
            throw new InvalidDataException($"{path} is not a graph snapshot (wrong magic bytes or too short).");
        }
        var version = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"{path} has snapshot format version {version}; this build reads version {FormatVersion}.");
        }
        var bodyLength = length - 4;
        if (Checksum(file, bodyLength, out var stored) != stored)
        {
            throw new InvalidDataException($"{path} is damaged (checksum mismatch); restore it from a backup or rebuild the graph from the wiki.");
        }
        file.Position = HeaderLength;
        // Reading L (48 MB) allocated six times the file's size, a fifth of it large arrays (the adjacency sort's);
        // when the budget runs out, the collection copies all of it, so the budget is generous.
        using var region = NoCollectionRegion.Start(8 * length, 2 * length);
        try
        {
            var reader = new GraphRecordReader(file, bodyLength - HeaderLength);
            var sequence = reader.ReadInt64();
            var loader = new GraphStateLoader(reader.ReadInt64(), reader.ReadInt64());
            for (var i = reader.ReadCount(); i > 0; i--)
            {
                loader.Add(reader.ReadIndex());
            }
            for (var i = reader.ReadCount(); i > 0; i--)
            {
                loader.Add(reader.ReadNode());
            }
            var relationships = reader.ReadCount();
            loader.ExpectRelationships((int)Math.Min(relationships, bodyLength));
            for (var i = relationships; i > 0; i--)
            {
                loader.Add(reader.ReadRelationship());
            }
            return (loader.Build(), sequence);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path} ends early although its checksum matches: it was written by an incompatible build.", e);
        }
    }

    /// <summary>The CRC-32 of the file's first <paramref name="bodyLength"/> bytes, and the one stored after them.</summary>
    private static uint Checksum(FileStream file, long bodyLength, out uint stored)
    {
        var buffer = new byte[1 << 20];
        file.Position = 0;
        var crc = 0u;
        for (var left = bodyLength; left > 0;)
        {
            var read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                throw new EndOfStreamException();
            }
            crc = Crc32.Append(crc, buffer.AsSpan(0, read));
            left -= read;
        }
        file.ReadExactly(buffer, 0, 4);
        stored = BinaryPrimitives.ReadUInt32LittleEndian(buffer);
        return crc;
    }
}
