using System.Text.RegularExpressions;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction;

/// <summary>A name found by how the page writes it: the cue, the role it implies (null: only mentioned), and what follows the name.</summary>
internal sealed record PersonCue(string Name, string? Role, string Rule, double Confidence, int Offset, string? Description = null);

/// <summary>
/// How pages name people, with no vocabulary: labelled lines (<c>Guest: X</c>, <c>Host: Y</c>, <c>By Z</c>), role badges
/// run into a name by a saved page (<c>Cat WuguestLenny Rachitskyhost</c>), transcript speaker labels (<c>LENNY:</c>,
/// <c>Boris Cherny (00:01:02):</c>), title forms (<c>X: Title</c>, <c>X on Y</c>, <c>Title | X</c>, <c>Title with X</c>)
/// and prose cues (<c>sits down with X</c>, <c>X, the CEO of Y</c>, <c>X argues</c>). Each returns raw spellings; the
/// <see cref="Rules.PeopleRule"/> checks them as names and resolves them.
/// </summary>
internal static partial class PersonCues
{
    private const string NameWord = @"\p{Lu}[\p{L}'’\-]*\.?";
    private const string Particle = @"(?:de|van|von|der|den|da|di|du|la|le|bin|al)";
    private const string NameRun = NameWord + @"(?:[ \t]+(?:" + Particle + @"[ \t]+)?" + NameWord + @"){0,3}";

    /// <summary>Labelled lines and role badges: <c>Guest: Dario Amodei, CEO of Anthropic Host: Dwarkesh Patel</c>.</summary>
    public static IEnumerable<PersonCue> Labelled(string line)
    {
        var labels = line.AsSpan().ContainsAny(':', '：') ? Label().Matches(line) : null;
        for (var i = 0; i < (labels?.Count ?? 0); i++)
        {
            var label = labels![i];
            var end = i + 1 < labels.Count ? labels[i + 1].Index : line.Length;
            var segment = line[(label.Index + label.Length)..end];
            var bar = segment.IndexOf('|', StringComparison.Ordinal);
            if (bar >= 0)
            {
                segment = segment[..bar];
            }
            var role = RoleOfLabel(label.Groups["label"].Value);
            var offset = label.Index + label.Length;
            foreach (var (name, at, description) in NamesIn(segment))
            {
                yield return new PersonCue(name, role, "labelled-line", 0.95, offset + at, description);
            }
        }
        // "🎙️ Host — Rohan Mehta": a label at the line's start may end in a dash instead of a colon.
        if (DashLabel().Match(line) is { Success: true } dashed)
        {
            var offset = dashed.Index + dashed.Length;
            foreach (var (name, at, description) in NamesIn(line[offset..]))
            {
                yield return new PersonCue(name, RoleOfLabel(dashed.Groups["label"].Value), "labelled-line", 0.95, offset + at, description);
            }
        }
        // "| Emeka Obi | Guest |": a table row that pairs a whole name with a part.
        if (line.TrimStart().StartsWith('|') && TableRole(line) is { } row)
        {
            yield return row;
        }
        foreach (Match badge in BadgeGate.MayMatch(line) && BadgeWord().IsMatch(line) ? RoleBadge().Matches(line) : Enumerable.Empty<Match>())
        {
            yield return new PersonCue(badge.Groups["name"].Value, badge.Groups["role"].Value, "role-badge", 0.9, badge.Index);
        }
        var byline = line.Length < 80 ? WholeLineByline().Match(line) : Match.Empty;
        if (line.Length < 80 && !byline.Success && line.Contains("by", StringComparison.OrdinalIgnoreCase))
        {
            byline = CreditLine().Match(line);
        }
        if (byline.Success)
        {
            // "Hosted by X" alone on a line names the host, "Featuring X" the guest, "By X" the writer.
            var role = byline.Groups["lead"].Success ? RoleOfLabel(byline.Groups["lead"].Value) : "author";
            yield return new PersonCue(byline.Groups["name"].Value, role, "byline", 0.9, byline.Groups["name"].Index);
        }
        // "Dr. Ada Okafor" alone on a line, or "Ada Okafor's avatar": how a page credits its writer.
        if (line.Length < 60 && AuthorLine().Match(line) is { Success: true } author)
        {
            yield return new PersonCue(author.Groups["name"].Value, "author", "byline", 0.85, author.Groups["name"].Index);
        }
    }

