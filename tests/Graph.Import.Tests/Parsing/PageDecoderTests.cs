using System.Text;
using Graph.Import.Parsing;

namespace Graph.Import.Tests.Parsing;

public sealed class PageDecoderTests
{
    [Fact]
    public void Utf8_with_and_without_bom_decodes_to_the_same_text()
    {
        var bytes = Encoding.UTF8.GetBytes("Lenny’s Podcast\n");

        Assert.Equal("Lenny’s Podcast\n", PageDecoder.Decode(bytes));
        Assert.Equal("Lenny’s Podcast\n", PageDecoder.Decode([0xEF, 0xBB, 0xBF, .. bytes]));
    }

    [Fact]
    public void Utf16_with_a_bom_decodes()
    {
        Assert.Equal("Key Takeaways", PageDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Key Takeaways")]));
    }

    [Fact]
    public void Invalid_utf8_names_the_line_and_column_of_the_bad_byte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("line one\nline two\nab"), 0xFF, .. Encoding.UTF8.GetBytes("c\n")];

        var error = Assert.Throws<PageFormatException>(() => PageDecoder.Decode(bytes));

        Assert.Equal(3, error.Line);
        Assert.Contains("invalid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("0xFF", error.Message, StringComparison.Ordinal);
        Assert.Contains("column 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_byte_means_binary_content()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("# Title\n\n"), 0x89, 0x50, 0x00, 0x01];

        var error = Assert.Throws<PageFormatException>(() => PageDecoder.Decode(bytes));

        Assert.Equal(3, error.Line);
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }
}
