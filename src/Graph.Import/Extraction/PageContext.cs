using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction;

/// <summary>
/// What the rules share while extracting one page: the page, the vocabulary (grown with names the page
/// itself declares), the page's Source node and participants, and the facts collected so far.
/// Entity helpers resolve a spelling to its canonical name before minting the stable id.
/// </summary>
internal sealed class PageContext
{
    private readonly List<(string PersonId, string Role)> participants = [];
    private readonly HashSet<string> sourceTitleKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Mention>> mentions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Provenance> mentionedPeople = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> firstNames = new(StringComparer.Ordinal);
    private string? foldedTitle; // Voices is asked once per point: the title is folded once
    private int? titleLine;
    private bool titleLineFound;

    /// <param name="sourceId">The page's Source id when the wiki decided it (<see cref="SourceOwners"/>); else its title's.</param>
    public PageContext(WikiPage page, string pagePath, Vocabulary vocabulary, PageIdentity identity, string? sourceId = null)
    {
        Page = page;
        PagePath = pagePath;
        Vocabulary = vocabulary;
        Identity = identity;
        SourceId = sourceId ?? NodeIds.For(Labels.Source, identity.Title);
        NoteSourceTitle(identity.Title);
    }

    public WikiPage Page { get; }

    public string PagePath { get; }

    public PageIdentity Identity { get; }

    public Vocabulary Vocabulary
    {
        get;
        private set
        {
            field = value;
            mentions.Clear();
        }
    }

    /// <summary>
    /// The vocabulary names in <paramref name="text"/> (<see cref="MentionScanner"/>), scanned once per text while the
    /// vocabulary stays the same: several rules read the same blocks and sentences.
    /// </summary>
    public IReadOnlyList<Mention> Mentions(string text)
    {
        if (!mentions.TryGetValue(text, out var found))
        {
            found = MentionScanner.Scan(Vocabulary, text);
            // The page's own title is a Source name, but the tools and people it names are this page's mentions too.
            if (NamesOwnTitle(found))
            {
                found = [.. found.SelectMany(m => m.Entry.Kind == EntityKind.Source && m.Entry.Name == Identity.Title
                    ? MentionScanner.Scan(Vocabulary, text.Substring(m.Start, m.Length), skipSources: true).Select(inner => inner with { Start = inner.Start + m.Start })
                    : [m])];
            }
            mentions[text] = found;
        }
        return found;
    }