    /// <summary>
    /// "Priya Raman" alone on a line beside "Oct 2, 2026": a page's header credits its writer by name above or below the
    /// date. The name must start with a known first name, since a header also carries the site's and the show's names.
    /// </summary>
    public static PersonCue? DatedByline(string line, string? before, string? after)
    {
        var text = line.Trim();
        return text.Length < 40 && LoneName().Match(text) is { Success: true } match && FirstNames.Contains(text.Split(' ')[0])
            && (IsDate(before) || IsDate(after))
            ? new PersonCue(match.Groups["name"].Value, "author", "byline", 0.8, 0)
            : null;

        static bool IsDate(string? line) => line is not null && WrittenDate.DayAt(line.Trim(), 0) is not null;
    }

    /// <summary>The role a label alone on its line gives the name on the next ("Guest", "Hosted by"), or null.</summary>
    public static string? LabelAlone(string line) =>
        line.Length < 20 && LabelLine().Match(line.Trim()) is { Success: true } match ? RoleOfLabel(match.Groups["label"].Value) : null;

    /// <summary>
    /// Whether a section heading says the names under it are people: with the role it gives them ("Guests", "About the
    /// host", "Speakers"), or none ("People mentioned", "Mentioned in this episode").
    /// </summary>
    public static bool HeadingNamesPeople(string heading, out string? role)
    {
        var trimmed = heading.Trim();
        role = RoleHeading().Match(trimmed) is { Success: true } match ? RoleOfLabel(match.Groups["label"].Value) : null;
        return role is not null || PeopleHeading().IsMatch(trimmed);
    }

    /// <summary>The person a heading is about: "About Maria Okafor", "Who is Maria Okafor?". It names them; it does not say they take part.</summary>
    public static PersonCue? InHeading(string heading) =>
        AboutHeading().Match(heading) is { Success: true } match ? new PersonCue(match.Groups["name"].Value, null, "heading-name", 0.8, match.Groups["name"].Index) : null;

    /// <summary>The names a line opens with, as under a label: "Maria Okafor, CEO of Brightline", "A &amp; B".</summary>
    public static IEnumerable<PersonCue> LeadingNames(string line, string? role) =>
        NamesIn(line).Select(n => new PersonCue(n.Name, role, "role-heading", 0.9, n.At, n.Description));

    /// <summary>
    /// A transcript turn's speaker label at the start of a line: <c>LENNY:</c>, <c>Boris Cherny (00:01:02):</c>,
    /// <c>[00:01:02] Boris Cherny:</c>, or a line of its own over the turn: <c>Boris Cherny  1:02</c>.
    /// </summary>
    public static PersonCue? SpeakerLabel(string line)
    {
        if (line.IndexOfAny([':', '：']) is not (> 0 and < 60))
        {
            return null;
        }
        var match = NumberedSpeaker().Match(line);
        if (!match.Success)
        {
            match = Speaker().Match(line);
        }
        if (!match.Success)
        {
            // "[00:00:05] Maria Okafor: …", "Maria Okafor  0:05" over the turn: a label, but so is a chapter's, so only a
            // name that speaks again (or beside other full names) counts; the time alone does not vouch for it.
            match = TimeAndSpeaker().Match(line);
            return match.Success ? new PersonCue(match.Groups["name"].Value.Trim(), "speaker", "speaker-label", 0.85, match.Groups["name"].Index) : null;
        }
        var name = match.Groups["name"].Value.Trim();
        var timed = match.Groups["time"].Success;
        return new PersonCue(name, "speaker", "speaker-label", timed ? 0.95 : 0.85, match.Groups["name"].Index, timed ? "timed" : null);
    }

    /// <summary>The person a title names: <c>X: Title</c>, <c>X on Title</c>, <c>Title | X</c>, <c>Title with X</c>, <c>Title ft. X</c>.</summary>
    /// <remarks>A title says "Interview with X", "A talk by X" or "Lessons from X" as prose does, and means the same.</remarks>
    public static IEnumerable<PersonCue> InTitle(string title)
    {
        if (TitlePair().Match(title) is { Success: true } pair)
        {
            // Which of the two hosts the title does not say; a cue in the page's text that does wins over this one.
            yield return new PersonCue(pair.Groups["name"].Value, "speaker", "title-pair", 0.8, pair.Groups["name"].Index);
            yield return new PersonCue(pair.Groups["second"].Value, "speaker", "title-pair", 0.8, pair.Groups["second"].Index);
        }
        // A talk's forms first: "Notes from X's keynote" names a speaker, though "Notes from X" alone would name a guest.
        foreach (var pattern in new[] { TalkBy(), GaveTalk(), TitleLead(), TitleTail(), Interview(), LessonsFrom(), TitlePossessive() })
        {
            var match = pattern.Match(title);
            // "Lex Fridman's Podcast: …" leads with a show named after its host (ShowHosts), not with a guest.
            if (match.Success && !ShowOfName().IsMatch(match.Groups["name"].Value))
            {
                // "Sam Altman Interview: …": the recording's kind is not part of the name.
                var name = RecordingWord().Replace(match.Groups["name"].Value, "");
                yield return new PersonCue(name, pattern == TalkBy() || pattern == GaveTalk() ? "speaker" : "guest", "title-form", 0.8, match.Groups["name"].Index,
                    match.Groups["about"].Success ? match.Groups["about"].Value : null);
            }
        }
    }

