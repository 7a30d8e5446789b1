using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>The entry points: nodes by id or name, every label's nodes as a connection, and the traversals.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        Field<NodeInterface>("node")
            .Description("The node with this id (e.g. person:dan-shipper), or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await context.Queries().NodeAsync(context.GetArgument<string>("id"), context.CancellationToken).ConfigureAwait(false));

        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("The nodes with these ids, in the order asked; null where an id matches no node.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                var limit = context.Limits().MaxNodes;
                if (ids.Count > limit)
                {
                    throw new ExecutionError($"'ids' may name at most {limit} nodes (the configured limit), not {ids.Count}.") { Code = "LIMIT_EXCEEDED" };
                }
                return await context.Queries().NodesAsync(ids, context.CancellationToken).ConfigureAwait(false);
            });

        Field<ThesisType>("thesis")
            .Description("The thesis with this name or alias (any case), else the one whose name or alias is a near spelling of it, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async context => await context.Queries().ThesisAsync(context.GetArgument<string>("name"), context.CancellationToken).ConfigureAwait(false));

        Field<PersonType>("person")
            .Description("The person with this name, alias or last name (any case), else the one whose name or alias is a near spelling of it, or null. A last name shared by several people is an error that lists them.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async context => await PersonAsync(context, context.GetArgument<string>("name")).ConfigureAwait(false));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThesisPairingType>>>>("pairsWith")
            .Description("Theses the wiki pairs with this thesis (name or alias), who holds each, and the sentence that pairs them. Empty when no thesis matches.")
            .Argument<NonNullGraphType<StringGraphType>>("thesis")
            .ResolveAsync(async context => await context.Queries().PairsWithAsync(context.GetArgument<string>("thesis"), context.CancellationToken).ConfigureAwait(false));

        this.NodeList<SourceType>("sources", "Sources, as a connection.");
        this.NodeList<PersonType>("people", "People, as a connection.");
        this.NodeList<OrganizationType>("organizations", "Organizations, as a connection.");
        this.NodeList<ThesisType>("theses", "Theses, as a connection.");
        this.NodeList<ToolType>("tools", "Tools, as a connection.");
        this.NodeList<ShowType>("shows", "Shows, as a connection.");
        this.NodeList<QuoteType>("quotes", "Quotes, as a connection.");
        this.NodeList<PracticeType>("practices", "Practices (Try It), as a connection.");
        this.NodeList<QuestionType>("questions", "Open questions, as a connection.");

        this.TopLists();
        this.Traversals();
    }

    /// <summary>The person by exact name, alias or last name; failing those, by a near spelling.</summary>
    internal static async Task<GraphEntity?> PersonAsync(IResolveFieldContext context, string name)
    {
        var matches = await context.Queries().PeopleAsync(name, context.CancellationToken).ConfigureAwait(false);
        if (matches.Count == 0)
        {
            return await context.Queries().NearestAsync(Labels.Person, name, context.CancellationToken).ConfigureAwait(false);
        }
        var best = matches.Where(match => match.Rank == matches[0].Rank).Select(match => match.Person).ToList();
        if (best.Count > 1 && matches[0].Rank == 2)
        {
            var names = string.Join(", ", best.Select(person => person.DisplayName));
            throw new ExecutionError($"'{name}' is the last name of several people ({names}); ask for the full name.") { Code = "AMBIGUOUS_NAME" };
        }
        return best[0];
    }
}
