using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL.Translation;

/// <summary>
/// Each field's Cypher: the same values, order and nulls its resolver gives (GraphEntity.DisplayName, the batch
/// loaders' name-then-id order, links by page and line). A field not listed here sends the request to the resolvers.
/// </summary>
internal static class FieldTranslations
{
    /// <summary>What GraphEntity.DisplayName reads: name, else title, else text, else the id.</summary>
    public static string DisplayName(string node) => $"coalesce({node}.name, {node}.title, {node}.text, {node}.id)";

    /// <summary>Fields that are the node's display name (Source.title, Person.name...).</summary>
    private static readonly HashSet<string> DisplayNameFields = new(StringComparer.Ordinal)
    {
        "Source.title", "Person.name", "Thesis.name", "Tool.name", "Quote.text", "Practice.name", "Question.name", "Show.name", "Organization.name",
    };

    /// <summary>Fields that are one text property of the node, as stored.</summary>
    private static readonly HashSet<string> TextFields = new(StringComparer.Ordinal)
    {
        "Source.url", "Source.kind", "Source.dateText", "Source.summary", "Person.affiliation", "Tool.url", "Page.title", "Page.url",
    };

    /// <summary>Relationship fields that give one node (the first by name), not a list.</summary>
    private static readonly Dictionary<string, GraphHop> ToOneFields = new(StringComparer.Ordinal)
    {
        ["Source.show"] = GraphHops.SourceShow,
        ["Page.describes"] = GraphHops.PageDescribes,
    };

    public static (string Expression, ValueShape Shape) Translate(OperationTranslator translator, ObjectContext context, IObjectGraphType parent, FieldType field, IReadOnlyList<GraphQLField> occurrences) =>
        context switch
        {
            QueryContext => RootFieldTranslations.Translate(translator, field, occurrences),
            NodeContext node => NodeField(translator, node.Variable, parent.Name, field, occurrences),
            LinkContext link => LinkField(translator, link, field, occurrences),
            EvidenceContext evidence => EvidenceField(evidence, field),
            PairingContext pairing => PairingField(translator, pairing, field, occurrences),
            ConnectionContext connection => ConnectionTranslations.Field(translator, connection, parent, field, occurrences),
            EdgeContext edge => ConnectionTranslations.EdgeField(translator, edge, field, occurrences),
            RankedContext ranked => field.Name == "count"
                ? (ranked.Count, Scalar(field, ScalarKind.Int))
                : (Project(translator, field, new NodeContext(ranked.Node), occurrences, out var node), node),
            RelatedContext related => field.Name == "distance"
                ? (related.Distance, Scalar(field, ScalarKind.Int))
                : (Project(translator, field, new NodeContext(related.Source), occurrences, out var source), source),
            _ => throw Untranslatable(parent, field),
        };

    private static (string, ValueShape) NodeField(OperationTranslator translator, string node, string type, FieldType field, IReadOnlyList<GraphQLField> occurrences)
    {
        var name = $"{type}.{field.Name}";
        switch (field.Name)
        {
            case "id":
                return ($"{node}.id", Scalar(field, ScalarKind.Text));
            case "aliases":
                return ($"{node}.aliases", Scalar(field, ScalarKind.TextList));
            case "relationships":
                return Links(translator, node, field, occurrences, fixedPattern: null);
        }
        if (DisplayNameFields.Contains(name))
        {
            return (DisplayName(node), Scalar(field, ScalarKind.Text));
        }
        if (TextFields.Contains(name))
        {
            return ($"{node}.{field.Name}", Scalar(field, ScalarKind.Text));
        }
        switch (name)
        {
            case "Practice.text" or "Question.text":
                return ($"coalesce({node}.text, {node}.name, {node}.title, {node}.id)", Scalar(field, ScalarKind.Text));
            case "Page.path":
                return ($"coalesce({node}.path, {node}.id)", Scalar(field, ScalarKind.Text));
            case "Source.date":
                return ($"{node}.date", Scalar(field, ScalarKind.Date));
            case "Quote.paraphrase":
                return ($"{node}.paraphrase", Scalar(field, ScalarKind.TrueOnly));
            case "Source.pages":
                return (Pages(node), Scalar(field, ScalarKind.Text));
            case "Source.page":
                return ($"head({Pages(node)})", Scalar(field, ScalarKind.Text));
            case "Organization.staff":
                return Links(translator, node, field, occurrences, fixedPattern: $"<-[{{0}}:{RelationshipTypes.WorksAt}]-");
        }
        if (ToOneFields.TryGetValue(name, out var one))
        {
            var far = translator.Name("n");
            var map = Project(translator, field, new NodeContext(far), occurrences, out var shape, NameOrderKeys(far));
            return (InNameOrder($"({node}){one.Pattern}({far}:{one.ToLabel})", far, map), new FirstInNameOrderShape((ObjectShape)shape));
        }
        if (NodeCatalog.For(type).Relations.TryGetValue(field.Name, out var hop))
        {
            return Hop(translator, node, hop, field, occurrences);
        }
        throw new UntranslatableException($"{name} has no translation");
    }

