using Graph.Api.Data;
using Graph.Api.GraphQL.Types;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL.Translation;

/// <summary>
/// Query.sources, Query.people...: the label's matching nodes in list order, bound once before the RETURN; the page is
/// a slice of them ($skip..$end), totalCount their number, cursors positions in them, as NodeListQuery does.
/// </summary>
internal static class ConnectionTranslations
{
    public static (string Expression, ValueShape Shape) Root(OperationTranslator translator, FieldType field, IReadOnlyList<GraphQLField> occurrences, string label)
    {
        var occurrence = occurrences[0];
        var node = translator.Name("n");
        var (where, order) = ListArguments.Compile(translator, field, occurrence, label, node);
        var matched = translator.Prelude("matched", $"COLLECT {{ MATCH ({node}:{label}){where} RETURN {node} ORDER BY {order} }}");
        var skip = translator.Name("skip");
        var end = translator.Name("end");
        translator.Bind(context =>
        {
            var arguments = context.ArgumentsOf(occurrence, field);
            var first = context.Bounded(arguments, "first", context.Limits.DefaultPageSize, 0, context.Limits.MaxPageSize);
            int position;
            try
            {
                position = PageCursor.After(BindContext.Text(arguments, "after"));
            }
            catch (ExecutionError)
            {
                context.AskResolvers = "'after' is not a cursor of ours";
                return;
            }
            context.Parameters[skip] = (long)position;
            context.Parameters[end] = (long)position + first;
        });
        var connection = new ConnectionContext($"size({matched})", $"{matched}[${skip}..${end}]", $"${skip}");
        var map = FieldTranslations.Project(translator, field, connection, occurrences, out var shape);
        return (map, shape);
    }

    /// <summary>A field of a connection (totalCount, edges, nodes, pageInfo) or of its PageInfo.</summary>
    public static (string, ValueShape) Field(OperationTranslator translator, ConnectionContext connection, IObjectGraphType parent, FieldType field, IReadOnlyList<GraphQLField> occurrences)
    {
        var page = connection.Page;
        switch (field.Name)
        {
            case "totalCount":
                return (connection.Total, FieldTranslations.Scalar(field, ScalarKind.Int));
            case "nodes":
                var node = translator.Name("n");
                var map = FieldTranslations.Project(translator, field, new NodeContext(node), occurrences, out var nodes);
                return ($"[{node} IN {page} | {map}]", nodes);
            case "edges":
                var index = translator.Name("i");
                var edge = new EdgeContext($"{page}[{index}]", $"{connection.Skip} + {index}");
                var edgeMap = FieldTranslations.Project(translator, field, edge, occurrences, out var edges);
                return ($"[{index} IN range(0, size({page}) - 1) | {edgeMap}]", edges);
            case "pageInfo":
                return (FieldTranslations.Project(translator, field, connection, occurrences, out var info), info);
            case "hasNextPage":
                return ($"{connection.Skip} + size({page}) < {connection.Total}", FieldTranslations.Scalar(field, ScalarKind.Boolean));
            case "hasPreviousPage":
                return ($"{connection.Skip} > 0", FieldTranslations.Scalar(field, ScalarKind.Boolean));
            case "startCursor":
                return ($"CASE WHEN size({page}) > 0 THEN {connection.Skip} END", FieldTranslations.Scalar(field, ScalarKind.Cursor));
            case "endCursor":
                return ($"CASE WHEN size({page}) > 0 THEN {connection.Skip} + size({page}) - 1 END", FieldTranslations.Scalar(field, ScalarKind.Cursor));
        }
        throw new UntranslatableException($"{parent.Name}.{field.Name} has no translation");
    }

    /// <summary>An edge's cursor (its position) and node (projected through a one-item list, since a projection needs a variable).</summary>
    public static (string, ValueShape) EdgeField(OperationTranslator translator, EdgeContext edge, FieldType field, IReadOnlyList<GraphQLField> occurrences)
    {
        switch (field.Name)
        {
            case "cursor":
                return (edge.Position, FieldTranslations.Scalar(field, ScalarKind.Cursor));
            case "node":
                var node = translator.Name("n");
                var map = FieldTranslations.Project(translator, field, new NodeContext(node), occurrences, out var shape);
                return ($"head([{node} IN [{edge.Node}] | {map}])", shape);
        }
        throw new UntranslatableException($"{field.Name} of an edge has no translation");
    }
}
