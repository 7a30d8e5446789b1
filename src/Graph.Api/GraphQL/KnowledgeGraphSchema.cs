using Graph.Api.GraphQL.Types;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.GraphQL;

/// <summary>The GraphQL schema of the knowledge graph (printed to schema.graphql at the repository root).</summary>
internal sealed class KnowledgeGraphSchema : Schema
{
    public KnowledgeGraphSchema(IServiceProvider services)
        : base(services)
    {
        Description = "Sources, people, theses, tools and shows from the wiki, and how they relate.";
        // GraphiQL's introspection asks for deprecated input values (args(includeDeprecated:)) on every type.
        Features.DeprecationOfInputValues = true;
        Query = services.GetRequiredService<QueryType>();
        // Pages are reached as nodes (node(id), neighborhood), not through a field's type.
        RegisterType(typeof(PageType));
        // Introspection is answered from the schema alone: GraphiQL's deep introspection query must not count as complex.
        this.WithIntrospectionComplexityImpact(0);
    }
}