    /// <summary>
    /// The far ends of a relationship field as a pattern comprehension; the writer keeps each node once and orders
    /// them by display name (ignoring case) then id, exactly as the batch loaders do, from the keys each map carries.
    /// </summary>
    public static (string Expression, ValueShape Shape) Hop(OperationTranslator translator, string node, GraphHop hop, FieldType field, IReadOnlyList<GraphQLField> occurrences)
    {
        var far = translator.Name("n");
        var map = Project(translator, field, new NodeContext(far), occurrences, out var shape, NameOrderKeys(far));
        return (InNameOrder($"({node}){hop.Pattern}({far}:{hop.ToLabel})", far, map), InNameOrder(shape));
    }

    /// <summary>The maps of the nodes <paramref name="far"/> that <paramref name="pattern"/> reaches (with an id), for the writer to order.</summary>
    public static string InNameOrder(string pattern, string far, string map) => $"[{pattern} WHERE {far}.id IS NOT NULL | {map}]";

    /// <summary>The keys each map of a name-ordered list carries.</summary>
    public static Dictionary<string, string> NameOrderKeys(string node) => new(StringComparer.Ordinal)
    {
        [DisplayName(node)] = ListShape.NameKey,
        [$"{node}.id"] = ListShape.IdKey,
    };

    /// <summary>The list shape (under its non-null wrapper) marked for the writer to dedupe and order.</summary>
    public static ValueShape InNameOrder(ValueShape shape) => shape switch
    {
        ListShape list => list with { InNameOrder = true },
        _ => throw new InvalidOperationException("Only a list can be ordered."),
    };

    private static string Pages(string node)
    {
        var page = node + "_page";
        return $"[{page} IN COLLECT {{ MATCH ({node})<-[:{RelationshipTypes.Describes}]-({page}:{Labels.Page}) WHERE {page}.id IS NOT NULL AND {page}.path IS NOT NULL RETURN DISTINCT {page} ORDER BY {page}.path }} | {page}.path]";
    }

    /// <summary>
    /// A node's relationships with the node at the other end and their provenance, ordered by page, line, type and
    /// the other node's id (missing page or line first, as the resolvers sort them).
    /// </summary>
    private static (string, ValueShape) Links(OperationTranslator translator, string node, FieldType field, IReadOnlyList<GraphQLField> occurrences, string? fixedPattern)
    {
        var relationship = translator.Name("r");
        var other = translator.Name("n");
        var map = Project(translator, field, new LinkContext(relationship, other), occurrences, out var shape);
        string pattern, filter;
        if (fixedPattern is null)
        {
            var type = translator.Name("type");
            var outgoing = translator.Name("outgoing");
            pattern = $"-[{relationship}]-";
            filter = $" AND (${type} IS NULL OR type({relationship}) = ${type}) AND (${outgoing} IS NULL OR (endNode({relationship}) = {other}) = ${outgoing})";
            translator.Bind(context =>
            {
                foreach (var occurrence in occurrences.Take(1))
                {
                    var arguments = context.ArgumentsOf(occurrence, field);
                    context.Parameters[type] = BindContext.Text(arguments, "type");
                    context.Parameters[outgoing] = arguments is not null && arguments.TryGetValue("direction", out var direction) && direction.Value is Types.RelationshipDirection wanted
                        ? wanted == Types.RelationshipDirection.Outgoing
                        : null;
                }
            });
        }
        else
        {
            pattern = string.Format(System.Globalization.CultureInfo.InvariantCulture, fixedPattern, relationship);
            filter = "";
        }
        var expression = $"COLLECT {{ MATCH ({node}){pattern}({other}) WHERE {other}.id IS NOT NULL{filter} RETURN {map} AS {other}_ "
            + $"ORDER BY {relationship}.page IS NOT NULL, {relationship}.page, {relationship}.line IS NOT NULL, {relationship}.line, type({relationship}), {other}.id }}";
        return (expression, shape);
    }

    private static (string, ValueShape) LinkField(OperationTranslator translator, LinkContext link, FieldType field, IReadOnlyList<GraphQLField> occurrences) => field.Name switch
    {
        "type" => ($"type({link.Relationship})", Scalar(field, ScalarKind.Text)),
        "direction" => ($"endNode({link.Relationship}) = {link.Other}", Scalar(field, ScalarKind.Direction)),
        "node" => (Project(translator, field, new NodeContext(link.Other), occurrences, out var shape), shape),
        "role" or "evidence" or "page" or "section" or "rule" => ($"{link.Relationship}.{field.Name}", Scalar(field, ScalarKind.Text)),
        "confidence" => ($"{link.Relationship}.confidence", Scalar(field, ScalarKind.Float)),
        "line" => ($"{link.Relationship}.line", Scalar(field, ScalarKind.Int)),
        _ => throw new UntranslatableException($"Relationship.{field.Name} has no translation"),
    };

