using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>An open question, from a page's Open Questions section.</summary>
internal sealed class QuestionType : ObjectGraphType<GraphEntity>
{
    public QuestionType()
    {
        this.AsNode(Labels.Question, "An open question, from a page's Open Questions section.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The question, in short (the bullet's lead).").Resolve(context => context.Source.DisplayName);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The whole bullet.").Resolve(context => context.Source.Text("text") ?? context.Source.DisplayName);
        this.Related<SourceType>("askedBy", GraphHops.QuestionAskedBy, "Sources that ask it.");
    }
}
