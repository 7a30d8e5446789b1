using System.Buffers;
using System.Text;

namespace Graph.Import.Parsing;

/// <summary>
/// Turns a page's bytes into text: UTF-8 (with or without BOM) or UTF-16 with a BOM. Binary content and
/// invalid UTF-8 are errors naming the line and column of the first bad byte.
/// </summary>
internal static class PageDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw Error(bytes, nul, "a NUL byte", "binary content, not a text page");
        }
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                throw Error(bytes, offset, $"byte 0x{bytes[offset]:X2}", "invalid UTF-8");
            }
            offset += consumed;
        }
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>"column 12: a NUL byte: binary content, not a text page" (the file and line come from the caller).</summary>
    private static PageFormatException Error(ReadOnlySpan<byte> bytes, int index, string found, string meaning)
    {
        var before = bytes[..index];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new PageFormatException(line, $"column {column}: {found}: {meaning}");
    }
}
