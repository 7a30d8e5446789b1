using System.Text.RegularExpressions;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// How a section with no points heading states its points, each way a rule of its own: runs of three or more list
/// items of a sentence's length; paragraphs that each open on a bold statement; lines labelled as a point ("Key
/// insight: …", "In a nutshell: …", a callout titled so); the answers of a written interview; paragraphs counted off ("First, …",
/// "Second, …", "Finally, …"); paragraphs a social post opens with the same emoji ("✅ …"); and a thread's numbered posts
/// ("1/ …", "2/ …").
/// </summary>
internal static partial class UnheadedPoints
{
    private const int MinRun = 3;
    private const int MinItemWords = 4;
    private const int MinBoldWords = 3;
    private const int MaxShortWords = 40;

    public static IEnumerable<(PageBlock Block, string Rule)> In(PageSection section)
    {
        var points = new List<(PageBlock, string)>();
        points.AddRange(ListRuns(section).Select(block => (block, "list-points")));
        // "**Review is the bottleneck.** Generated code piles up…": paragraphs that each open on a bold statement.
        var bold = section.Blocks.Where(IsBoldStatement).ToList();
        if (bold.Count >= MinRun)
        {
            points.AddRange(bold.Select(block => (block, "bold-lead-points")));
        }
        // "Key insight: inference gets ten times cheaper each year." A line labelled as a point is one, wherever it stands.
        points.AddRange(section.Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.ListItem or BlockKind.Quote && PointLabel().IsMatch(b.Text))
            .Select(block => (block, "labelled-point")));
        // A written interview: "Q: Why does X matter?" then "A: Because …". The one answering makes a point in each answer.
        var answers = Answers(section.Blocks).ToList();
        if (answers.Count >= MinRun)
        {
            points.AddRange(answers.Select(block => (block, "qa-answers")));
        }
        var counted = section.Blocks.Where(b => b.Kind == BlockKind.Paragraph && Ordinal().IsMatch(b.Text)).ToList();
        if (counted.Count >= MinRun)
        {
            points.AddRange(counted.Select(block => (block, "ordinal-points")));
        }
        // "✅ Evaluations belong in the build." over paragraphs of their own: a post marks each point with the same emoji.
        foreach (var marked in section.Blocks.Where(b => b.Kind == BlockKind.Paragraph)
            .Select(b => (Block: b, Mark: WikiPageParser.LeadingMark(b.Text))).Where(b => b.Mark is not null)
            .GroupBy(b => b.Mark).Where(g => g.Count() >= MinRun))
        {
            points.AddRange(marked.Select(b => (b.Block, "emoji-points")));
        }
        // "1/ Evaluations belong in the build." A thread saved as text: its posts, numbered from 1, each make a point.
        var posts = section.Blocks.Where(b => b.Kind == BlockKind.Paragraph && ThreadNumber().IsMatch(b.Text)).ToList();
        if (posts.Count >= MinRun && ThreadNumber().Match(posts[0].Text).Groups["n"].Value == "1")
        {
            points.AddRange(posts.Select(block => (block, "thread-points")));
        }
        return points.DistinctBy(p => p.Item1);
    }

    /// <summary>"First, answer engines win", "2/ answer engines win" -> "answer engines win": what counts a point off is not part of it.</summary>
    public static string WithoutOrdinal(string text) =>
        Ordinal().Match(text) is { Success: true } match ? text[match.Length..] : ThreadNumber().Match(text) is { Success: true } post ? text[post.Length..] : text;

    private static IEnumerable<PageBlock> ListRuns(PageSection section)
    {
        var run = new List<PageBlock>();
        var parts = TakeawaysRule.Parts(section.Blocks);
        // A lead-in ("Where to find her:") is no point, but it ends the run before it; the parts it introduces do not.
        foreach (var block in section.Blocks.Where(b => !parts.Contains(b) || b.Kind != BlockKind.ListItem).Append(null))
        {
            if (block is { Kind: BlockKind.ListItem } && block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinItemWords)
            {
                run.Add(block);
                continue;
            }
            if (block is { Kind: BlockKind.ListItem } || (block is not null && block.Depth > 0))
            {
                continue;
            }
            if (run.Count >= MinRun)
            {
                foreach (var item in run)
                {
                    yield return item;
                }
            }
            run.Clear();
        }
    }

    // A paragraph led by a bold phrase of a few words in lower case: a statement, not a label ("**Note:**"), a
    // transcript's speaker ("**Boris Cherny:**") or a question.
    private static bool IsBoldStatement(PageBlock block) =>
        block is { Kind: BlockKind.Paragraph, Lead: { } lead } && lead.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= MinBoldWords } words
        && words.Skip(1).Any(w => char.IsLower(w[0])) && !lead.TrimEnd().EndsWith('?');

    // The paragraph after each question of a question-and-answer run: a question is a paragraph that is one question,
    // bold or labelled "Q:", and its answer is the next paragraph that is not one.
    private static IEnumerable<PageBlock> Answers(IReadOnlyList<PageBlock> blocks)
    {
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (IsQuestion(blocks[i]) && blocks[i + 1] is { Kind: BlockKind.Paragraph } answer && !IsQuestion(answer))
            {
                yield return answer;
            }
        }
    }

    // A question set in bold whole, or labelled "Q:"; a transcript's "**Host:** Why?" is a turn, and its answers are
    // talk, not points.
    private static bool IsQuestion(PageBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Text.TrimEnd() is { Length: > 0 } text && text.IndexOfAny(['?', '.', '!']) == text.Length - 1 && text[^1] == '?'
        && ((block.Lead is { } lead && lead.Length >= text.Length - 1) || QuestionLabel().IsMatch(text));

    /// <summary>
    /// A paragraph of one sentence that ends as a statement does, as a point is written when it stands alone ("Junior
    /// hiring will shrink."), not a caption, a counter or a question.
    /// </summary>
    public static bool IsShortStatement(PageBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Sentences.Count == 1 && block.Text.TrimEnd().TrimEnd('"', '”', '’', ')') is var text
        && text.Length > 0 && text[^1] is '.' or '!' && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= MinItemWords and <= MaxShortWords;

    [GeneratedRegex(@"^(?:Q|Question)\s*\d*\s*[:.]\s")]
    private static partial Regex QuestionLabel();

    [GeneratedRegex(@"(?i)^(?:(?:the\s+)?(?:key|main|big|core|central)\s+)?(?:insight|takeaway|lesson|idea|point|thesis|argument|claim|bottom line|tl;?dr|gist|in a nutshell|in short)\s*(?:#?\d{1,2})?\s*[:：]\s+\S")]
    private static partial Regex PointLabel();

    // "1/ ", "2/12 ": a thread's post number.
    [GeneratedRegex(@"^(?<n>\d{1,2})/(?:\d{1,2})?\s+(?=\S)")]
    private static partial Regex ThreadNumber();

    // "First, …", "Second, …", "Finally, …": a point counted off at a paragraph's start.
    [GeneratedRegex(@"^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Finally|Lastly|Firstly|Secondly|Thirdly|Fourthly),\s+(?=\S)")]
    private static partial Regex Ordinal();
}
