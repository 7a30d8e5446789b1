using Graph.Api.Data;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>ThesisPairing { thesis, heldBy, allEvidence, and the first evidence flat }: one answer of Query.pairsWith per paired thesis.</summary>
internal sealed class ThesisPairingType : ObjectGraphType<ThesisPairing>
{
    public ThesisPairingType()
    {
        Name = "ThesisPairing";
        Description = "A thesis that pairs with the one asked about, who holds it, and where the wiki says so.";
        Field<NonNullGraphType<ThesisType>>("thesis").Description("The paired thesis.").Resolve(context => context.Source.Thesis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("heldBy").Description("People who hold the paired thesis.").Resolve(context => context.Source.HeldBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactEvidenceType>>>>("allEvidence")
            .Description("Every sentence that pairs the two theses, in page and line order: the same pairing on several pages is one answer.")
            .Resolve(context => context.Source.AllEvidence);
        Field<StringGraphType>("evidence").Description("The first sentence that pairs the two theses (all of them: allEvidence).").Resolve(context => context.Source.Evidence);
        Field<StringGraphType>("rule").Description("The extraction rule of that first sentence, when the importer recorded one.").Resolve(context => context.Source.Rule);
        Field<FloatGraphType>("confidence").Description("How sure that rule is of the pairing, from 0 to 1, when recorded.").Resolve(context => context.Source.Confidence);
        Field<StringGraphType>("page").Description("The wiki page of that first sentence, relative to the wiki root.").Resolve(context => context.Source.Page);
        Field<IntGraphType>("line").Description("The 1-based line of that sentence in the page.").Resolve(context => context.Source.Line is { } line ? (int?)checked((int)line) : null);
    }
}
