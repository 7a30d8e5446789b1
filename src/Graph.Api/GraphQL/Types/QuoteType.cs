using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>Words a person said in a source, which may support a thesis.</summary>
internal sealed class QuoteType : ObjectGraphType<GraphEntity>
{
    public QuoteType()
    {
        this.AsNode(Labels.Quote, "Words a person said in a source, which may support a thesis.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The quoted words.").Resolve(context => context.Source.DisplayName);
        Field<NonNullGraphType<BooleanGraphType>>("paraphrase").Description("True when the page paraphrases rather than quotes.")
            .Resolve(context => context.Source.Properties.TryGetValue("paraphrase", out var value) && value is true);
        this.Related<PersonType>("saidBy", GraphHops.QuoteSaidBy, "Who said it.");
        this.Related<SourceType>("from", GraphHops.QuoteFrom, "The source it is from.");
        this.Related<ThesisType>("supports", GraphHops.QuoteSupports, "Theses it supports.");
    }
}
