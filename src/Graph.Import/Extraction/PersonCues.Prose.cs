using System.Buffers;
using System.Text.RegularExpressions;

namespace Graph.Import.Extraction;

// Prose cues: how a sentence says who is in an episode and who someone is.
internal static partial class PersonCues
{
    /// <summary>A name a prose cue gives: the pattern's group, the role it implies (null: only mentioned), the rule.</summary>
    private sealed record CueName(string Group, string? Role, string Rule, double Confidence);

    /// <summary>
    /// One prose cue: the fixed words it needs, found in one vectorized pass before the pattern runs (most sentences
    /// have none, and the patterns that open on a name would otherwise try every capital), and the names it gives.
    /// Each pattern names its words again, whole, so a gate's looser substring never lets a wrong match through.
    /// </summary>
    private sealed class ProseCue(string[] words, Regex pattern, params CueName[] names)
    {
        public string[] WordList { get; } = words;
        public SearchValues<string> Words { get; } = SearchValues.Create(words, StringComparison.Ordinal);
        public Regex Pattern { get; } = pattern;
        public CueName[] Names { get; } = names;
    }

    private static readonly CueName Guest = new("name", "guest", "prose-interview", 0.8);
    private static readonly CueName Host = new("name", "host", "prose-host", 0.8);
    private static readonly CueName Described = new("name", null, "prose-appositive", 0.8);

    private static readonly string[] RoleWords =
    [
        "founder", "CEO", "CTO", "CPO", "COO", "CFO", "president", "chair", "head", "VP", "vice president", "director", "partner", "creator",
        "author", "professor", "researcher", "scientist", "engineer", "lead", "chief", "investor", "editor", "writer", "product manager", "PM",
        "podcaster", "economist", "journalist", "entrepreneur", "analyst", "venture capitalist",
    ];

    // In the order they are tried; a person's first role found wins.
    private static readonly ProseCue[] ProseCues =
    [
        // "sits down with X", "my guest is X", "Interview with X", "we spoke to X", "joined by X"
        new(["down with", "guest", "nterview", "onversation with", "onversation featuring", "hat with", "iscussion with", "pisode with",
             "pisode featuring", "odcast with", "odcast featuring", "Q&A with", "AMA with", "spoke to", "spoke with", "talked to", "talked with",
             "chatted to", "chatted with", "talks with", "talks to", "talking with", "talking to", "speaks with", "speaks to", "speaking with",
             "speaking to", "joined by", "welcomes"], Interview(), Guest),
        // "a talk by X", "Keynote by X"
        new(["alk by", "alk given by", "ecture by", "ecture given by", "eynote by", "eynote given by", "resentation by", "resentation given by"], TalkBy(),
            Guest with { Role = "speaker" }),
        // "X talked with us", "X joined me"
        new(["with us", "with me", "to us", "to me", "joined us", "joined me"], ToTheWriter(), Guest),
        // "Y hosts …", "Y sits down with …"
        new([" hosts ", " interviews ", " sits down", " sat down", " talks to ", " speaks with "], HostsVerb(), Host),
        // "A and B discuss …"
        new([" discuss", " debate", " talk about", " talk through", " chat about", " explore", " dig into", " unpack", " break down",
             " walk through", " reflect on"], TogetherVerb(), new CueName("a", "speaker", "prose-interview", 0.8), new CueName("b", "speaker", "prose-interview", 0.8)),
        // "X reflects on …", "X returns to the show", "X stops by"
        new([" reflects on", " reflected on", " breaks down", " walks ", " dives into", " dove into", " opens up about", " returns to the",
             " stops by", " stopped by", " appears on the", " interviewed by"], EpisodeVerb(), Guest),
        // "this episode features X", "we hear from X", "Y hosts X"
        new([" features ", "ear from ", " hosts "], GuestAfter(), Guest),
        // "Y is joined by X", "X is interviewed by Y"
        new([" joined by", " interviewed by"], JoinedBy(), new CueName("host", "host", "prose-host", 0.8), new CueName("guest", "guest", "prose-interview", 0.8)),
        // "X joins Y for …"
        new([" joins "], Joins(), Guest, new CueName("host", "host", "prose-host", 0.85)),
        // "In this episode, X …"
        new(["n this ", "n today"], ThisEpisode(), Guest),
        // "hosted by X", "host X", "X, host of Y"
        new(["host", "Host", "interviewer", "Interviewer", "moderator", "Moderator", "oderated by"], Hosting(), Host),
        // "with panelists X and Y", "joined by guests X, Y and Z": a plural part before the names it gives
        new(["panelists", "guests", "speakers", "panel with", "panel featuring"], PartsBefore(), Guest with { Role = "speaker" }),
        // "X, the CEO of Y", "Brightline CEO X"
        new(RoleWords, Appositive(), Described),
        new(RoleWords, RoleBefore(), Described),
        // "X gave a talk at …", "a recap of X's keynote": who gave the talk the page is about
        new([" gave ", " gives ", " delivered ", " delivers ", "s keynote", "s talk", "s lecture", "s presentation", "s speech", " spoke at", " speaks at"], GaveTalk(),
            Guest with { Role = "speaker" }),
        // "Where to find X:": a podcast's show notes point to their guest
        new(["here to find "], WhereToFind(), Guest),
        // "5 things I took away from X", "Lessons from X on …": notes taken from someone are that person's points
        new(["ways from ", "essons from ", "earned from ", "earnt from ", "away from "], LearnedFrom(), Guest),
        // "X says", "X argues"
        new([" says", " said", " argue", " explain", " note", " believes", " think", " thought", " describe", " share", " emphasi", " predict",
             " warn", " points out", " pointed out", " recalls", " admits", " suggest", " add", " writes", " wrote", " told", " tells",
             " recommends", " contends", " claims", " observe", " insist"], Speaking(), new CueName("name", null, "prose-says", 0.7)),
    ];

