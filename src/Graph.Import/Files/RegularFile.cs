using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Graph.Import.Files;

/// <summary>
/// Reads a file only when it is a regular one, and never more than a limit: the bytes actually read count, not the
/// length the file system reports (a device or a file that grows while read has no honest length).
/// </summary>
internal static class RegularFile
{
    /// <param name="limitOf">What the limit is for, in the refusal: "page", "vocabulary".</param>
    /// <param name="subject">How the refusal starts: "is", or "is a symbolic link to X," for a link.</param>
    /// <exception cref="IOException">The file cannot be opened or read (missing, say).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static bool TryRead(string path, int maxBytes, string limitOf, [NotNullWhen(true)] out byte[]? bytes, [NotNullWhen(false)] out string? refusal, string subject = "is")
    {
        bytes = null;
        if (FileKind.NotRegular(path) is { } kind)
        {
            refusal = $"{subject} {kind}, not a regular file; not read";
            return false;
        }
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0))
        {
            bytes = ReadAtMost(stream, maxBytes);
        }
        refusal = bytes is null ? string.Create(CultureInfo.InvariantCulture, $"is larger than the {maxBytes:N0}-byte {limitOf} limit; not read") : null;
        return bytes is not null;
    }

    /// <summary>The stream's bytes, or null when it has more than <paramref name="maxBytes"/>: at most one byte past the limit is read.</summary>
    internal static byte[]? ReadAtMost(Stream stream, int maxBytes)
    {
        var cap = maxBytes + 1; // one byte past the limit tells a file over it from a file at it
        var expected = stream.CanSeek ? (int)Math.Min(stream.Length, cap) : 0;
        var buffer = new byte[expected > 0 ? expected : Math.Min(cap, 16 * 1024)];
        var total = 0;
        Span<byte> probe = stackalloc byte[1];
        while (total <= maxBytes)
        {
            if (total == buffer.Length)
            {
                // Full at the length the file gave: one more byte says whether there is more, without copying a file read whole.
                if (stream.Read(probe) == 0)
                {
                    return buffer;
                }
                Array.Resize(ref buffer, (int)Math.Min(cap, buffer.Length * 2L));
                buffer[total++] = probe[0];
                continue;
            }
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                return total == buffer.Length ? buffer : buffer[..total];
            }
            total += read;
        }
        return null;
    }
}
