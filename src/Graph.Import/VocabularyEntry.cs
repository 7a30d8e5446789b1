namespace Graph.Import;

/// <summary>One declared name with its aliases. <see cref="Hosts"/> is for shows, <see cref="Affiliation"/> for people, <see cref="Makes"/> for organizations.</summary>
internal sealed record VocabularyEntry(EntityKind Kind, string Name, IReadOnlyList<string> Aliases)
{
    public IReadOnlyList<string> Hosts { get; init; } = [];

    public string? Affiliation { get; init; }

    /// <summary>For an organization: the tools it makes, by name.</summary>
    public IReadOnlyList<string> Makes { get; init; } = [];

    /// <summary>A source that is itself a page of the wiki being imported: that page, not others, says who appears in it.</summary>
    public bool IsWikiPage { get; init; }

    /// <summary>The name and every alias.</summary>
    public IEnumerable<string> Spellings => Aliases.Prepend(Name);

    /// <summary>Everything about the entry that can change what it resolves to, on one line (for fingerprints).</summary>
    public string Canonical() =>
        $"{Kind}|{Name}|{string.Join(';', Aliases)}|{string.Join(';', Hosts)}|{Affiliation}|{string.Join(';', Makes)}|{IsWikiPage}";
}
