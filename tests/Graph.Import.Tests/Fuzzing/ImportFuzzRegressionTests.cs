namespace Graph.Import.Tests.Fuzzing;

/// <summary>Inputs the import fuzzer found, fixed and kept, so that their seeds are not needed any more.</summary>
public sealed class ImportFuzzRegressionTests
{
    /// <summary>
    /// Seed 80cSCdgh4di2 (a long run, FUZZ_SECONDS=60): CR line endings, and a paragraph of only a hard line break
    /// ("\") among unheaded points. Its text is empty, and the question test read its last character:
    /// IndexOutOfRangeException, the whole page failed without a line.
    /// </summary>
    [Fact]
    public void A_paragraph_with_no_text_among_unheaded_points_explains()
    {
        var page = Convert.FromHexString(
            "EFBBBF09092D20746162206C6973740D0D0D20202020696E64656E74656420636F6465206F722070726F73650D0D0D5469746C650D3D3D3D3D3D0D0D0D"
            + "2F3E657E364B4A5F3D4A5D36454D43593A4F2525576F7350320D0D0D5C0D0D0D20202020696E64656E74656420636F6465206F722070726F73650D0D0D"
            + "20202020696E64656E74656420636F6465206F722070726F73650D0D0D7B642E3057457D680D");

        ImportFuzzTests.ExplainsOrFails(page);
    }
}
