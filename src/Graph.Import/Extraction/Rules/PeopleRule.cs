using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// People named the way pages name them, with no vocabulary (<see cref="PersonCues"/>), checked as names and resolved
/// within the page: a first or last name alone ("Karpathy", "Boris") joins the one full name on the page that has it,
/// "Dr." and possessives fold, a transcript's "LENNY:" reads as Lenny. A cue that gives a role (guest, host, author,
/// speaker) makes the person APPEAR_IN the source; a name only mentioned is recorded for <see cref="PersonMentionRule"/>.
/// A capitalized pair found with no cue counts only when its first word is a known first name (<see cref="FirstNames"/>)
/// and none of its words is used as an ordinary word on the page. "X, CEO of Y" gives (X)-[:WORKS_AT {role}]->(Y).
/// </summary>
internal sealed partial class PeopleRule : IExtractionRule
{
    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "quote", "note", "notes", "summary", "source", "guest", "guests", "host", "hosts", "update", "tip", "answer", "question",
        "example", "warning", "edit", "disclaimer", "transcript", "topics", "episode", "duration", "date", "speakers", "speaker",
        "key", "takeaway", "takeaways", "why", "what", "how", "when", "who", "lesson", "insight", "context", "background",
        "problem", "solution", "result", "step", "q", "a", "tl", "tldr", "pro", "con", "pros", "cons", "bonus", "caveat",
        "definition", "idea", "ideas", "thesis", "claim", "point", "points", "chapter", "part", "intro", "outro", "reminder",
    };

    public void Apply(PageContext context)
    {
        var cues = new List<(PersonCue Cue, Provenance Provenance)>();
        var lowerWords = new LowerCaseWords(context.Page.Text);
        var spoken = new SpokenNames(context.Page.Text);
        var lines = Lines(context).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var (section, block, line) = lines[i];
            foreach (var cue in PersonCues.Labelled(line.Text))
            {
                cues.Add((cue, context.Provenance(SectionName(section, block), line.Line, line.Text)));
            }
            // "Guest" on a line, "Jiaqi Wen" on the next: a saved page puts a label and its value in elements of their own.
            if (i + 1 < lines.Count && PersonCues.LabelAlone(line.Text) is { } role)
            {
                var next = lines[i + 1].Line;
                foreach (var cue in PersonCues.LeadingNames(next.Text, role).Where(c => c.Offset == 0 || next.Text[..c.Offset].Trim().Length == 0).Take(1))
                {
                    cues.Add((cue with { Rule = "labelled-line", Confidence = 0.9 }, context.Provenance(SectionName(section, block), next.Line, line.Text + " " + next.Text)));
                }
            }
        }
        // "## Guests" over "- Maria Okafor, CEO of Brightline": the heading labels each item, as "Guest:" labels a line.
        foreach (var section in context.Page.Sections)
        {
            if (section != context.Page.Intro && PersonCues.InHeading(section.Name) is { } about)
            {
                cues.Add((about, context.Provenance(section.Name, section.Line, section.Name)));
            }
            // "## Guest: Maria Okafor", "## Hosted by Tomas Reyes": a heading labels a name as a line does.
            foreach (var labelled in section != context.Page.Intro ? PersonCues.Labelled(section.Name) : [])
            {
                cues.Add((labelled, context.Provenance(section.Name, section.Line, section.Name)));
            }
            if (PersonCues.HeadingNamesPeople(section.Name, out var role))
            {
                foreach (var block in section.Blocks.Where(b => b.Kind is BlockKind.ListItem or BlockKind.Paragraph))
                {
                    var line = block.Lines[0];
                    foreach (var cue in PersonCues.LeadingNames(line.Text, role))
                    {
                        cues.Add((cue, context.Provenance(section.Name, line.Line, line.Text)));
                    }
                }
            }
        }
        var speakers = lines
            .Select(l => (l.Section, l.Block, l.Line, Cue: PersonCues.SpeakerLabel(l.Line.Text)))
            .Where(s => s.Cue is not null && !LabelWords.Contains(s.Cue.Name.Split(' ')[0]))
            .ToList();
        var labelCounts = speakers.GroupBy(s => Canonical(s.Cue!.Name), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        foreach (var (section, block, line, cue) in speakers)
        {
            // A label used once may be a heading-like lead ("Bottom line: …"); a transcript repeats its speakers or times
            // them, and once a page reads as a transcript, a full name that speaks once is a speaker too.
            var transcript = labelCounts.Values.Any(count => count >= 2) || speakers.Count(s => s.Cue!.Name.Any(char.IsLower) == false) >= 2;
            if (labelCounts[Canonical(cue!.Name)] >= 2 || cue.Description == "timed" || (transcript && cue.Name.Contains(' ', StringComparison.Ordinal)))
            {
                cues.Add((cue with { Description = null }, context.Provenance(SectionName(section, block), line.Line, line.Text)));
            }
        }
        foreach (var section in context.Page.Sections)
        {
            for (var i = 0; i + 1 < section.Blocks.Count; i++)
            {
                if (QuoteRule.Signature(section.Blocks[i], section.Blocks[i + 1]) is { } signed)
                {
                    var line = section.Blocks[i + 1].Lines[0];
                    cues.Add((new PersonCue(signed, null, "quote-signature", 0.85, 0), context.Provenance(section.Name, line.Line, line.Text)));
                }
            }
        }
        var intro = context.Page.Intro.Blocks.Where(b => b.Kind == BlockKind.Paragraph).SelectMany(b => b.Lines).ToList();
        for (var i = 0; i < intro.Count; i++)
        {
            if (PersonCues.DatedByline(intro[i].Text, i > 0 ? intro[i - 1].Text : null, i + 1 < intro.Count ? intro[i + 1].Text : null) is { } byline)
            {
                cues.Add((byline, context.Provenance(context.Page.Intro.Name, intro[i].Line, intro[i].Text)));
            }
        }
        foreach (var cue in PersonCues.InTitle(context.Identity.WrittenTitle))
        {
            cues.Add((cue, context.Provenance("Title", context.TitleLine ?? 1, context.Identity.WrittenTitle)));
        }
        var prose = new List<(PersonCue Cue, Provenance Provenance)>();
        // Line by line: a page saved as text puts a title and the next sentence on adjacent lines, and a name must not run
        // from one into the other ("… | Benedict Evans" over "Benedict Evans argues …").
        foreach (var (section, block, line) in lines.Where(l => l.Block.Kind != BlockKind.SourceLine))
        {
            // Most lines have neither a cue's words nor two capitalized words in a row: nothing to split into sentences.
            if (!PersonCues.MayName(line.Text))
            {
                continue;
            }
            foreach (var sentence in Sentences.Split(line.Text.Trim()))
            {
                var found = PersonCues.InProse(sentence.Text);
                if (LooksLikeProse(sentence.Text))
                {
                    found = found.Concat(NamesByShape(sentence.Text, lowerWords, spoken));
                }
                Provenance? provenance = null; // most sentences name nobody: their evidence is never built
                foreach (var cue in found)
                {
                    prose.Add((cue, provenance ??= context.Provenance(section.Name, line.Line, sentence.Text)));
                }
            }
        }
        cues.AddRange(prose);

        // Full names first, so a lone first or last name can join the one full name that has it.
        cues = cues.Select(c => (WithoutSentenceStart(c.Cue, lowerWords), c.Provenance)).ToList();
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal); // a page names the same few people many times
        string CanonicalOf(PersonCue cue) => canonical.TryGetValue(cue.Name, out var known) ? known : canonical[cue.Name] = Canonical(cue.Name);
        // A page names the same few people many times: a name is judged once per kind of cue, until the vocabulary changes.
        var judged = new Dictionary<(string Name, string Rule, string? Role, double Confidence), bool>();
        var judgedWith = context.Vocabulary;
        bool IsNameOnce(string name, PersonCue cue)
        {
            if (!ReferenceEquals(judgedWith, context.Vocabulary))
            {
                judgedWith = context.Vocabulary;
                judged.Clear();
            }
            var key = (name, cue.Rule, cue.Role, cue.Confidence);
            return judged.TryGetValue(key, out var isName) ? isName : judged[key] = IsName(context, name, cue, spoken);
        }
        var fullNames = cues.Where(c => CanonicalOf(c.Cue).Contains(' ', StringComparison.Ordinal) && IsNameOnce(CanonicalOf(c.Cue), c.Cue))
            .Select(c => CanonicalOf(c.Cue)).Distinct(StringComparer.Ordinal).ToList();
        // A first name alone ("Boris: …") is the one full name on the page it starts, when no other starts with it.
        var uniqueFirstNames = fullNames.GroupBy(f => f.Split(' ')[0], StringComparer.OrdinalIgnoreCase).Where(g => g.Count() == 1).ToDictionary(g => g.Single(), g => g.Key, StringComparer.Ordinal);
        context.KnowPeople(fullNames.Select(full => (full, uniqueFirstNames.GetValueOrDefault(full))));
        // "Lenny's Podcast", "the Lex Fridman Podcast": a person the page names in full hosts the show named after them.
        foreach (var (name, line) in PersonCues.ShowHosts(lines.Select(l => l.Line)))
        {
            if (Resolve(Canonical(name), fullNames) is var full && fullNames.Contains(full, StringComparer.Ordinal))
            {
                cues.Add((new PersonCue(full, "host", "show-name", 0.85, 0), context.Provenance(context.Page.Intro.Name, line.Line, line.Text)));
            }
        }
        // ".../marc-andreessen-the-real-ai-boom": a saved page's address names the one it is about, if no cue gave them a part.
        foreach (var full in context.Page.Url is { } url ? fullNames.Where(f => AddressNames(url, f)) : [])
        {
            cues.Add((new PersonCue(full, "guest", "address-name", 0.7, 0), context.Provenance(context.Page.Intro.Name, 1, context.Page.Url!)));
        }
        foreach (var (cue, provenance) in cues.OrderBy(c => Priority(c.Cue)))
        {
            var name = Resolve(CanonicalOf(cue), fullNames);
            if (!IsNameOnce(name, cue) || context.Person(name) is not { } personId)
            {
                continue;
            }
            using var _ = context.Facts.Because(cue.Rule, cue.Confidence);
            context.Named(personId, cue.Role, provenance, cue.Description);
            if (cue.Description is { } description && WorkPlaceIn(description) is { } work)
            {
                var organizationId = context.Organization(work.Groups["org"].Value);
                if (organizationId is not null)
                {
                    context.Facts.Relationship(RelationshipTypes.WorksAt, personId, organizationId, provenance, PageContext.Props(("role", work.Groups["role"].Value.Trim())));
                }
            }
        }
    }

    // Capitalized pairs whose first word is a first name, or one of whose words the page uses alone for the one speaking
    // ("Sutskever said"), no word of which the page uses in lower case, not a label; and the names listed beside them
    // ("Jeff Bezos, Noah Smith and Ilya Sutskever": a list of people goes on with people).
    private static List<PersonCue> NamesByShape(string sentence, LowerCaseWords lowerWords, SpokenNames spoken)
    {
        var runs = new List<(string Name, int Offset, string[] Words)>();
        foreach (var run in PersonCues.CapitalizedRuns(sentence))
        {
            if (IsLabel(sentence, run.Index + run.Length) || AfterDeterminer(sentence, run.Index))
            {
                continue;
            }
            var name = sentence.Substring(run.Index, run.Length);
            var words = name.Split(' ');
            if (!UsedInLowerCase(words, lowerWords))
            {
                runs.Add((name, run.Index, words));
            }
        }
        var found = new List<PersonCue>();
        if (runs.Count == 0)
        {
            return found;
        }
        // What says a run is a name: a known first name, or a title before a capitalized pair ("Dr Farhan Qureshi").
        var namedBy = new string?[runs.Count];
        for (var i = 0; i < runs.Count; i++)
        {
            namedBy[i] = FirstNames.Contains(runs[i].Words[0]) ? "first-name-lexicon"
                : runs[i].Words.Length > 2 && Honorific().IsMatch(runs[i].Name) ? "honorific" : null;
        }
        for (var i = 0; i < runs.Count; i++)
        {
            if (namedBy[i] is { } rule)
            {
                found.Add(new PersonCue(runs[i].Name, null, rule, 0.6, runs[i].Offset));
            }
            else if (runs[i].Words is var words && (spoken.Contains(words[0]) || spoken.Contains(words[^1])))
            {
                found.Add(new PersonCue(runs[i].Name, null, "name-echo", 0.6, runs[i].Offset));
            }
            else if ((i > 0 && namedBy[i - 1] is not null && Listed(sentence, runs[i - 1].Offset + runs[i - 1].Name.Length, runs[i].Offset)) || (i + 1 < runs.Count && namedBy[i + 1] is not null && Listed(sentence, runs[i].Offset + runs[i].Name.Length, runs[i + 1].Offset)))
            {
                found.Add(new PersonCue(runs[i].Name, null, "name-list", 0.6, runs[i].Offset));
            }
        }
        return found;
    }

    // A word after the first that the page writes in lower case ("Open Source"): the run is words, not a name.
    private static bool UsedInLowerCase(string[] words, LowerCaseWords lowerWords)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (lowerWords.Contains(words[i]))
            {
                return true;
            }
        }
        return false;
    }

    // "[00:00] Early Days: how the lab started": a pair before a colon labels what follows; a speaker's label has its own cue.
    private static bool IsLabel(string sentence, int end) => end < sentence.Length && sentence[end] == ':';

    // Whether a determiner stands just before the run; the longest ("editions of") is 11 characters before the spaces.
    private static bool AfterDeterminer(string sentence, int offset)
    {
        var spaces = offset;
        while (spaces > 0 && char.IsWhiteSpace(sentence[spaces - 1]))
        {
            spaces--;
        }
        return spaces < offset && Determiner().IsMatch(sentence.AsSpan(0, offset), Math.Max(0, spaces - 11));
    }

    // Whether only a list's comma or "and" stands between the name ending at firstEnd and the one at secondStart.
    private static bool Listed(string sentence, int firstEnd, int secondStart) =>
        secondStart > firstEnd && ListSeparator().IsMatch(sentence.AsSpan(firstEnd, secondStart - firstEnd));

    // "Later Maria said": a sentence capitalizes its first word, so a word the page also writes in lower case is not part of the name.
    private static PersonCue WithoutSentenceStart(PersonCue cue, LowerCaseWords lowerWords)
    {
        var words = cue.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return cue.Rule.StartsWith("prose", StringComparison.Ordinal) && cue.Offset == 0 && words.Length > 1 && !FirstNames.Contains(words[0]) && lowerWords.Contains(words[0])
            ? cue with { Name = string.Join(' ', words.Skip(1)), Offset = cue.Name.IndexOf(' ', StringComparison.Ordinal) + 1 }
            : cue;
    }

    private static int Priority(PersonCue cue) => cue.Rule switch
    {
        "labelled-line" or "role-badge" or "byline" => 0,
        "title-form" or "show-name" => 1, // a title naming one who speaks in its transcript names the guest
        "speaker-label" => 2,
        "prose-interview" or "prose-host" => 3,
        "address-name" => 5,
        _ => 4,
    };

    private static bool AddressNames(string url, string fullName)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        return ("-" + NodeIds.Slug(path) + "-").Contains("-" + NodeIds.Slug(fullName) + "-", StringComparison.Ordinal);
    }

    // Whether a spelling (already canonical) can be a person here: its shape, no word of it a product or company, and a
    // lone word only when it is a known first name or joins a full name on the page, or a cue gives it a role.
    private static bool IsName(PageContext context, string name, PersonCue? c, SpokenNames spoken)
    {
        var words = name.Split(' ');
        if (!PersonNameShape.IsPlausible(name, context.Vocabulary) || LabelWords.Contains(name) || words.Distinct(StringComparer.OrdinalIgnoreCase).Count() < words.Length)
        {
            return false;
        }
        if (words.Any(w => context.Vocabulary.FindAny(w, EntityKind.Tool, EntityKind.Organization, EntityKind.Show) is not null && context.Vocabulary.Find(EntityKind.Person, name) is null))
        {
            return false;
        }
        if (words.Length > 1 && OrganizationRule.IsShapedLikeOne(name))
        {
            return false; // "Lattice Labs said …"
        }
        if (words.Length > 1)
        {
            // A name read off a title or prose cue must be a known first name, be named again elsewhere on the page, or be
            // the one the page later calls by one of its words as they speak ("Hyun-woo Park" … "Park asks").
            return c is null || c.Confidence >= 0.85 || c.Rule is "name-list" or "name-echo" or "honorific" || FirstNames.Contains(words[0]) || NamedTwice(context.Page.Text, name)
                || spoken.Contains(words[0]) || spoken.Contains(words[^1]);
        }
        return context.Vocabulary.Find(EntityKind.Person, name) is not null
            || (c is not null && c.Role is not null && (FirstNames.Contains(name) || c.Rule == "speaker-label"));
    }

    private static bool NamedTwice(string text, string name)
    {
        var first = text.IndexOf(name, StringComparison.Ordinal);
        return first >= 0 && text.IndexOf(name, first + name.Length, StringComparison.Ordinal) >= 0;
    }

    // "LENNY" -> "Lenny", "Dr. Ada Lovelace's" -> "Ada Lovelace".
    private static string Canonical(string spelling)
    {
        var name = TextKey.WithoutPossessive(BeforePossessive(PageContext.Clean(spelling).Trim(PageContext.ClausePunctuation)));
        name = Honorific().Replace(name, "");
        name = MiddleInitial().Replace(name, " ");
        name = RoleTitle().Replace(name, "");
        if (name.Length > 1 && name.Any(char.IsLetter) && !name.Any(char.IsLower))
        {
            name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
        }
        return string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    // "Ilya Sutskever's Talk": a full name ends at its possessive ("Editor's Notes" and "Lenny's Podcast" name no one).
    private static string BeforePossessive(string name)
    {
        var at = name.IndexOfAny(['\'', '’']);
        return at > 0 && at + 2 < name.Length && name[at + 1] == 's' && name[at + 2] == ' ' && name.AsSpan(0, at).Contains(' ') ? name[..at] : name;
    }

    // A lone "Cat" or "Cherny" is the one full name on the page that starts or ends with it.
    private static string Resolve(string name, List<string> fullNames)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return name;
        }
        var matches = fullNames.Where(f => f.Split(' ') is var w && (w[0].Equals(name, StringComparison.OrdinalIgnoreCase) || w[^1].Equals(name, StringComparison.OrdinalIgnoreCase))).ToList();
        return matches.Count == 1 ? matches[0] : name;
    }

    private static IEnumerable<(PageSection Section, PageBlock Block, TextLine Line)> Lines(PageContext context) =>
        from section in context.Page.Sections
        from block in section.Blocks
        where block.Kind is BlockKind.Paragraph or BlockKind.ListItem or BlockKind.Quote or BlockKind.SourceLine
        from line in block.Lines
        select (section, block, line);

    private static string SectionName(PageSection section, PageBlock block) => block.Kind == BlockKind.SourceLine ? "Source" : section.Name;

    // Words the page uses in lower case: a capitalized "Code" or "Search" there is a word, not a surname. Looked up only for
    // the few candidate words, so a page without candidates pays nothing.
    private sealed class LowerCaseWords(string text)
    {
        private readonly Dictionary<string, bool> known = new(StringComparer.Ordinal);

        public bool Contains(string word)
        {
            if (!known.TryGetValue(word, out var found))
            {
                var lower = word.ToLowerInvariant();
                found = false;
                for (var at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0 && !found; at = text.IndexOf(lower, at + 1, StringComparison.Ordinal))
                {
                    found = (at == 0 || !char.IsLetter(text[at - 1])) && (at + lower.Length == text.Length || !char.IsLetter(text[at + lower.Length]))
                        && !InAddress(text, at);
                }
                known[word] = found;
            }
            return found;
        }

        // "…/maria-okafor-on-evals": an address spells names in lower case; that is not the page using them as words.
        private static bool InAddress(string text, int at)
        {
            var start = at;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }
            var end = at;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }
            return text.AsSpan(start, end - start).IndexOfAny('/', '@') >= 0;
        }
    }

    // Title-case lines (headings, topic lists) capitalize every word: only sentences mostly in lower case say who is named.
    private static bool LooksLikeProse(string sentence)
    {
        var (words, lower) = (0, 0);
        for (var i = 0; i < sentence.Length; i++)
        {
            if (char.IsLetterOrDigit(sentence[i]) && (i == 0 || sentence[i - 1] == ' '))
            {
                words++;
                lower += char.IsLower(sentence[i]) ? 1 : 0;
            }
        }
        // Two in five words in lower case: a sentence naming two people and a product still reads as prose.
        return words >= 6 && lower * 5 >= words * 2;
    }

    // "CEO of Anthropic", "co-founder and CEO of Every" (a company's officers are "of" it); "head of product at OpenAI",
    // "engineer at Stripe" (other roles say "at": "head of product" alone names a department, not a company). The company's
    // words are capitalized whatever the case of the role ("co-founder of Paygent and previously…" names Paygent).
    [GeneratedRegex(@"(?<role>(?:(?:former|current)\s+)?(?:co-?founder|founder|CEO|CTO|CPO|COO|CFO|president|chair\w*|creator|co-creator|general partner|managing partner|partner|owner)(?:\s*(?:&|and)\s*(?:co-?founder|founder|CEO|CTO|CPO|president|chair\w*))?)\s+of\s+(?<org>(?-i:\p{Lu}[\p{L}\d.&\-]*(?:\s+\p{Lu}[\p{L}\d.&\-]*){0,2}))|(?<role>(?:(?:former|current|senior|principal|staff|research|lead|founding)\s+)?(?:co-?founder|founder|CEO|CTO|CPO|COO|CFO|president|head(?: of [\p{L}&]+(?: [\p{L}&]+)?)?|VP(?: of [\p{L}&]+(?: [\p{L}&]+)?)?|vice president(?: of [\p{L}&]+)?|director(?: of [\p{L}&]+)?|lead|manager|product manager|PM|engineer|researcher|scientist|designer|partner|investor|editor|writer|chief [\p{L}]+ officer))\s+at\s+(?<org>(?-i:\p{Lu}[\p{L}\d.&\-]*(?:\s+\p{Lu}[\p{L}\d.&\-]*){0,2}))", RegexOptions.IgnoreCase)]
    private static partial Regex WorkPlace();

    // Where a description says the person works, with the role: "CEO of Anthropic", "engineer at Stripe", "Brightline CEO".
    private static Match? WorkPlaceIn(string description) =>
        WorkPlace().Match(description) is { Success: true } work ? work : CompanyTitle().Match(description) is { Success: true } titled ? titled : null;

    // "Brightline CEO" written before a name: the company, then the officer's title.
    [GeneratedRegex(@"^(?<org>\p{Lu}[\p{L}\d.&\-]*)\s+(?<role>co-?founder|founder|CEO|CTO|CPO|COO|CFO|president)$", RegexOptions.IgnoreCase)]
    private static partial Regex CompanyTitle();

    [GeneratedRegex(@"^(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$")]
    private static partial Regex ListSeparator();

    // "his North Star", "their Big Idea": what someone has is not a person; nor is what an episode is of ("an episode of
    // Dev Futures", "on the latest episode of").
    [GeneratedRegex(@"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|[Tt]he|[Aa]n?|(?:[Ee]pisode|[Ee]dition|[Ii]ssue|[Ss]eason)s? of)\s+$")]
    private static partial Regex Determiner();

    [GeneratedRegex(@"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir)\.?\s+")]
    private static partial Regex Honorific();

    // "Jensen H. Huang" is Jensen Huang: one person, however the page spells the middle.
    [GeneratedRegex(@"(?<=\p{Ll})\s+\p{Lu}\.\s+(?=\p{Lu})")]
    private static partial Regex MiddleInitial();

    // "Brightline CEO Maria Okafor", "Founder Ana Lindqvist": the title and its company go before the name, not in it.
    [GeneratedRegex(@"^(?:\S+\s+){0,2}?(?:CEO|CTO|CPO|COO|CFO|Founder|Co-[Ff]ounder|Cofounder|President|Chairman|Chairwoman|Director|Host|Investor)\s+(?=\p{Lu})")]
    private static partial Regex RoleTitle();
}
