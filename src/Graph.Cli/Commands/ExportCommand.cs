using System.CommandLine;
using System.Text;
using Graph.Api.Export;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph export --format graphml|cyjs [--out FILE]`: the whole graph as GraphML (Gephi, Cytoscape Desktop, yEd) or
/// Cytoscape.js JSON, the same bytes the service serves at /export/. A file is written beside itself and renamed into
/// place, so a failed export never leaves a torn file; without --out the export goes to standard output.
/// </summary>
internal static class ExportCommand
{
    public enum ExportFormat
    {
        Graphml,
        Cyjs,
    }

    public static Command Create(CliConsole console)
    {
        var format = CommonOptions.Choice("--format", "graphml or cyjs (Cytoscape.js elements JSON).", ExportFormat.Graphml);
        var output = new Option<FileInfo?>("--out", "-o") { Description = "The file to write; standard output when left out." };
        var data = CommonOptions.Data();
        var store = CommonOptions.Store();
        var command = new Command("export", "Export the whole graph as GraphML or Cytoscape.js JSON.") { format, output, data, store };
        command.SetAction((parse, cancellationToken) => CommandErrors.GuardAsync(console, async () =>
        {
            await using var session = await StoreOpener.OpenAsync(parse.GetValue(store), parse.GetRequiredValue(data), cancellationToken).ConfigureAwait(false);
            var graph = await GraphSnapshot.ReadAsync(session, cancellationToken).ConfigureAwait(false);
            Func<GraphSnapshot, Stream, CancellationToken, Task> write = parse.GetValue(format) == ExportFormat.Cyjs ? CytoscapeJsonWriter.WriteAsync : GraphMLWriter.WriteAsync;

            if (parse.GetValue(output) is not { } file)
            {
                await using var stdout = new TextWriterStream(console.Output);
                await write(graph, stdout, cancellationToken).ConfigureAwait(false);
                return 0;
            }
            var partial = file.FullName + ".partial";
            try
            {
                await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                {
                    await write(graph, stream, cancellationToken).ConfigureAwait(false);
                }
                File.Move(partial, file.FullName, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Written beside the target first (so a failed export never leaves half a file); name the target.
                throw new IOException($"cannot write {file.FullName}: {e.Message}", e);
            }
            finally
            {
                if (File.Exists(partial))
                {
                    File.Delete(partial);
                }
            }
            await console.Output.WriteLineAsync(
                $"Wrote {graph.Nodes.Count} nodes and {graph.Edges.Count} relationships to {file.FullName}.").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    /// <summary>Bytes written to it reach a TextWriter as UTF-8 text (a decoder keeps characters split across writes whole).</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var chars = new char[_decoder.GetCharCount(buffer, flush: false)];
            var written = _decoder.GetChars(buffer, chars, flush: false);
            writer.Write(chars, 0, written);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush() => writer.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => writer.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
