using Graph.Api.Data;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>interface Node { id: ID! }: every node has a stable id such as person:dan-shipper.</summary>
internal sealed class NodeInterface : InterfaceGraphType<GraphEntity>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "A node of the knowledge graph, found by its stable id (e.g. person:dan-shipper) with Query.node.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id derived from the canonical name: label:slug.");
    }
}