    // Every cue's words at once: a sentence with none of them names nobody by a cue.
    private static readonly SearchValues<string> AnyCueWord = SearchValues.Create(ProseCues.SelectMany(c => c.WordList).Distinct().ToArray(), StringComparison.Ordinal);

    /// <summary>Whether a line can name anyone by a prose cue or by its shape: a cue's words, or two capitalized words in a row.</summary>
    public static bool MayName(string line) => line.AsSpan().IndexOfAny(AnyCueWord) >= 0 || CapitalizedRun().IsMatch(line);

    /// <summary>Prose cues in a sentence: who sits down with whom, who is whose guest, who is the CEO of what, who argues.</summary>
    public static IEnumerable<PersonCue> InProse(string sentence)
    {
        if (sentence.AsSpan().IndexOfAny(AnyCueWord) < 0)
        {
            yield break;
        }
        foreach (var cue in ProseCues)
        {
            if (sentence.AsSpan().IndexOfAny(cue.Words) < 0)
            {
                continue;
            }
            foreach (Match match in cue.Pattern.Matches(sentence))
            {
                var description = match.Groups["description"] is { Success: true } d ? d.Value : null;
                foreach (var name in cue.Names)
                {
                    // A group that repeats ("panelists A, B and C") gives each of its names.
                    foreach (Capture capture in match.Groups[name.Group].Captures)
                    {
                        yield return new PersonCue(capture.Value, name.Role, name.Rule, name.Confidence, capture.Index, description);
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?:sits? down with|sat down with|sitting down with|(?:[Mm]y|[Oo]ur|[Tt]oday['’]s) guest(?: today)?(?: is|,)|(?:[Ii]nterview|[Cc]onversation|[Cc]hat|[Dd]iscussion|[Ee]pisode|[Pp]odcast|Q&A|AMA) (?:with|featuring)|interviews|interviewed|talks (?:with|to)|talking (?:with|to)|speaks (?:with|to)|speaking (?:with|to)|(?:[Ww]e|I) (?:spoke|talked|chatted) (?:to|with)|joined by|welcomes|guest)\s+(?<name>" + NameRun + ")")]
    private static partial Regex Interview();

    // "a talk by X", "Keynote by X": who gave the talk the page is about.
    [GeneratedRegex(@"\b(?:[Tt]alk|[Ll]ecture|[Kk]eynote|[Pp]resentation) (?:given )?by\s+(?<name>" + NameRun + ")")]
    private static partial Regex TalkBy();

    // "X talked with us", "X joined me", "X spoke to us about": the writer's own guest.
    [GeneratedRegex(@"(?<name>" + NameRun + @")\s+(?:talked|talks|spoke|speaks|chatted|chats|sat down|sits down) (?:with|to) (?:us|me)\b|(?<name>" + NameRun + @")\s+joined (?:us|me)\b")]
    private static partial Regex ToTheWriter();

    [GeneratedRegex(@"(?<name>" + NameRun + @")\s+(?:hosts|interviews|sits down with|sat down with|talks to|speaks with)\s")]
    private static partial Regex HostsVerb();

    [GeneratedRegex(@"(?<a>" + NameRun + @")\s+(?:and|&)\s+(?<b>" + NameRun + @")\s+(?:discuss|debate|talk about|talk through|chat about|explore|dig into|unpack|break down|walk through|reflect on)\b")]
    private static partial Regex TogetherVerb();

    [GeneratedRegex(@"(?<name>" + NameRun + @")\s+(?:reflects on|reflected on|breaks down|walks (?:us )?through|dives into|dove into|opens up about|returns to the (?:show|podcast|pod|program)|stops by|stopped by|appears on the (?:show|podcast|pod|program)|(?:is|was) interviewed by)\b")]
    private static partial Regex EpisodeVerb();

    // "this episode features X", "this week's episode of The Gradient Hour features X"
    [GeneratedRegex(@"(?:\b(?:episode|show|conversation|podcast|interview|talk)(?: of (?:[Tt]he )?\p{Lu}[\p{L}\d'’]*(?: \p{Lu}[\p{L}\d'’]*){0,4})? features|[Ww]e hear from|\bhosts)\s+(?<name>" + NameRun + ")")]
    private static partial Regex GuestAfter();

    [GeneratedRegex(@"(?<host>" + NameRun + @")\s+(?:is|was) joined by\s+(?<guest>" + NameRun + @")|(?<guest>" + NameRun + @")\s+(?:is|was) interviewed by\s+(?<host>" + NameRun + ")")]
    private static partial Regex JoinedBy();

    // "Simon Willison (creator of Django) joins Lenny's Podcast": the guest; "X joins Lenny Rachitsky for …" or "X joins
    // Lenny Rachitsky.": and the host.
    [GeneratedRegex(@"(?<name>" + NameRun + @")\s*(?:\([^)]{0,80}\)\s*)?(?:(?:,|\s[—–])[^,—–]{0,60}(?:,|[—–])\s*)?joins\s(?:(?<host>" + NameRun + @")\s+(?:for|on|to|in)\s|(?<host>\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){1,2})\s*[.!]?\s*$)?")]
    private static partial Regex Joins();

    [GeneratedRegex(@"\b[Ii]n (?:this|today['’]s) (?:episode|interview|conversation|talk|podcast|video),?\s+(?<name>" + NameRun + ")")]
    private static partial Regex ThisEpisode();

    [GeneratedRegex(@"\b(?:[Hh]osted by|[Mm]oderated by|[Hh]ost|[Ii]nterviewer|[Mm]oderator)\s+(?<name>" + NameRun + @")|(?<name>" + NameRun + @"),?\s+(?:the\s+)?(?:co-?)?host of\b")]
    private static partial Regex Hosting();

    [GeneratedRegex(@"(?<name>" + NameRun + @"),?\s+(?:(?:is|was)\s+)?(?:the\s+|a\s+|an\s+)?(?<description>(?:former\s+|current\s+)?(?:(?:research|senior|staff|principal|chief|lead|founding|managing|general)\s+)?(?:co-?founder|founder|CEO|CTO|CPO|COO|president|chair(?:man|woman)?|head|VP|vice president|director|partner|general partner|creator|co-creator|author|professor|researcher|scientist|engineer|lead|chief [\p{L}]+ officer|investor|editor|writer|product manager|PM)\b[^.;:]{0,60}?\b(?:of|at)\s+\p{Lu}[\p{L}\d.&\-]*(?:\s+\p{Lu}[\p{L}\d.&\-]*){0,2})")]
    private static partial Regex Appositive();

    // "Brightline CEO Maria Okafor", "investor Tomas Reyes": a title written before the name, as the press writes it.
    [GeneratedRegex(@"(?<description>(?:\p{Lu}[\p{L}\d.&\-]*\s+)?(?:co-?founder|founder|CEO|CTO|CPO|COO|CFO|president|investor|podcaster|researcher|economist|journalist|entrepreneur|analyst|venture capitalist))\s+(?<name>" + NameRun + ")")]
    private static partial Regex RoleBefore();

    [GeneratedRegex(@"(?<name>" + NameRun + @")\s+(?:says|said|argues|argued|explains|explained|notes|noted|believes|thinks|thought|describes|described|shares|shared|emphasizes|emphasised|emphasized|predicts|predicted|warns|warned|points out|pointed out|recalls|admits|suggests|suggested|adds|added|writes|wrote|told|tells|recommends|contends|claims|observes|observed|insists|insisted)\b")]
    private static partial Regex Speaking();

    // "Five lessons from X", "Takeaways from X's talk", "What I learned from X": whose ideas a page of points collects.
    [GeneratedRegex(@"\b(?:[Ll]essons?|[Tt]akeaways?|[Ii]nsights?|[Ii]deas|[Aa]dvice|[Nn]otes|[Hh]ighlights|[Qq]uotes|[Ww]isdom|[Ll]earned|[Ll]earnt) [Ff]rom\s+(?<name>" + NameRun + ")")]
    private static partial Regex LessonsFrom();

    [GeneratedRegex(@"(?<name>" + NameRun + @")(?:\s+(?:gave|gives|delivered|delivers)\s+(?:a|an|the|his|her|their|this)\s+(?:[\p{L}\-]+\s+){0,2}|['’]s\s+(?:[\p{L}\-]+\s+)?)(?:talk|keynote|lecture|presentation|speech)\b|(?<name>" + NameRun + @")(?:,[^,]{1,60},)?\s+(?:spoke|speaks) at\b")]
    private static partial Regex GaveTalk();

    // "with panelists Maria Okafor and Priya Raman", "a panel with A and B": the part, then each name of the list after it.
    [GeneratedRegex(@"\b(?:panelists|guests|speakers|panel with|panel featuring)\s+(?<name>" + NameRun + @")(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?<name>" + NameRun + @"))*")]
    private static partial Regex PartsBefore();

    [GeneratedRegex(@"\b[Ww]here to find\s+(?<name>" + NameRun + @")\s*:")]
    private static partial Regex WhereToFind();

    [GeneratedRegex(@"\b(?:[Tt]akeaways?|[Ll]essons?|(?:[Tt]hings?|[Ww]hat) (?:I|we) (?:learned|learnt|took away)|(?:I|we) (?:learned|learnt|took away))\s+from\s+(?<name>" + NameRun + ")")]
    private static partial Regex LearnedFrom();
}
