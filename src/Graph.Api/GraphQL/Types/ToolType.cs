using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A product or tool sources mention, such as Codex or Claude Code.</summary>
internal sealed class ToolType : ObjectGraphType<GraphEntity>
{
    public ToolType()
    {
        this.AsNode(Labels.Tool, "A product or tool sources mention, such as Codex or Claude Code.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The tool's name.").Resolve(context => context.Source.DisplayName);
        this.Aliases();
        this.Text("url", "The tool's home page, when the wiki gives one.");
        this.Related<SourceType>("mentionedIn", GraphHops.ToolMentionedIn, "Sources that mention it.");
        this.Related<PersonType>("builtBy", GraphHops.ToolBuiltBy, "People who build it.");
        this.Related<OrganizationType>("madeBy", GraphHops.ToolMadeBy, "Organizations that make it.");
    }
}
