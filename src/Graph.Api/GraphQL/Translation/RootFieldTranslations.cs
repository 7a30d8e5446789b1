using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL.Translation;

/// <summary>
/// Query's fields: a node by id, a thesis or person by name, pairsWith, and the connections. A lookup the statement
/// cannot finish (only a near spelling matches, a last name is shared) yields the ask-resolvers marker instead.
/// </summary>
internal static class RootFieldTranslations
{
    public static (string Expression, ValueShape Shape) Translate(OperationTranslator translator, FieldType field, IReadOnlyList<GraphQLField> occurrences)
    {
        switch (field.Name)
        {
            case "node":
                return NodeById(translator, field, occurrences);
            case "nodes":
                return NodesByIds(translator, field, occurrences);
            case "thesis":
                return ByName(translator, field, occurrences, Labels.Thesis);
            case "person":
                return ByName(translator, field, occurrences, Labels.Person);
            case "pairsWith":
                return PairsWith(translator, field, occurrences);
            case "search":
                return Search(translator, field, occurrences);
            case "thesesSharedBy":
                return ThesesSharedBy(translator, field, occurrences);
            case "related":
                return TraversalTranslations.Related(translator, field, occurrences);
        }
        if (Types.TopListFields.RankedBy.TryGetValue(field.Name, out var rankedBy))
        {
            return TopList(translator, field, occurrences, rankedBy);
        }
        if (FieldTranslations.Named(field.ResolvedType!) is { Name: var typeName } && typeName.EndsWith("Connection", StringComparison.Ordinal))
        {
            return ConnectionTranslations.Root(translator, field, occurrences, typeName[..^"Connection".Length]);
        }
        throw new UntranslatableException($"Query.{field.Name} has no translation");
    }

    /// <summary>
    /// topTools...: the nodes that reach the most distinct nodes along <paramref name="hop"/>, as TopNodesQuery ranks
    /// them (count descending, then name, then id; none reached, left out), at most `first`.
    /// </summary>
    private static (string, ValueShape) TopList(OperationTranslator translator, FieldType field, IReadOnlyList<GraphQLField> occurrences, GraphHop hop)
    {
        var node = translator.Name("n");
        var far = node + "_far";
        var take = translator.Name("take");
        translator.Bind(context => context.Parameters[take] = (long)context.Bounded(context.ArgumentsOf(occurrences[0], field), "first",
            context.Limits.DefaultPageSize, 0, context.Limits.MaxPageSize));
        var count = $"size(COLLECT {{ MATCH ({node}){hop.Pattern}({far}:{hop.ToLabel}) RETURN DISTINCT {far} }})";
        var ranked = new RankedContext(node, count);
        var map = FieldTranslations.Project(translator, field, ranked, occurrences, out var shape,
            new Dictionary<string, string>(StringComparer.Ordinal) { [count] = CountKey });
        var name = NodeCatalog.For(hop.FromLabel).NameProperty;
        var expression = $"COLLECT {{ MATCH ({node}:{hop.FromLabel}) WHERE EXISTS {{ MATCH ({node}){hop.Pattern}(:{hop.ToLabel}) }} "
            + $"RETURN {map} AS {node}_ ORDER BY {node}_.{CountKey} DESC, {node}.{name}, {node}.id LIMIT ${take} }}";
        return (expression, shape);
    }

    private const string CountKey = "__count";

