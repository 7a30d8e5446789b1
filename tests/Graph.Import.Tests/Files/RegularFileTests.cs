using Graph.Import.Files;
using Graph.Import.Tests.Support;

namespace Graph.Import.Tests.Files;

/// <summary>Reading one file: only a regular one, and never more than the limit plus one byte, whatever its length says.</summary>
public sealed class RegularFileTests
{
    [Fact]
    public void A_file_of_exactly_the_limit_is_read_whole()
    {
        using var folder = TestWiki.Empty();
        folder.WriteBytes("ten.md", [.. Enumerable.Range(0, 10).Select(i => (byte)i)]);

        Assert.True(RegularFile.TryRead(Path.Combine(folder.Path, "ten.md"), 10, "page", out var bytes, out var refusal), refusal);

        Assert.Equal(Enumerable.Range(0, 10).Select(i => (byte)i), bytes);
    }

    [Fact]
    public void A_file_one_byte_over_the_limit_is_refused_with_the_limit()
    {
        using var folder = TestWiki.Empty();
        folder.WriteBytes("eleven.md", new byte[11]);

        Assert.False(RegularFile.TryRead(Path.Combine(folder.Path, "eleven.md"), 10, "page", out _, out var refusal));

        Assert.Equal("is larger than the 10-byte page limit; not read", refusal);
    }

    [Fact]
    public void Reading_stops_one_byte_past_the_limit_of_an_endless_stream()
    {
        using var endless = new EndlessStream();

        Assert.Null(RegularFile.ReadAtMost(endless, 100_000));

        Assert.Equal(100_001, endless.Served);
    }

    [Fact]
    public void A_stream_within_the_limit_is_read_whole_even_in_small_pieces()
    {
        using var stream = new MemoryStream(new byte[5000]);

        Assert.Equal(5000, RegularFile.ReadAtMost(new OneByteAtATime(stream), 5000)?.Length);
    }

    [Fact]
    public void A_character_device_is_refused_before_it_is_opened()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "no /dev/zero here");

        Assert.False(RegularFile.TryRead("/dev/zero", 10, "page", out _, out var refusal));

        Assert.Equal("is a character device, not a regular file; not read", refusal);
    }

    [Fact]
    public void A_folder_is_refused()
    {
        using var folder = TestWiki.Empty();

        Assert.False(RegularFile.TryRead(folder.Path, 10, "page", out _, out var refusal));

        Assert.Equal("is a folder, not a regular file; not read", refusal);
    }

    // Like /dev/zero, but counting what was taken from it.
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => 0; // as a device reports it

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    // A pipe-like stream that hands out one byte per read.
    private sealed class OneByteAtATime(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 1));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
