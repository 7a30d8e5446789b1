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

    /// <summary>Reads a snapshot; a damaged one is an error naming the file, never a silently smaller graph.</summary>
    public static (GraphState State, long Sequence) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < HeaderLength + 4 || !bytes.AsSpan(0, 8).SequenceEqual(Magic))
        {
            throw new InvalidDataException($"{path} is not a graph snapshot (wrong magic bytes or too short).");
        }
        var version = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"{path} has snapshot format version {version}; this build reads version {FormatVersion}.");
        }
        var body = bytes.AsSpan(0, bytes.Length - 4);
        if (Crc32.Compute(body) != BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4)))
        {
            throw new InvalidDataException($"{path} is damaged (checksum mismatch); restore it from a backup or rebuild the graph from the wiki.");
        }
        try
        {
            var reader = new GraphRecordReader(bytes, HeaderLength, body.Length - HeaderLength);
            var sequence = reader.ReadInt64();
            var loader = new GraphStateLoader(reader.ReadInt64(), reader.ReadInt64());
            for (var i = reader.ReadCount(); i > 0; i--)
            {
                loader.Add(reader.ReadIndex());
            }
            var nodes = reader.ReadCount();
            loader.ExpectNodes(Math.Min(nodes, body.Length));
            for (var i = nodes; i > 0; i--)
            {
                loader.Add(reader.ReadNode());
            }
            var relationships = reader.ReadCount();
            loader.ExpectRelationships(Math.Min(relationships, body.Length));
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
}