    /// <summary>
    /// search: GraphTraversals.Search's ranking (exact name, exact alias, name prefix, name substring, alias substring,
    /// summary or text), as one COLLECT ordered as there. A text that is empty once trimmed finds nothing, as there.
    /// </summary>
    private static (string, ValueShape) Search(OperationTranslator translator, FieldType field, IReadOnlyList<GraphQLField> occurrences)
    {
        var node = translator.Name("n");
        var text = translator.Name("text");
        var labels = translator.Name("labels");
        var first = translator.Name("first");
        var map = FieldTranslations.Project(translator, field, new NodeContext(node), occurrences, out var shape);
        translator.Bind(context =>
        {
            var arguments = context.ArgumentsOf(occurrences[0], field);
            context.Parameters[first] = (long)context.Bounded(arguments, "first", 20, 0, context.Limits.MaxNodes);
            context.Parameters[text] = (BindContext.Text(arguments, "text") ?? "").Trim().ToLowerInvariant();
            var given = arguments is not null && arguments.TryGetValue("labels", out var value) && value.Value is IEnumerable<object?> list
                ? list.OfType<string>().ToList()
                : [];
            context.Parameters[labels] = (given.Count > 0 ? given : [.. Labels.All]).Cast<object?>().ToList();
        });
        var name = GraphTraversals.SearchName(node);
        var alias = node + "_alias";
        var rank = GraphTraversals.SearchRank(node, name, GraphTraversals.SearchAliases(node, node + "_given"), "$" + text, alias);
        var label = node + "_label";
        var expression = $"COLLECT {{ MATCH ({node}) WHERE ${text} <> '' AND any({label} IN labels({node}) WHERE {label} IN ${labels}) AND {rank} IS NOT NULL "
            + $"RETURN {map} AS {node}_ ORDER BY {rank}, size({name}), {name}, {node}.id LIMIT ${first} }}";
        return (expression, shape);
    }

    /// <summary>One index lookup per label, all but the id's own label given a null id (which matches nothing).</summary>
    private static (string, ValueShape) NodeById(OperationTranslator translator, FieldType field, IReadOnlyList<GraphQLField> occurrences)
    {
        var node = translator.Name("n");
        var map = FieldTranslations.Project(translator, field, new NodeContext(node), occurrences, out var shape);
        var parameters = NodeCatalog.Served.ToDictionary(label => label, _ => translator.Name("id"), StringComparer.Ordinal);
        translator.Bind(context =>
        {
            var id = BindContext.Text(context.ArgumentsOf(occurrences[0], field), "id") ?? "";
            // As GraphQueries.NodeAsync: the prefix before the colon, in lower case, names the label.
            var colon = id.IndexOf(':', StringComparison.Ordinal);
            var prefix = colon > 0 ? id[..colon] : null;
            foreach (var (label, parameter) in parameters)
            {
                context.Parameters[parameter] = string.Equals(prefix, label.ToLowerInvariant(), StringComparison.Ordinal) ? id : null;
            }
        });
        var lookups = parameters.Select(pair => $"COLLECT {{ MATCH ({node}:{pair.Key} {{id: ${pair.Value}}}) RETURN {map} AS {node}_ }}");
        return ($"head({string.Join(" + ", lookups)})", shape);
    }

    /// <summary>
    /// nodes(ids): for each id in the order asked, one index lookup per label, as <see cref="NodeById"/>; each label's
    /// list of ids holds the id where its prefix names that label (GraphQueries.NodesAsync's rule) and null elsewhere.
    /// </summary>
    private static (string, ValueShape) NodesByIds(OperationTranslator translator, FieldType field, IReadOnlyList<GraphQLField> occurrences)
    {
        var node = translator.Name("n");
        var index = translator.Name("i");
        var map = FieldTranslations.Project(translator, field, new NodeContext(node), occurrences, out var shape);
        var parameters = NodeCatalog.Served.ToDictionary(label => label, _ => translator.Name("ids"), StringComparer.Ordinal);
        translator.Bind(context =>
        {
            var arguments = context.ArgumentsOf(occurrences[0], field);
            var ids = arguments is not null && arguments.TryGetValue("ids", out var given) && given.Value is IEnumerable<object?> list
                ? list.Select(id => id as string ?? "").ToList()
                : [];
            if (ids.Count > context.Limits.MaxNodes)
            {
                context.AskResolvers = $"'ids' names {ids.Count} nodes, over the limit";
                return;
            }
            foreach (var (label, parameter) in parameters)
            {
                context.Parameters[parameter] = ids.Select(id => NodeCatalog.LabelOfId(id) == label ? id : null).Cast<object?>().ToList();
            }
        });
        var any = parameters.Values.First();
        var lookups = parameters.Select(pair => $"COLLECT {{ MATCH ({node}:{pair.Key} {{id: ${pair.Value}[{index}]}}) RETURN {map} AS {node}_ }}");
        return ($"[{index} IN range(0, size(${any}) - 1) | head({string.Join(" + ", lookups)})]", shape);
    }

