using System.Text.RegularExpressions;
using Graph.Core.Model;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// "X argues that …" sentences anywhere on the page: the clause after "that" (up to the next clause: ", and", "but",
/// or the sentence's end; not one that opens with a condition or a setting, "that, for most software, …") is a thesis the source CLAIMS and X
/// HOLDS (X a person: by the vocabulary, the page's names, or name shape). "He argues that …" is the page's single
/// guest or author when it has exactly one. So are a view the page names before stating it ("His core provocation: …",
/// "Evans's point is that …"), one with its cue set aside ("We are, he argues, in a 1997 moment") and one after
/// "According to X,"; "argues" takes no "that" before a pronoun or a determiner ("He argues we crossed …", "She thinks
/// the winners will …"); and in a transcript's turn, "I think …" is the speaker's view.
/// </summary>
internal sealed partial class ArguesThatRule : IExtractionRule
{
    private const int MaxThesisWords = 30;

    public void Apply(PageContext context)
    {
        foreach (var (section, block) in context.Blocks())
        {
            if (section.Kind == Parsing.SectionKind.Related)
            {
                continue;
            }
            // Most blocks have none of the cue words: the patterns, which open on any capital, run only where one occurs.
            var (verb, noun, first) = (HasArguingVerb(block.Text), HasViewNoun(block.Text), FirstPersonView().IsMatch(block.Text));
            var according = block.Text.Contains("ccording to ", StringComparison.Ordinal);
            var lesson = LessonWordGate.MayMatch(block.Text) && LessonWord().IsMatch(block.Text);
            if (!verb && !noun && !first && !according && !lesson)
            {
                continue;
            }
            // "Peter: I think …": in a transcript's turn, "I" is the turn's speaker.
            var turnSpeaker = first || lesson ? PersonCues.SpeakerLabel(block.Lines[0].Text)?.Name : null;
            foreach (var sentence in block.Sentences)
            {
                var text = sentence.Text;
                var matches = Enumerable.Empty<Match>();
                if (verb && HasArguingVerb(text))
                {
                    matches = matches.Concat(ArguesThat().Matches(text)).Concat(ArguesAside().Matches(text));
                }
                if (noun && HasViewNoun(text))
                {
                    matches = matches.Concat(ViewIs().Matches(text));
                }
                if (according)
                {
                    matches = matches.Concat(AccordingTo().Matches(text));
                }
                if (first && FirstPersonView().IsMatch(text))
                {
                    matches = matches.Concat(IThink().Matches(text));
                }
                if (lesson)
                {
                    matches = matches.Concat(LessonIs().Matches(text));
                }
                foreach (var match in matches)
                {
                    var holder = Holder(context, match.Groups["who"].Value, turnSpeaker, block.Text, sentence.Start + match.Index);
                    var clause = PageContext.ThesisName(match.Groups["claim"].Value + (match.Groups["rest"].Success ? " " + match.Groups["rest"].Value : ""));
                    var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                    if (holder is null || words is < 3 or > MaxThesisWords)
                    {
                        continue;
                    }
                    var provenance = context.Provenance(section, block, sentence);
                    // A thesis the page already names in the clause ("argues that specification matters") is that thesis.
                    var named = context.Mentions(clause).FirstOrDefault(m => m.Entry.Kind == EntityKind.Thesis);
                    var thesisId = context.Thesis(named?.Entry.Name ?? clause);
                    context.Facts.Relationship(RelationshipTypes.Claims, context.SourceId, thesisId, provenance);
                    context.Facts.Relationship(RelationshipTypes.Holds, holder, thesisId, provenance);
                }
            }
        }
    }

    /// <summary>The view a sentence opens by attributing ("Maria thinks evaluations belong in the build" -> "evaluations belong in the build"), or null.</summary>
    internal static string? OpeningView(string sentence) =>
        HasArguingVerb(sentence) && ArguesThat().Match(sentence) is { Success: true, Index: 0 } match ? match.Groups["claim"].Value : null;

    /// <summary>Whether a text has a word of saying or arguing this rule reads views from ("argues", "says", "thinks").</summary>
    internal static bool HasArguingVerb(string text) => ArguingVerbGate.MayMatch(text) && ArguingVerb().IsMatch(text);

    private static bool HasViewNoun(string text) => ViewNounGate.MayMatch(text) && ViewNoun().IsMatch(text);

    private static readonly WordGate ArguingVerbGate = new("argue|believe|" + ArguingVerbs);
    private static readonly WordGate ViewNounGate = new(ViewNouns);
    private static readonly WordGate LessonWordGate = new(LessonWords);

    private static string? Holder(PageContext context, string who, string? turnSpeaker, string blockText, int at)
    {
        // "The real lesson is that …" names no one: the turn's speaker says it, or the page's single voice.
        if (who.Length == 0)
        {
            return turnSpeaker is not null ? context.Person(turnSpeaker) : SingleVoice(context);
        }
        who = TextKey.WithoutPossessive(who);
        if (who == "I")
        {
            return turnSpeaker is null ? null : context.Person(turnSpeaker);
        }
        if (Pronoun().IsMatch(who))
        {
            return SingleVoice(context) ?? Antecedent(context, blockText, at);
        }
        return context.Person(who);
    }

