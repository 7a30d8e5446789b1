namespace Graph.Cypher.Storage.Csv;

/// <summary>
/// A <c>--nodes</c> or <c>--relationships</c> argument: <c>FILE</c>, or as neo4j-admin writes it <c>Label:Label=FILE</c>
/// (labels every node of the file gets) and <c>TYPE=FILE</c> (the type of relationships whose row has none).
/// </summary>
public sealed record InputFile(string Path, string? Prefix)
{
    public static InputFile Parse(string argument)
    {
        var equals = argument.IndexOf('=');
        return equals > 0 && argument.AsSpan(0, equals).IndexOfAny('/', '\\') < 0
            ? new InputFile(argument[(equals + 1)..], argument[..equals])
            : new InputFile(argument, null);
    }

    public string[] PrefixLabels => Prefix?.Split(':', StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>About how many records the file holds, from its size and the lines in its first 64 KiB: enough to presize.</summary>
    public int EstimateRows()
    {
        using var stream = File.OpenRead(Path);
        Span<byte> sample = stackalloc byte[1 << 16];
        var read = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        var lines = sample[..read].Count((byte)'\n');
        return lines == 0 ? 1 : (int)Math.Min(int.MaxValue / 2, stream.Length * lines / read);
    }
}
