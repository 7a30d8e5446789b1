using System.Security.Cryptography;
using System.Text;
using Graph.Import.Extraction;

namespace Graph.Import;

/// <summary>
/// A page's import key: what its facts depend on. Its bytes, the rules, the vocabulary file, and the wiki titles
/// its words can spell (<see cref="TitleDependencies"/>). A page whose key is the one the graph holds is skipped.
/// </summary>
internal sealed class ImportKeys(Vocabulary vocabulary, Vocabulary catalog)
{
    // The catalog is the vocabulary with the wiki's titles as one layer on top (unless no page added a name).
    private readonly TitleDependencies titles = ReferenceEquals(catalog, vocabulary) ? TitleDependencies.None : new(catalog.Entries);

    /// <summary>Null for a page that could not be read.</summary>
    /// <param name="ownsSource">Whether the page says what its Source is (<see cref="SourceOwners"/>): when that changes, so do its facts.</param>
    /// <param name="sourceId">
    /// The Source the page describes (<see cref="SourceOwners.SourceOf"/>): another page's title and show can move it, and
    /// every fact of the page that names its Source moves with it.
    /// </param>
    public string? For(LoadedPage page, bool ownsSource = true, string? sourceId = null) => page is { ContentHash: { } hash, Words: { } words }
        ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{hash}|{Extractor.RulesVersion}|{vocabulary.Fingerprint}|{titles.Fingerprint(words)}|{ownsSource}|{sourceId}")))[..32]
        : null;
}