    /// <summary>
    /// The name-to-node lookup of GraphQueries: the id the name would have (an index seek), else the name or an alias
    /// ignoring case (a person also by last name); ranked as there. No match, or a last name several people share,
    /// asks the resolvers, which try near spellings or explain the ambiguity.
    /// </summary>
    private static (string, ValueShape) ByName(OperationTranslator translator, FieldType field, IReadOnlyList<GraphQLField> occurrences, string label)
    {
        var node = translator.Name("n");
        var map = FieldTranslations.Project(translator, field, new NodeContext(node), occurrences, out var shape);
        var matches = Matches(translator, field, occurrences, label, node, $"{{rank: {Rank}, node: {map}}}", node + "_");
        // A person's best match of rank 2 (a last name) shared by another is ambiguous.
        var ambiguous = label == Labels.Person
            ? $" WHEN {matches}[0].rank = 2 AND size([{node}_m IN {matches} WHERE {node}_m.rank = 2]) > 1 THEN {{{ObjectShape.AskResolversKey}: true}}"
            : "";
        var expression = $"CASE WHEN size({matches}) = 0 THEN {{{ObjectShape.AskResolversKey}: true}}{ambiguous} ELSE {matches}[0].node END";
        return (expression, shape);
    }

    /// <summary>Where a match's rank goes in a row template.</summary>
    private const string Rank = "@rank";

    /// <summary>
    /// Binds a list, before the RETURN, of the nodes of <paramref name="label"/> the name argument finds, best first,
    /// each as <paramref name="rowTemplate"/> (with <see cref="Rank"/> for its rank); returns its variable.
    /// </summary>
    private static string Matches(OperationTranslator translator, FieldType field, IReadOnlyList<GraphQLField> occurrences, string label,
        string node, string rowTemplate, string row)
    {
        var id = translator.Name("id");
        var name = translator.Name("name");
        var argument = field.Arguments?.FirstOrDefault()?.Name ?? "name";
        translator.Bind(context =>
        {
            var given = (BindContext.Text(context.ArgumentsOf(occurrences[0], field), argument) ?? "").Trim();
            context.Parameters[name] = given;
            context.Parameters[id] = NodeIds.For(label, given);
        });
        return translator.Prelude("matches", Lookup(label, node, rowTemplate, row, "$" + id, "$" + name));
    }

    /// <summary>
    /// The nodes of <paramref name="label"/> that <paramref name="name"/> (a Cypher expression; <paramref name="id"/> the id
    /// it would have) finds, best first: by id (an index seek), else by name or alias ignoring case, a person also by last name.
    /// </summary>
    private static string Lookup(string label, string node, string rowTemplate, string row, string id, string name)
    {
        var exact = $"{node}.id = {id} OR toLower({node}.name) = toLower({name})";
        var alias = $"any({node}_alias IN coalesce({node}.aliases, []) WHERE toLower({node}_alias) = toLower({name}))";
        string rank, limit;
        if (label == Labels.Person)
        {
            rank = $"CASE WHEN {exact} THEN 0 WHEN {alias} THEN 1 WHEN toLower({node}.name) ENDS WITH ' ' + toLower({name}) THEN 2 END";
            limit = " LIMIT 3";
        }
        else
        {
            rank = $"CASE WHEN {exact} THEN 0 WHEN {alias} THEN 1 END";
            limit = " LIMIT 1";
        }
        var orderBy = $"{row}.rank, {node}.name";
        var byId = $"COLLECT {{ MATCH ({node}:{label} {{id: {id}}}) RETURN {rowTemplate.Replace(Rank, "0", StringComparison.Ordinal)} AS {row} }}";
        var byName = $"COLLECT {{ MATCH ({node}:{label}) WHERE {rank} IS NOT NULL RETURN {rowTemplate.Replace(Rank, rank, StringComparison.Ordinal)} AS {row} ORDER BY {orderBy}{limit} }}";
        return $"CASE WHEN COUNT {{ MATCH ({node}:{label} {{id: {id}}}) }} > 0 THEN {byId} ELSE {byName} END";
    }

