using System.Text;
using Graph.Cypher.Storage.Persistence;

namespace Graph.Cypher.Tests.Storage;

public sealed class Crc32Tests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("123456789", 0xCBF43926u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void Matches_the_standard_check_values(string text, uint expected) =>
        Assert.Equal(expected, Crc32.Compute(Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void Appending_in_pieces_equals_computing_at_once()
    {
        var data = Encoding.ASCII.GetBytes("write-ahead log record payload");

        var pieces = Crc32.Append(Crc32.Compute(data.AsSpan(0, 7)), data.AsSpan(7));

        Assert.Equal(Crc32.Compute(data), pieces);
    }
}
