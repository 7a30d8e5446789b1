using Graph.Api.Data;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>Evidence { sentence, page, line, section, rule, confidence }: one place the wiki states a fact.</summary>
internal sealed class FactEvidenceType : ObjectGraphType<FactEvidence>
{
    public FactEvidenceType()
    {
        Name = "Evidence";
        Description = "One place the wiki states a fact: the sentence, where it is, and the rule that read it.";
        Field<StringGraphType>("sentence").Description("The sentence the fact was read from.").Resolve(context => context.Source.Sentence);
        Field<StringGraphType>("page").Description("The wiki page of that sentence, relative to the wiki root.").Resolve(context => context.Source.Page);
        Field<IntGraphType>("line").Description("The 1-based line of that sentence in the page.").Resolve(context => context.Source.Line is { } line ? (int?)checked((int)line) : null);
        Field<StringGraphType>("section").Description("The page's section it was read from.").Resolve(context => context.Source.Section);
        Field<StringGraphType>("rule").Description("The extraction rule that read it.").Resolve(context => context.Source.Rule);
        Field<FloatGraphType>("confidence").Description("How sure that rule is, from 0 to 1.").Resolve(context => context.Source.Confidence);
    }
}