    // "Raman pushed back: she thinks …": with several voices, "he" or "she" is the person the paragraph named last
    // before it, when its singular pronoun can only be one ("they" may be several).
    private static string? Antecedent(PageContext context, string blockText, int at)
    {
        var person = context.Mentions(blockText).LastOrDefault(m => m.Entry.Kind == EntityKind.Person && m.Start + m.Length <= at);
        return person is not null && !TheyOrTheir().IsMatch(blockText.AsSpan(at)) ? context.Person(person.Entry.Name) : null;
    }

    // "He argues …" or an unsigned "The real lesson is …" is the page's one voice, when it has exactly one.
    private static string? SingleVoice(PageContext context) => context.Voices is [var voice] ? voice : null;

    // The pieces the patterns share: a clause that does not open on a condition or a setting ("that, for most
    // software, …"), and its end at the next clause or the sentence's end ("as", "so", "while" only after a comma).
    private const string ClauseOpening = @"(?!(?:for|in|at|on|with|by|when|if|as|once|after|before|while|since|unless|although)\s)";
    private const string ClauseEnd = @"(?=,?\s+(?:and|but|which|because)\s|,\s+(?:so|while|as)\s|[.;:!?—–]|$)";
    private const string ArguingVerbs = @"argues|argued|believes|believed|contends|claims|insists|maintains|predicts|warns|thinks|says|said|explains|notes|points out|emphasizes|stresses|makes the case|made the case|concludes|suggests|observes";
    private const string ViewNouns = @"message|thesis|argument|point|claim|provocation|view|position|conclusion|bet|prediction|advice|take";
    private const string FirstPersonVerb = @"\s+(?:really\s+|strongly\s+|honestly\s+|genuinely\s+)?(?:think|believe|would argue|['’]d argue|predict|am convinced|['’]m convinced)";

    [GeneratedRegex(@"(?<who>\b(?:[Hh]e|[Ss]he|[Tt]hey)\b|\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2})\s+(?:also\s+)?(?:(?:" + ArguingVerbs + @")\s+that,?\s+|(?:argues|argued|believes|contends|insists|predicts|warns|thinks)\s+(?=(?:we|they|it|there|AI|you|everyone|nobody|most|the|a|an|this|these|every|all|many|some|no)\s))" + ClauseOpening + @"(?<claim>[^;:]+?)" + ClauseEnd)]
    private static partial Regex ArguesThat();

    // "His core provocation: AI is …", "Evans's main point is that …": a view the page names, then states.
    [GeneratedRegex(@"(?<who>\b(?:[Hh]is|[Hh]er|[Tt]heir)\b|\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?['’]s?)\s+(?:[a-z\-]+\s+)?(?:" + ViewNouns + @")\s*(?:(?:is|was)\s+that,?\s+|:\s+)" + ClauseOpening + @"(?<claim>[^;:]+?)" + ClauseEnd)]
    private static partial Regex ViewIs();

    // "According to Okafor, evaluation is the product": the view after the comma is the named person's.
    // "The key lesson here is that evals are a product": a sentence that announces its point, then states it.
    [GeneratedRegex(@"(?:^|(?<=[.!?:]\s))(?:[Tt]he|[Mm]y|[Oo]ur)\s+(?:key|main|big|biggest|real|most important|core|central|important|one)\s+(?:thing|point|lesson|insight|idea|takeaway|message|argument)\s+(?:here\s+)?(?:is|was)\s+that,?\s+" + ClauseOpening + @"(?<claim>[^;:]+?)" + ClauseEnd)]
    private static partial Regex LessonIs();

    private const string LessonWords = "thing|point|lesson|insight|idea|takeaway|message|argument";

    [GeneratedRegex(@"\b(?:" + LessonWords + @")\s+(?:here\s+)?(?:is|was)\s+that\b")]
    private static partial Regex LessonWord();

    [GeneratedRegex(@"\b[Aa]ccording to (?<who>\b(?:him|her|them)\b|\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2}),\s+" + ClauseOpening + @"(?<claim>[^;:]+?)" + ClauseEnd)]
    private static partial Regex AccordingTo();

    // "We are, he argues, in a 1997 moment": the view with the cue set aside in commas.
    [GeneratedRegex(@"(?:^|(?<=[.;:—–]\s))(?<claim>\p{Lu}[^,;:.!?]{2,60}?),\s+(?<who>\b(?:he|she|they)\b|\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?)\s+(?:argues|argued|believes|contends|insists|says|said|thinks|warns|notes),\s+(?<rest>[^;:.!?—–]+)")]
    private static partial Regex ArguesAside();

    // The patterns' fixed words, looked for first: the patterns open on any capital.
    [GeneratedRegex(@"\b(?:argue[sd]?|believe[sd]?|" + ArguingVerbs + @")\b")]
    private static partial Regex ArguingVerb();

    [GeneratedRegex(@"\b(?:" + ViewNouns + @")\s*(?:is\b|was\b|:)")]
    private static partial Regex ViewNoun();

    [GeneratedRegex(@"\bI" + FirstPersonVerb + @"\b")]
    private static partial Regex FirstPersonView();

    // "I think 'vibe coding' is almost a slur": a speaker's own view, in their turn.
    [GeneratedRegex(@"(?<who>\bI)" + FirstPersonVerb + @"\s+(?:that,?\s+)?(?!(?:so|not|about|of|it['’]s fine)\b)(?<claim>[^;:]+?)" + ClauseEnd)]
    private static partial Regex IThink();
    [GeneratedRegex(@"^(?:he|she|they|his|her|their|him|them)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:they|their|them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheyOrTheir();
}