    /// <summary>
    /// thesesSharedBy: each listed person found as person(name) finds them, then the theses every one of them holds,
    /// ordered by name, then id. A name that finds nobody, or a last name several people share, goes to the resolvers
    /// (a near spelling, or the error naming the person).
    /// </summary>
    private static (string, ValueShape) ThesesSharedBy(OperationTranslator translator, FieldType field, IReadOnlyList<GraphQLField> occurrences)
    {
        var person = translator.Name("p");
        var ids = translator.Name("ids");
        var names = translator.Name("names");
        var index = translator.Name("i");
        translator.Bind(context =>
        {
            var given = context.ArgumentsOf(occurrences[0], field) is { } arguments && arguments.TryGetValue("people", out var value) && value.Value is IEnumerable<object?> list
                ? list.Select(item => (item as string ?? "").Trim()).ToList()
                : [];
            context.Parameters[names] = given.Cast<object?>().ToList();
            context.Parameters[ids] = given.Select(name => (object?)NodeIds.For(Labels.Person, name)).ToList();
        });
        var lookup = Lookup(Labels.Person, person, $"{{rank: {Rank}, id: {person}.id}}", person + "_", $"${ids}[{index}]", $"${names}[{index}]");
        var found = translator.Prelude("found", $"[{index} IN range(0, size(${names}) - 1) | {lookup}]");
        var thesis = translator.Name("t");
        var map = FieldTranslations.Project(translator, field, new NodeContext(thesis), occurrences, out var shape);
        var each = person + "_found";
        var holder = person + "_id";
        var holders = $"[({thesis})<-[:{RelationshipTypes.Holds}]-({person}_h:{Labels.Person}) | {person}_h.id]";
        var theses = $"COLLECT {{ MATCH ({thesis}:{Labels.Thesis}) WHERE all({holder} IN [{each} IN {found} | {each}[0].id] WHERE {holder} IN {holders}) "
            + $"RETURN {map} AS {thesis}_ ORDER BY {thesis}.name, {thesis}.id }}";
        var unsure = $"any({each} IN {found} WHERE size({each}) = 0 OR ({each}[0].rank = 2 AND size([{person}_m IN {each} WHERE {person}_m.rank = 2]) > 1))";
        var expression = $"CASE WHEN size({found}) = 0 THEN [] WHEN {unsure} THEN {{{ObjectShape.AskResolversKey}: true}} ELSE {theses} END";
        return (expression, shape);
    }

    /// <summary>
    /// pairsWith: the thesis found as thesis(name) finds it, then one answer per paired thesis with who holds it and
    /// every statement of the pairing; ordered by the paired thesis's name, then id.
    /// </summary>
    private static (string, ValueShape) PairsWith(OperationTranslator translator, FieldType field, IReadOnlyList<GraphQLField> occurrences)
    {
        var thesis = translator.Name("t");
        var matches = Matches(translator, field, occurrences, Labels.Thesis, thesis, $"{{rank: {Rank}, node: {thesis}}}", thesis + "_");
        var other = translator.Name("o");
        var pairing = new PairingContext(thesis, other);
        var map = FieldTranslations.Project(translator, field, pairing, occurrences, out var shape, FieldTranslations.NameOrderKeys(other));
        shape = FieldTranslations.InNameOrder(shape);
        var pairings = FieldTranslations.InNameOrder($"({thesis})-[:{RelationshipTypes.PairsWith}]-({other}:{Labels.Thesis})", other, map);
        // Not found by id, name or alias: the resolvers try a near spelling.
        var expression = $"CASE WHEN size({matches}) = 0 THEN {{{ObjectShape.AskResolversKey}: true}} ELSE [{thesis} IN [{matches}[0].node] | {pairings}][0] END";
        return (expression, shape);
    }
}
