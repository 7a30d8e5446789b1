using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>Something to try, from a page's Try It section.</summary>
internal sealed class PracticeType : ObjectGraphType<GraphEntity>
{
    public PracticeType()
    {
        this.AsNode(Labels.Practice, "Something to try, from a page's Try It section.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("What to try, in short (the bullet's lead).").Resolve(context => context.Source.DisplayName);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The whole bullet.").Resolve(context => context.Source.Text("text") ?? context.Source.DisplayName);
        this.Related<SourceType>("suggestedBy", GraphHops.PracticeSuggestedBy, "Sources that suggest it.");
    }
}