    // "Maria Okafor's Rules for Shipping Weekly": a title that gives a full name's ideas names the one the page is about
    // (not "Lex Fridman's Podcast": a show named after its host).
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){1,2})['’]s\s+(?!" + ShowWord + @")(?<about>\S.*)$")]
    private static partial Regex TitlePossessive();

    [GeneratedRegex(@"['’]s\s+" + ShowWord)]
    private static partial Regex ShowOfName();

    // What a show named after its host is called: "Lenny's Podcast", "Lex Fridman's Show", "Ben's Newsletter".
    private const string ShowWord = @"(?:[Pp]odcast|[Ss]how|[Nn]ewsletter|[Cc]hannel|[Bb]log|[Ss]ubstack)\b";

    /// <summary>"Dario Amodei on why we are near the end" -> ("Dario Amodei", "why we are near the end"): a title's lead name and what follows it.</summary>
    public static (string Name, string About)? TitleLeadName(string title) =>
        TitleLead().Match(title) is { Success: true } match ? (match.Groups["name"].Value, match.Groups["about"].Value) : null;

    /// <summary>The names shows are named after on these lines ("Lenny's Podcast", "Lex Fridman Podcast"), with their line.</summary>
    public static IEnumerable<(string Name, TextLine Line)> ShowHosts(IEnumerable<TextLine> lines)
    {
        foreach (var line in lines)
        {
            if (!line.Text.Contains("Podcast", StringComparison.Ordinal) && !line.Text.Contains("Show", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (Match match in ShowNamedAfter().Matches(line.Text))
            {
                yield return (match.Groups["name"].Value, line);
            }
        }
    }

    /// <summary>Capitalized runs of two or three words: candidates a first-name lexicon then checks.</summary>
    public static Regex.ValueMatchEnumerator CapitalizedRuns(string sentence) => CapitalizedRun().EnumerateMatches(sentence);

    private static string RoleOfLabel(string label) => label.ToLowerInvariant() switch
    {
        var l when l.StartsWith("host", StringComparison.Ordinal) || l.StartsWith("co-host", StringComparison.Ordinal) || l.StartsWith("interviewer", StringComparison.Ordinal)
            || l.StartsWith("moderat", StringComparison.Ordinal) => "host",
        var l when l.StartsWith("speaker", StringComparison.Ordinal) || l.StartsWith("panelist", StringComparison.Ordinal) || l.StartsWith("in conversation", StringComparison.Ordinal)
            || l.StartsWith("present", StringComparison.Ordinal) => "speaker",
        var l when l.StartsWith("author", StringComparison.Ordinal) || l.StartsWith("by", StringComparison.Ordinal)
            || l.StartsWith("written", StringComparison.Ordinal) || l.StartsWith("organized", StringComparison.Ordinal) => "author",
        _ => "guest",
    };

    // "Dario Amodei, Co-founder & CEO of Anthropic" -> Dario Amodei (description: the rest); "Boris Cherny & Cat Wu" -> both.
    private static IEnumerable<(string Name, int At, string? Description)> NamesIn(string segment)
    {
        // "swyx & Alessio Fanelli": a lower-case handle is someone, but not a name this can read; the names after it are.
        var at = LeadingHandle().Match(segment) is { Success: true } handle ? handle.Length : 0;
        var first = true;
        while (true)
        {
            var match = LeadingName().Match(segment, at);
            if (!match.Success || (!first && match.Index != at))
            {
                yield break;
            }
            var after = segment[(match.Index + match.Length)..];
            var separator = NameSeparator().Match(after);
            var description = DescriptionAfter(after);
            yield return (match.Groups["name"].Value, match.Groups["name"].Index, description);
            if (!separator.Success)
            {
                yield break;
            }
            at = match.Index + match.Length + separator.Length;
            first = false;
        }
    }

    private static string? DescriptionAfter(string after)
    {
        // "Ana Lindqvist (Anthropic), Tomasz Nowak (OpenAI)": a description in brackets ends at its bracket.
        if (after.TrimStart() is ['(', ..] bracketed && bracketed.IndexOf(')', StringComparison.Ordinal) is > 1 and var close)
        {
            after = bracketed[1..close];
        }
        var text = after.TrimStart(' ', ',', '(', '–', '—', '-').TrimEnd(' ', ')', ',', ';');
        return text.Length is > 2 and <= 160 && !text.StartsWith('&') && !text.StartsWith("and ", StringComparison.Ordinal) ? text : null;
    }

    private static PersonCue? TableRole(string line)
    {
        var cells = line.Split('|', StringSplitOptions.TrimEntries).Where(c => c.Length > 0).ToList();
        var role = cells.Select(c => LabelLine().Match(c)).FirstOrDefault(m => m.Success);
        var name = cells.FirstOrDefault(c => LoneName().IsMatch(c));
        return role is not null && name is not null && cells.Count <= 4
            ? new PersonCue(name, RoleOfLabel(role.Groups["label"].Value), "labelled-line", 0.9, line.IndexOf(name, StringComparison.Ordinal))
            : null;
    }

    [GeneratedRegex(@"^[^\p{L}]{0,6}(?<label>Guests?|Hosts?|Co-hosts?|Speakers?|Interviewer|Moderator|Panelists?|Authors?)\s+[—–-]\s+(?=\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex DashLabel();

    // "Guest: X", and a wiki's inline field "guest:: X".
    [GeneratedRegex(@"(?<![\p{L}])(?<label>Guests?|Hosts?|Hosted by|Co-hosts?|Speakers?|Interviewer|Interviewee|Authors?|Written by|Featuring|Feat\.|Panelists?|Moderator|Moderated by|Presenters?|Presented by|Organized by|In conversation(?: with)?)\s*(?:::|[:：])\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"\G\s*(?<name>" + NameRun + @")")]
    private static partial Regex LeadingName();

    [GeneratedRegex(@"^\s*@?\p{Ll}[\p{L}\d_.\-]*\s*(?:,|&|\band\b)\s*(?=\p{Lu})")]
    private static partial Regex LeadingHandle();

    [GeneratedRegex(@"^\s*(?:,|&|\band\b|\(.*?\)\s*(?:,|&|\band\b))\s*(?=\p{Lu})")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})(?<role>" + BadgeRoles + @")(?=\p{Lu}|\s|$)")]
    private static partial Regex RoleBadge();

    // "Behind the Craft by Peter Yang": a publication credited to its writer, on a line of its own.
    // "Episode 12 of The Show, hosted by X": the verb before "by" gives the part, as it does at a line's start.
    // "Brought to you by X", "sponsored by X", "acquired by X" credit a company, not a writer.
    [GeneratedRegex(@"^(?!.*\b(?:brought to you|sponsored|powered|supported|funded|backed|acquired|owned) by\b)\S.{0,60}?\s(?:(?<lead>[Hh]osted|[Pp]resented|[Mm]oderated) )?(?:by|By)\s+(?<name>" + NameRun + @")\s*$")]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^(?:(?:Dr|Prof|Professor)\.?\s+(?<name>" + NameRun + @")|(?<name>" + NameRun + @")['’]s (?:avatar|profile picture|photo))\s*$")]
    private static partial Regex AuthorLine();

    // "By Hanna Lindgren · 6 min read", "By X | March 3", "Presented by X at EvalConf": a byline may go on with the page's
    // details after a separator, or with where and when.
    [GeneratedRegex(@"^(?<lead>By|Written by|Hosted by|Presented by|Featuring)\s+(?<name>" + NameRun + @")\s*(?:$|[·|•]\s*\S.*$|\s[–—]\s+\S.*$|\s+(?:at|on)\s+\S.*$)")]
    private static partial Regex WholeLineByline();

    [GeneratedRegex(@"^\s*(?<name>" + NameRun + @"|\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){0,2})\s*(?:(?:\((?<time>\d{1,2}:\d{2}(?::\d{2})?)\)|\[(?<time>\d{1,2}:\d{2}(?::\d{2})?)\])\s*[:：](?:\s+\S|\s*$)|[:：]\s+\S)")]
    private static partial Regex Speaker();

    [GeneratedRegex(@"^(?:(?:about|meet) (?:the|our|your|this week['’]s) )?(?<label>guests?|hosts?|co-hosts?|speakers?|panelists?|interviewers?|moderators?|presenters?|authors?|featuring)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleHeading();

    [GeneratedRegex(@"^(?:(?:the\s+)?people(?:\s+(?:mentioned|discussed))?|(?:people\s+)?mentioned\s+in\s+(?:this|the)\s+(?:episode|conversation|talk|interview|video)|who['’]s\s+who)$", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleHeading();

    [GeneratedRegex(@"^(?:[Aa]bout|[Mm]eet|[Ww]ho\s+is|[Ww]ho['’]s)\s+(?<name>" + NameRun + @")\s*\??$")]
    private static partial Regex AboutHeading();

    private const string Clock = @"[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?";

    [GeneratedRegex(@"^\s*(?:" + Clock + @"\s*(?:[-–—|]\s*)?(?<name>" + NameRun + @"|\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){0,2})\s*[:：](?:\s+\S|\s*$)|(?<name>" + NameRun + @"|\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){0,2})\s+" + Clock + @"\s*$)")]
    private static partial Regex TimeAndSpeaker();

    // "Speaker 2 (Rafael Duarte): …": a transcription tool numbers its speakers and the name is put beside the number.
    [GeneratedRegex(@"^\s*Speaker\s*\d{1,2}\s*[(\[](?<name>" + NameRun + @")[)\]]\s*[:：]")]
    private static partial Regex NumberedSpeaker();

    // "[Podcast] X: Title", "Notes: X on Y", "Episode 12 - X on Y": a label or number may come before the name.
    private const string TitleLabel = @"(?:\[[^\]]{1,30}\]\s*|(?:[Nn]otes|[Ss]ummary|[Rr]ecap|[Tt]ranscript|[Hh]ighlights|[Tt]akeaways|[Ii]nterview|[Cc]onversation|[Pp]odcast|Q&A|(?:[Ee]pisode|[Ee]p\.?)\s*#?\d+(?:\s+(?:[Rr]ecap|[Nn]otes|[Ss]ummary|[Hh]ighlights))?|#\d+)\s*[:|–—-]\s*)?";

    [GeneratedRegex(@"^" + TitleLabel + @"(?<name>" + NameRun + @")(?:\s*[:–—]\s+|\s+(?:on|about)\s+)(?<about>\S.*)$")]
    private static partial Regex TitleLead();

    // "Priya Raman and Jonas Berg on agents", "Recap: A & B on evals": two who talk, neither said to host.
    [GeneratedRegex(@"^" + TitleLabel + @"(?<name>" + NameRun + @")\s+(?:and|&)\s+(?<second>" + NameRun + @")\s+(?:on|about|discuss)\s+\S")]
    private static partial Regex TitlePair();

    // "Title | X", "Title with X (CEO)", "Title (feat. X)", "Title [with X]".
    [GeneratedRegex(@"(?:\s[|–—-]\s+|\s[(\[]?(?:with|ft\.?|feat\.?|featuring)\s+)(?<name>" + NameRun + @")[)\]]?\s*(?:\((?<about>[^)]*)\))?\s*$")]
    private static partial Regex TitleTail();

    [GeneratedRegex(@"\s+(?:Interview|Podcast|Talk|Keynote|Transcript|Episode|Notes|Summary|Q&A|AMA)$")]
    private static partial Regex RecordingWord();

    // The parts a saved page runs into a name ("Cat Wuguest"); found in one pass before the pattern tries each letter.
    private const string BadgeRoles = "guest|host|speaker|author|moderator";
    private static readonly WordGate BadgeGate = new(BadgeRoles);

    [GeneratedRegex(@"(?<=[a-z])(?:" + BadgeRoles + @")(?=\p{Lu}|\s|$)")]
    private static partial Regex BadgeWord();

    // A surname may have an inner capital: McDonald, LeCun, DeSantis.
    // Either part may be hyphenated: Fei-Fei Li, Hyun-woo Park, José Ortiz-Ramírez.
    // A middle initial may stand between the two: Jensen H. Huang.
    [GeneratedRegex(@"(?<![\p{L}'’\-])\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?(?:[ \t]+\p{Lu}\.)?(?:[ \t]+(?:" + Particle + @"[ \t]+)?\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+)?[\p{Ll}'’\-]*\p{Ll}(?:-\p{Lu}\p{Ll}+)?){1,2}(?![\p{L}\-])")]
    private static partial Regex CapitalizedRun();

    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})$")]
    private static partial Regex LoneName();

    [GeneratedRegex(@"(?<![\p{L}'’])(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:['’]s| ) ?(?:Podcast|Show)\b")]
    private static partial Regex ShowNamedAfter();

    [GeneratedRegex(@"^(?<label>Guests?|Hosts?|Co-hosts?|Speakers?|Authors?|Hosted by|Written by|Featuring|Interviewer|Interviewee|Moderator|Moderated by|Panelists?|Presenters?|Presented by)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelLine();
}
