using Graph.Api.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.GraphQL.Types;

/// <summary>The entry points: a node by id, a thesis or person by name, and the theses that pair with a thesis.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        Field<NodeInterface>("node")
            .Description("The node with this id (e.g. person:dan-shipper), or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await Queries(context).NodeAsync(context.GetArgument<string>("id"), context.CancellationToken).ConfigureAwait(false));

        Field<ThesisType>("thesis")
            .Description("The thesis with this name or alias (any case), or null.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async context => await Queries(context).ThesisAsync(context.GetArgument<string>("name"), context.CancellationToken).ConfigureAwait(false));

        Field<PersonType>("person")
            .Description("The person with this name, alias or last name (any case), or null. A last name shared by several people is an error that lists them.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async context => await PersonAsync(context, context.GetArgument<string>("name")).ConfigureAwait(false));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThesisPairingType>>>>("pairsWith")
            .Description("Theses the wiki pairs with this thesis (name or alias), who holds each, and the sentence that pairs them. Empty when no thesis matches.")
            .Argument<NonNullGraphType<StringGraphType>>("thesis")
            .ResolveAsync(async context => await Queries(context).PairsWithAsync(context.GetArgument<string>("thesis"), context.CancellationToken).ConfigureAwait(false));
    }

    private static async Task<GraphEntity?> PersonAsync(IResolveFieldContext context, string name)
    {
        var matches = await Queries(context).PeopleAsync(name, context.CancellationToken).ConfigureAwait(false);
        if (matches.Count == 0)
        {
            return null;
        }
        var best = matches.Where(match => match.Rank == matches[0].Rank).Select(match => match.Person).ToList();
        if (best.Count > 1 && matches[0].Rank == 2)
        {
            var names = string.Join(", ", best.Select(person => person.DisplayName));
            throw new ExecutionError($"'{name}' is the last name of several people ({names}); ask for the full name.") { Code = "AMBIGUOUS_NAME" };
        }
        return best[0];
    }

    private static GraphQueries Queries(IResolveFieldContext context) =>
        (context.RequestServices ?? throw new InvalidOperationException("GraphQL requests run with the HTTP request's services."))
            .GetRequiredService<GraphQueries>();
}
