using System.Globalization;
using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL.Translation;

/// <summary>
/// Query.related: the source found as GraphQueries.SourceAsync finds it (id, else title ignoring case; first by title,
/// id), then every source within depth RELATED_TO hops either way, nearest first, then by title and id, as
/// GraphTraversals.RelatedSources orders them. A hop count cannot be a parameter, so the statement holds one list per
/// depth up to <see cref="MaxDepth"/> and `$depth` picks one; its distance is the fewest hops that reach the source.
/// </summary>
internal static class TraversalTranslations
{
    /// <summary>Depths above this stay on the resolvers: each depth adds a copy of the list to the statement.</summary>
    public const int MaxDepth = 4;

    private const string DistanceKey = "__distance";

    public static (string, ValueShape) Related(OperationTranslator translator, FieldType field, IReadOnlyList<GraphQLField> occurrences)
    {
        var start = translator.Name("s");
        var other = translator.Name("o");
        var id = translator.Name("id");
        var title = translator.Name("title");
        var depth = translator.Name("depth");
        translator.Bind(context =>
        {
            var arguments = context.ArgumentsOf(occurrences[0], field);
            var given = context.Bounded(arguments, "depth", 1, 1, context.Limits.MaxTraversalDepth);
            if (given > MaxDepth)
            {
                context.AskResolvers ??= $"'depth' {given} is over {MaxDepth}, the deepest translated";
            }
            var source = (BindContext.Text(arguments, "source") ?? "").Trim();
            context.Parameters[id] = NodeCatalog.LabelOfId(source) == Labels.Source ? source : NodeIds.For(Labels.Source, source);
            context.Parameters[title] = source;
            context.Parameters[depth] = (long)given;
        });
        var distance = Distance(start, other);
        var map = FieldTranslations.Project(translator, field, new RelatedContext(other, distance), occurrences, out var shape,
            new Dictionary<string, string>(StringComparer.Ordinal) { [distance] = DistanceKey, [$"{other}.title"] = "__title", [$"{other}.id"] = "__id" });
        var byDepth = Enumerable.Range(1, MaxDepth).Select(hops => string.Create(CultureInfo.InvariantCulture,
            $"WHEN {hops} THEN COLLECT {{ MATCH ({start})-[:{RelationshipTypes.RelatedTo}*1..{hops}]-({other}:{Labels.Source}) WHERE {other} <> {start} "
            + $"RETURN DISTINCT {map} AS {other}_ ORDER BY {other}_.{DistanceKey}, {other}_.__title, {other}_.__id }}"));
        var found = $"COLLECT {{ MATCH ({start}:{Labels.Source}) WHERE {start}.id = ${id} OR toLower({start}.title) = toLower(${title}) "
            + $"RETURN {start} ORDER BY {start}.title, {start}.id LIMIT 1 }}";
        return ($"coalesce(head([{start} IN {found} | CASE ${depth} {string.Join(" ", byDepth)} END]), [])", shape);
    }

    /// <summary>The fewest hops from start to other: the first depth at which a path reaches it.</summary>
    private static string Distance(string start, string other)
    {
        var tests = Enumerable.Range(1, MaxDepth - 1).Select(hops => string.Create(CultureInfo.InvariantCulture,
            $"WHEN EXISTS {{ MATCH ({start})-[:{RelationshipTypes.RelatedTo}*1..{hops}]-({other}) }} THEN {hops}"));
        return string.Create(CultureInfo.InvariantCulture, $"CASE {string.Join(" ", tests)} ELSE {MaxDepth} END");
    }
}
