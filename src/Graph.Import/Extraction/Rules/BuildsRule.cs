using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// "X builds Y" sentences: a person, then a building verb (builds, built, created, leads, works on …), then a
/// declared tool within a few words (<c>Boris Cherny created Claude Code</c>) give (Person)-[:BUILDS]->(Tool).
/// </summary>
internal sealed partial class BuildsRule : IExtractionRule
{
    public void Apply(PageContext context)
    {
        foreach (var (section, block) in context.Blocks())
        {
            if (block.Kind == BlockKind.SourceLine)
            {
                continue;
            }
            foreach (var sentence in block.Sentences)
            {
                var mentions = context.Mentions(sentence.Text);
                foreach (Match verb in BuildVerb().Matches(sentence.Text))
                {
                    var person = mentions.LastOrDefault(m => m.Entry.Kind == EntityKind.Person && m.End <= verb.Index
                        && PersonGap().IsMatch(sentence.Text[m.End..verb.Index]));
                    var tool = mentions.FirstOrDefault(m => m.Entry.Kind == EntityKind.Tool && m.Start >= verb.Index + verb.Length
                        && ToolGap().IsMatch(sentence.Text[(verb.Index + verb.Length)..m.Start]));
                    if (person is null || tool is null || context.Person(person.Entry.Name) is not { } personId)
                    {
                        continue;
                    }
                    var provenance = context.Provenance(section.Name, block.LineAt(sentence.Start), sentence.Text);
                    context.Facts.Relationship(RelationshipTypes.Builds, personId, context.Tool(tool.Entry), provenance);
                }
            }
        }
    }

    // Only filler may stand between the parts: "Cherny, who also created", "built the Codex app".
    [GeneratedRegex(@"^\s*(?:,\s*who\s+)?(?:(?:also|now|originally|first|personally)\s+)?$")]
    private static partial Regex PersonGap();

    [GeneratedRegex(@"^\s*(?:(?:the|a|an|his|her|their|its|both)\s+)?(?:(?:original|first|new)\s+)?$")]
    private static partial Regex ToolGap();

    [GeneratedRegex(@"\b(?:builds|built|is building|was building|created|creates|co-created|leads|led|maintains|designed|works on|worked on|ships|shipped|launched)\b")]
    private static partial Regex BuildVerb();
}
