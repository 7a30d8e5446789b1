using Graph.Api.Data;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>ThesisPairing { thesis, heldBy, evidence, page, line }: one answer of Query.pairsWith.</summary>
internal sealed class ThesisPairingType : ObjectGraphType<ThesisPairing>
{
    public ThesisPairingType()
    {
        Name = "ThesisPairing";
        Description = "A thesis that pairs with the one asked about, who holds it, and where the wiki says so.";
        Field<NonNullGraphType<ThesisType>>("thesis").Description("The paired thesis.").Resolve(context => context.Source.Thesis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("heldBy").Description("People who hold the paired thesis.").Resolve(context => context.Source.HeldBy);
        Field<StringGraphType>("evidence").Description("The sentence that pairs the two theses.").Resolve(context => context.Source.Evidence);
        Field<StringGraphType>("rule").Description("The extraction rule that paired them, when the importer recorded one.").Resolve(context => context.Source.Rule);
        Field<FloatGraphType>("confidence").Description("How sure that rule is of the pairing, from 0 to 1, when recorded.").Resolve(context => context.Source.Confidence);
        Field<StringGraphType>("page").Description("The wiki page of that sentence, relative to the wiki root.").Resolve(context => context.Source.Page);
        Field<IntGraphType>("line").Description("The 1-based line of that sentence in the page.").Resolve(context => context.Source.Line is { } line ? (int?)checked((int)line) : null);
    }
}
