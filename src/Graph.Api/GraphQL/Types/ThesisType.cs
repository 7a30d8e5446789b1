using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A claim a source argues, such as "taste is the bottleneck".</summary>
internal sealed class ThesisType : ObjectGraphType<GraphEntity>
{
    public ThesisType()
    {
        this.AsNode(Labels.Thesis, "A claim a source argues, such as \"taste is the bottleneck\".");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The thesis in its canonical wording.").Resolve(context => context.Source.DisplayName);
        this.Aliases();
        this.Related<PersonType>("heldBy", GraphHops.ThesisHeldBy, "People who hold it.");
        this.Related<SourceType>("claimedBy", GraphHops.ThesisClaimedBy, "Sources that argue it.");
        this.Related<ThesisType>("pairsWith", GraphHops.ThesisPairsWith, "Theses the wiki says make the same point (Query.pairsWith adds who and why).");
        this.Related<ThesisType>("contrastsWith", GraphHops.ThesisContrastsWith, "Theses the wiki reads against it, in either direction.");
        this.Related<QuoteType>("supportedBy", GraphHops.ThesisSupportedBy, "Quotes that support it.");
    }
}