    private bool NamesOwnTitle(IReadOnlyList<Mention> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Entry.Kind == EntityKind.Source && found[i].Entry.Name == Identity.Title)
            {
                return true;
            }
        }
        return false;
    }

    public FactSet Facts { get; } = new();

    public string SourceId { get; }

    /// <summary>The theses each Key Takeaways bullet named, so quotes inside a bullet can support them.</summary>
    public Dictionary<PageBlock, IReadOnlyList<string>> BlockTheses { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>People who appear in this page's source, with their role, in the order found.</summary>
    public IReadOnlyList<(string PersonId, string Role)> Participants => participants;

    /// <summary>Participants who speak for the source's claims (guests, authors, speakers; not hosts).</summary>
    /// <remarks>
    /// An interview's points are its guests': the writer of a summary of one (its byline) does not hold them. Of several
    /// ("an interview between A &amp; B"), the one the page's title names by full name is the one it is about.
    /// </remarks>
    public IReadOnlyList<string> Voices
    {
        get
        {
            // Asked once per point, and participants are only ever added: the answer holds until one is.
            if (voicesOf?.Participants != participants.Count)
            {
                voicesOf = (participants.Count, FindVoices());
            }
            return voicesOf.Value.Voices;
        }
    }

    private (int Participants, IReadOnlyList<string> Voices)? voicesOf;

    private IReadOnlyList<string> FindVoices()
    {
        var voices = (participants.Any(p => p.Role == "guest")
            ? participants.Where(p => p.Role == "guest")
            : participants.Where(p => p.Role is not "host")).Select(p => p.PersonId).Distinct().ToList();
        if (voices.Count > 1 && voices.Where(NamedInTitle).ToList() is [var titled])
        {
            return [titled];
        }
        return voices;
    }

    private bool NamedInTitle(string personId)
    {
        if (Facts.NodeProperty(personId, "name") is not string name || !name.Contains(' '))
        {
            return false;
        }
        var (title, key) = (foldedTitle ??= TextKey.Fold(Identity.WrittenTitle), TextKey.Fold(name));
        var at = title.IndexOf(key, StringComparison.Ordinal);
        return at >= 0 && TextKey.IsWholeWord(title, at, key.Length);
    }

    /// <summary>
    /// The line the page's title was read from: its front matter's, its heading's, or the first line of the page that holds
    /// it ("Summary of X" holds "X"); null when the title came from the address or the file name.
    /// </summary>
    public int? TitleLine => titleLineFound ? titleLine : FindTitleLine();

    private int? FindTitleLine()
    {
        var title = TextKey.Normalize(Identity.Title);
        titleLine = Page.FrontMatter?.Title?.Line ?? Page.Heading?.Line
            ?? Page.Sections.SelectMany(s => s.Blocks).SelectMany(b => b.Lines).FirstOrDefault(l => TextKey.Normalize(l.Text).Contains(title, StringComparison.Ordinal))?.Line;
        titleLineFound = true;
        return titleLine;
    }

    public Provenance Provenance(string section, int line, string evidence) => new(PagePath, section, line, Evidence(evidence));

    public Provenance Provenance(PageSection section, PageBlock block, Sentence sentence) =>
        Provenance(section.Name, block.LineAt(sentence.Start), sentence.Text);

    /// <summary>The source MENTIONS a node once: the first sentence that names it, at <paramref name="offset"/> of <paramref name="block"/>, is the evidence.</summary>
    public void MentionOnce(string nodeId, string sectionName, PageBlock block, int offset)
    {
        if (!Facts.HasRelationship(RelationshipTypes.Mentions, SourceId, nodeId))
        {
            var sentence = SentenceAt(block, offset);
            Facts.Relationship(RelationshipTypes.Mentions, SourceId, nodeId, Provenance(sectionName, block.LineAt(sentence.Start), sentence.Text));
        }
    }

    /// <summary>The sentence of <paramref name="block"/> that contains character <paramref name="offset"/>.</summary>
    public static Sentence SentenceAt(PageBlock block, int offset)
    {
        var sentences = block.Sentences;
        for (var i = sentences.Count - 1; i >= 0; i--)
        {
            if (sentences[i].Start <= offset)
            {
                return sentences[i];
            }
        }
        return sentences.Count > 0 ? sentences[0] : new Sentence(0, block.Text);
    }

    public IEnumerable<(PageSection Section, PageBlock Block)> Blocks(params SectionKind[] kinds)
    {
        foreach (var section in Page.Sections)
        {
            if (kinds.Length > 0 && Array.IndexOf(kinds, section.Kind) < 0)
            {
                continue;
            }
            foreach (var block in section.Blocks)
            {
                if (block.Kind is not (BlockKind.Code or BlockKind.Html))
                {
                    yield return (section, block);
                }
            }
        }
    }

    /// <summary>A person a cue names: with a role, a participant (<see cref="Participant"/>); with none, only mentioned.</summary>
    public void Named(string personId, string? role, Provenance provenance, string? description = null)
    {
        if (role is null)
        {
            Mentioned(personId, provenance);
        }
        else
        {
            Participant(personId, role, provenance, description);
        }
    }

    /// <summary>Records a person's role in this page's source (the first role given for a person wins) with APPEARS_IN.</summary>
    /// <param name="description">What the page says the person is in this source ("co-founder and CEO of Every"): kept on
    /// APPEARS_IN, not on the Person, so it goes with the page that said it.</param>
    /// <param name="affiliation">Where the page says the person works ("at OpenAI"): kept on the page's own relationship,
    /// so it goes when the page goes; the vocabulary's affiliation is the one on the Person node.</param>
    public void Participant(string personId, string role, Provenance provenance, string? description = null, string? affiliation = null)
    {
        if (participants.Any(p => p.PersonId == personId))
        {
            return;
        }
        participants.Add((personId, role));
        Facts.Relationship(RelationshipTypes.AppearsIn, personId, SourceId, provenance, Props(("role", role), ("description", description), ("affiliation", affiliation)));
    }

    /// <summary>
    /// The person a spelling names: the vocabulary (aliases, last names, possessives) first, then names already
    /// seen on this page; an unknown spelling counts only if it is shaped like a name. Null when it is not a person.
    /// </summary>
    public string? Person(string spelling)
    {
        var name = TextKey.WithoutPossessive(spelling.Trim().Trim(NameWrapping));
        if (name.Length == 0)
        {
            return null;
        }
        var entry = Vocabulary.Find(EntityKind.Person, name)
            ?? (firstNames.TryGetValue(TextKey.Normalize(name), out var full) ? Vocabulary.Find(EntityKind.Person, full) : null);
        if (entry is null)
        {
            if (!PersonNameShape.IsPlausible(name, Vocabulary))
            {
                return null;
            }
            entry = new VocabularyEntry(EntityKind.Person, name, []);
            if (name.Contains(' ', StringComparison.Ordinal))
            {
                // Later "Ambrosino" on this page means this Andrew Ambrosino.
                Vocabulary = Vocabulary.With([entry]);
            }
        }
        return Facts.Node(Labels.Person, NodeIds.For(Labels.Person, entry.Name), NamedProperties(entry, "name", ("affiliation", entry.Affiliation)));
    }

    /// <summary>A person the page names without saying they take part: <see cref="Rules.PersonMentionRule"/> links them with MENTIONS.</summary>
    public void Mentioned(string personId, Provenance provenance) => mentionedPeople.TryAdd(personId, provenance);

    /// <summary>Where each person only named was first named, in the order found.</summary>
    public IReadOnlyDictionary<string, Provenance> MentionedPeople => mentionedPeople;

    /// <summary>The organization a spelling names (the vocabulary's canonical name when it has one); null for a tool, show or person.</summary>
    public string? Organization(string spelling)
    {
        var name = TextKey.WithoutPossessive(Clean(spelling).Trim(ClausePunctuation));
        if (name.Length < 2 || Vocabulary.FindAny(name, EntityKind.Tool, EntityKind.Show, EntityKind.Person, EntityKind.Source) is not null)
        {
            return null;
        }
        var entry = Vocabulary.Find(EntityKind.Organization, name) ?? new VocabularyEntry(EntityKind.Organization, name, []);
        return Facts.Node(Labels.Organization, NodeIds.For(Labels.Organization, entry.Name), NamedProperties(entry, "name"));
    }

    public string Thesis(string phrase)
    {
        var name = ThesisName(phrase);
        var entry = Vocabulary.Find(EntityKind.Thesis, name) ?? new VocabularyEntry(EntityKind.Thesis, AsClause(name), []);
        return Facts.Node(Labels.Thesis, NodeIds.For(Labels.Thesis, entry.Name), NamedProperties(entry, "name"));
    }

    public string Tool(VocabularyEntry entry) =>
        Facts.Node(Labels.Tool, NodeIds.For(Labels.Tool, entry.Name), NamedProperties(entry, "name"));

    public string Show(string spelling)
    {
        var entry = Vocabulary.Find(EntityKind.Show, spelling) ?? new VocabularyEntry(EntityKind.Show, Clean(spelling), []);
        return Facts.Node(Labels.Show, NodeIds.For(Labels.Show, entry.Name), NamedProperties(entry, "name"));
    }

    /// <summary>Another source this page refers to (Related); remembered so its title is never taken for a thesis.</summary>
    public string OtherSource(string title)
    {
        var entry = Vocabulary.Find(EntityKind.Source, title) ?? new VocabularyEntry(EntityKind.Source, Clean(title), []);
        NoteSourceTitle(entry.Name);
        return Facts.Node(Labels.Source, NodeIds.For(Labels.Source, entry.Name), Props(("title", entry.Name)));
    }

    /// <summary>Whether a title refers to a page of this wiki (which then speaks for its own people and show).</summary>
    public bool IsWikiPage(string title) => Vocabulary.Find(EntityKind.Source, title) is { IsWikiPage: true };

    /// <summary>Lets later spellings ("Shipper’s") resolve to full names seen on the page, without adding nodes.</summary>
    /// <remarks>
    /// A name's first name, when given, alone names this person on this page too ("Boris: …"). It is kept apart from the
    /// vocabulary, so it resolves here without becoming one of the stored person's aliases. All names join the vocabulary
    /// as one layer: a layer per name would rebuild the page's vocabulary once for each.
    /// </remarks>
    public void KnowPeople(IEnumerable<(string Name, string? FirstName)> people)
    {
        var known = new List<(string Clean, string? FirstName)>();
        foreach (var (name, firstName) in people)
        {
            var clean = TextKey.WithoutPossessive(Clean(name));
            if (clean.Contains(' ', StringComparison.Ordinal) && PersonNameShape.IsPlausible(clean, Vocabulary))
            {
                known.Add((clean, firstName));
            }
        }
        var added = known.Where(k => Vocabulary.Find(EntityKind.Person, k.Clean) is null).Select(k => new VocabularyEntry(EntityKind.Person, k.Clean, [])).ToList();
        if (added.Count > 0)
        {
            Vocabulary = Vocabulary.With(added);
        }
        foreach (var (clean, firstName) in known)
        {
            if (firstName is not null && Vocabulary.FindAny(firstName, EntityKind.Person, EntityKind.Tool, EntityKind.Organization, EntityKind.Show) is null)
            {
                firstNames.TryAdd(TextKey.Normalize(firstName), clean);
            }
        }
    }

    /// <summary>Another name of a product or company on this page ("ClawdBot (now OpenClaw)"): both find one node.</summary>
    public void KnowAlias(EntityKind kind, string name, string alias)
    {
        if (TextKey.Normalize(name) != TextKey.Normalize(alias))
        {
            Vocabulary = Vocabulary.With([new VocabularyEntry(kind, name, [alias])]);
        }
    }

    /// <summary>Whether a phrase names a source, tool, show, company or person rather than an idea.</summary>
    public bool NamesSomethingElse(string phrase)
    {
        var key = TextKey.Normalize(phrase);
        var withoutArticle = key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
        return sourceTitleKeys.Contains(key) || sourceTitleKeys.Contains(withoutArticle)
            || Vocabulary.FindAny(phrase, EntityKind.Source, EntityKind.Tool, EntityKind.Show, EntityKind.Organization, EntityKind.Person) is not null;
    }

    // Theses read as clauses ("review is the new bottleneck skill"); a capital that only starts the
    // sentence goes, a name or acronym ("Codex as a home base", "AI …") stays.
    private string AsClause(string name)
    {
        var firstWord = name.Split(' ', 2)[0];
        var commonWord = firstWord.Length > 1 && char.IsUpper(firstWord[0]) && firstWord.Skip(1).All(char.IsLower);
        var namesSomeone = Vocabulary.FindAny(firstWord, EntityKind.Person, EntityKind.Tool, EntityKind.Show, EntityKind.Organization) is not null
            || Vocabulary.Find(EntityKind.Person, firstWord) is not null || firstNames.ContainsKey(TextKey.Normalize(firstWord));
        return commonWord && !namesSomeone
            ? char.ToLowerInvariant(name[0]) + name[1..]
            : name;
    }

    public static string ThesisName(string phrase) => Unquote(Clean(phrase.Trim())).TrimEnd(SentenceEnd).Trim();

    public static Dictionary<string, object?> Props(params (string Key, object? Value)[] pairs)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            if (value is not null)
            {
                props[key] = value;
            }
        }
        return props;
    }

    private static Dictionary<string, object?> NamedProperties(VocabularyEntry entry, string nameKey, params (string Key, object? Value)[] more)
    {
        var props = Props(more);
        props[nameKey] = entry.Name;
        if (entry.Aliases.Count > 0)
        {
            props["aliases"] = entry.Aliases.Cast<object?>().ToList();
        }
        return props;
    }

    private void NoteSourceTitle(string title)
    {
        var key = TextKey.Normalize(title);
        sourceTitleKeys.Add(key);
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            sourceTitleKeys.Add(key[4..]);
        }
    }

    /// <summary>Emphasis marks and extra whitespace removed; a quotation that is the whole text loses its marks.</summary>
    public static string Clean(string text) =>
        Unquote(TextKey.CollapseWhitespace(text).Trim(Emphasis));

    // Fields, not literals: a literal list of characters is a new array on every call, and these run for every name.
    private static readonly char[] CloseQuotes = ['”', '"', '’'];
    private static readonly char[] Emphasis = ['*', '_', ' '];
    private static readonly char[] NameWrapping = ['*', '_', '"', '“', '”', ',', '.', ';', ':'];
    private static readonly char[] SentenceEnd = ['.', ',', ';', ':', '!', '?', '…'];

    /// <summary>What ends a clause: trimmed off a name caught at one's end.</summary>
    public static readonly char[] ClausePunctuation = ['.', ',', ';', ':'];

    // "“Loops are so last week.”" -> "Loops are so last week."; "“PRDs are dead” is wrong" keeps its quotes.
    private static string Unquote(string text)
    {
        if (text.Length >= 2 && text[0] is '“' or '"' or '„' or '‘')
        {
            var close = text.IndexOfAny(CloseQuotes, 1);
            if (close == text.Length - 1 || (close == text.Length - 2 && text[^1] is '.' or ',' or ';' or ':'))
            {
                return text[1..close].Trim();
            }
        }
        return text;
    }

    // Evidence is a sentence; a pathological line is cut so one fact never carries a whole page.
    private static string Evidence(string text)
    {
        var clean = TextKey.CollapseWhitespace(text);
        return clean.Length <= 600 ? clean : clean[..597] + "...";
    }
}