    /// <summary>Evidence maps, as <see cref="PairingEvidence"/> builds them.</summary>
    private static (string, ValueShape) EvidenceField(EvidenceContext evidence, FieldType field) => field.Name switch
    {
        "sentence" => ($"{evidence.Relationship}.sentence", Scalar(field, ScalarKind.Text)),
        "page" or "section" or "rule" => ($"{evidence.Relationship}.{field.Name}", Scalar(field, ScalarKind.Text)),
        "line" => ($"{evidence.Relationship}.line", Scalar(field, ScalarKind.Int)),
        "confidence" => ($"{evidence.Relationship}.confidence", Scalar(field, ScalarKind.Float)),
        _ => throw new UntranslatableException($"Evidence.{field.Name} has no translation"),
    };

    /// <summary>
    /// Every distinct statement of one pairing, as a map per evidence, in page, line and sentence order (missing
    /// first): the resolvers group the same pairing's rows by these six values.
    /// </summary>
    public static string PairingEvidence(PairingContext pairing)
    {
        var relationship = pairing.Other + "_pair";
        var evidence = pairing.Other + "_evidence";
        return $"COLLECT {{ MATCH ({pairing.Thesis})-[{relationship}:{RelationshipTypes.PairsWith}]-({pairing.Other}) "
            + $"RETURN DISTINCT {{sentence: {relationship}.evidence, page: {relationship}.page, line: {relationship}.line, section: {relationship}.section, rule: {relationship}.rule, confidence: {relationship}.confidence}} AS {evidence} "
            + $"ORDER BY {evidence}.page IS NOT NULL, {evidence}.page, {evidence}.line IS NOT NULL, {evidence}.line, {evidence}.sentence IS NOT NULL, {evidence}.sentence }}";
    }

    private static (string, ValueShape) PairingField(OperationTranslator translator, PairingContext pairing, FieldType field, IReadOnlyList<GraphQLField> occurrences)
    {
        switch (field.Name)
        {
            case "thesis":
                return (Project(translator, field, new NodeContext(pairing.Other), occurrences, out var shape), shape);
            case "heldBy":
                return Hop(translator, pairing.Other, GraphHops.ThesisHeldBy, field, occurrences);
            case "allEvidence":
                var evidence = translator.Name("e");
                var map = Project(translator, field, new EvidenceContext(evidence), occurrences, out var listShape);
                return ($"[{evidence} IN {PairingEvidence(pairing)} | {map}]", listShape);
            case "evidence":
                return ($"head({PairingEvidence(pairing)}).sentence", Scalar(field, ScalarKind.Text));
            case "page" or "rule":
                return ($"head({PairingEvidence(pairing)}).{field.Name}", Scalar(field, ScalarKind.Text));
            case "line":
                return ($"head({PairingEvidence(pairing)}).line", Scalar(field, ScalarKind.Int));
            case "confidence":
                return ($"head({PairingEvidence(pairing)}).confidence", Scalar(field, ScalarKind.Float));
        }
        throw new UntranslatableException($"ThesisPairing.{field.Name} has no translation");
    }

    /// <summary>
    /// The map of one object of the field's type under <paramref name="context"/> (for a list field, of each item),
    /// and the field's shape with its list and non-null wrappers.
    /// </summary>
    public static string Project(OperationTranslator translator, FieldType field, ObjectContext context, IReadOnlyList<GraphQLField> occurrences, out ValueShape shape,
        IReadOnlyDictionary<string, string>? extra = null)
    {
        var item = translator.ProjectObject(Named(field.ResolvedType!), true, context, occurrences, out var map, extra);
        shape = Wrap(field.ResolvedType!, nonNull => item with { NonNull = nonNull });
        return map;
    }

    /// <summary>A leaf field's shape, its nullability from the schema.</summary>
    public static ValueShape Scalar(FieldType field, ScalarKind kind) =>
        kind == ScalarKind.TextList ? new ScalarShape(kind, field.ResolvedType is NonNullGraphType) : Wrap(field.ResolvedType!, nonNull => new ScalarShape(kind, nonNull));

    /// <summary>The list and non-null wrappers of <paramref name="type"/> around the shape of its named type.</summary>
    public static ValueShape Wrap(IGraphType type, Func<bool, ValueShape> named, bool nonNull = false) => type switch
    {
        NonNullGraphType inner => Wrap(inner.ResolvedType!, named, nonNull: true),
        ListGraphType list => new ListShape(Wrap(list.ResolvedType!, named), nonNull),
        _ => named(nonNull),
    };

    public static IGraphType Named(IGraphType type) => type switch
    {
        NonNullGraphType inner => Named(inner.ResolvedType!),
        ListGraphType list => Named(list.ResolvedType!),
        _ => type,
    };

    private static UntranslatableException Untranslatable(IObjectGraphType parent, FieldType field) => new($"{parent.Name}.{field.Name} has no translation");
}
