using Graph.Api.Data;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL.Types;

/// <summary>The request's services as resolvers need them.</summary>
internal static class ResolverServices
{
    public static GraphQueries Queries(this IResolveFieldContext context) => context.Service<GraphQueries>();

    public static GraphTraversals Traversals(this IResolveFieldContext context) => context.Service<GraphTraversals>();

    public static GraphQLLimits Limits(this IResolveFieldContext context) => context.Service<IOptions<GraphQLLimits>>().Value;

    /// <summary>An integer argument checked against its allowed range; outside it, an error that names the argument and the range.</summary>
    public static int BoundedArgument(this IResolveFieldContext context, string name, int fallback, int minimum, int maximum)
    {
        var value = context.GetArgument(name, fallback);
        if (value < minimum || value > maximum)
        {
            throw new ExecutionError($"'{name}' must be between {minimum} and {maximum} (the configured limit), not {value}.") { Code = "LIMIT_EXCEEDED" };
        }
        return value;
    }

    private static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("GraphQL requests run with the HTTP request's services."))
            .GetRequiredService<T>();
}
