using Graph.Cypher.Ast;
using Graph.Cypher.Execution;
using Graph.Cypher.Execution.Operators;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Planning;

/// <summary>
/// Plans the patterns of a MATCH (or a MERGE's or subquery's match): declares their variables, turns
/// WHERE and inline property maps into conjuncts, picks each path's anchor end (bound node, then a
/// label with an equality on a property: an index seek, then a label scan), expands step by step,
/// and applies each conjunct as soon as its variables are bound.
/// </summary>
internal sealed class PatternPlanner(QueryPlanner planner)
{
    private sealed class Conjunct(Expression expression, HashSet<string> variables)
    {
        public Expression Expression { get; } = expression;

        public HashSet<string> Variables { get; } = variables;

        public bool Done { get; set; }
    }

    private sealed class State(SlotScope scope, HashSet<string> bound, List<Conjunct> conjuncts, PatternLayout layout)
    {
        /// <summary>Each relationship of the MATCH by slot, with its types (empty = any).</summary>
        public Dictionary<int, IReadOnlyList<string>> RelationshipTypes { get; } = [];

        /// <summary>Slots of relationships that a named path lists.</summary>
        public HashSet<int> PathRelationships { get; } = [];

        public SlotScope Scope { get; } = scope;

        public HashSet<string> Bound { get; } = bound;

        public List<Conjunct> Conjuncts { get; } = conjuncts;

        public PatternLayout Layout { get; } = layout;

        public List<int> MatchedRelationships { get; } = [];
    }

    public Operator Plan(Operator input, IReadOnlyList<PathPattern> patterns, Expression? where, ref SlotScope scope, PatternLayout? layout = null)
    {
        layout ??= new PatternLayout();
        var bound = new HashSet<string>(scope.Entries.Select(entry => entry.Key), StringComparer.Ordinal);
        scope = Declare(patterns, scope, layout);
        var known = new HashSet<string>(scope.Entries.Select(entry => entry.Key), StringComparer.Ordinal);
        var conjuncts = new List<Conjunct>();
        void AddConjunct(Expression expression)
        {
            var variables = ExpressionTree.Variables(expression);
            variables.IntersectWith(known);
            conjuncts.Add(new Conjunct(expression, variables));
        }
        foreach (var pattern in patterns)
        {
            foreach (var node in pattern.Nodes)
            {
                foreach (var predicate in PropertyPredicates(node, layout.NameOf(node)))
                {
                    AddConjunct(predicate);
                }
            }
        }
        foreach (var conjunct in SplitAnd(where))
        {
            if (conjunct is Variable variable && scope.KindOf(variable.Name) is VariableKind.Node or VariableKind.Relationship or VariableKind.Path)
            {
                throw RuntimeErrors.Type($"Type mismatch: expected Boolean but `{variable.Name}` is a {scope.KindOf(variable.Name)}", variable.Position);
            }
            AddConjunct(conjunct);
        }
        var state = new State(scope, bound, conjuncts, layout);
        foreach (var pattern in patterns)
        {
            foreach (var step in pattern.Steps)
            {
                var slot = layout.SlotOf(step.Relationship);
                state.RelationshipTypes[slot] = step.Relationship.Types;
                if (pattern.PathVariable is not null)
                {
                    state.PathRelationships.Add(slot);
                }
            }
        }
        // Relationships bound by earlier clauses still count for uniqueness: no other step may reuse them.
        state.MatchedRelationships.AddRange(patterns
            .SelectMany(pattern => pattern.Steps)
            .Where(step => bound.Contains(layout.NameOf(step.Relationship)))
            .Select(step => layout.SlotOf(step.Relationship))
            .Distinct());
        var plan = ApplyEligible(input, state);
        foreach (var pattern in patterns.Where(p => p.Shortest == ShortestKind.None).Concat(patterns.Where(p => p.Shortest != ShortestKind.None)))
        {
            plan = pattern.Shortest == ShortestKind.None ? PlanPath(plan, pattern, state) : PlanShortest(plan, pattern, state);
        }
        foreach (var conjunct in conjuncts.Where(c => !c.Done))
        {
            plan = new Filter(plan, planner.Expressions.Compile(conjunct.Expression, scope), ExpressionText.Of(conjunct.Expression));
            conjunct.Done = true;
        }
        return plan;
    }

    private SlotScope Declare(IReadOnlyList<PathPattern> patterns, SlotScope scope, PatternLayout layout)
    {
        var relationshipsHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            foreach (var node in pattern.Nodes)
            {
                if (node.Properties is Parameter parameter)
                {
                    throw RuntimeErrors.Semantic(
                        $"Parameter maps cannot be used in MATCH or MERGE patterns; use a literal map such as {{key: ${parameter.Name}.key}}", parameter.Position);
                }
                scope = DeclareElement(node, node.Variable, VariableKind.Node, node.Position, scope, layout);
            }
            foreach (var step in pattern.Steps)
            {
                var relationship = step.Relationship;
                if (relationship.Variable is { } name && !relationshipsHere.Add(name))
                {
                    throw RuntimeErrors.Semantic($"Cannot use the same relationship variable '{name}' for multiple relationships", relationship.Position);
                }
                // A name already bound to a node or a single relationship is a type conflict, reported when it is declared
                // below; one bound to a list (of relationships, checked as it runs) is followed (FollowRelationshipList).
                if (relationship.Variable is not null && relationship.Length is not null && scope.TryGet(relationship.Variable, out var list)
                    && scope.KindOf(relationship.Variable) is not (VariableKind.Node or VariableKind.Relationship or VariableKind.Path))
                {
                    layout.Add(relationship, list, relationship.Variable);
                    continue;
                }
                var kind = relationship.Length is null ? VariableKind.Relationship : VariableKind.RelationshipList;
                scope = DeclareElement(relationship, relationship.Variable, kind, relationship.Position, scope, layout);
            }
            if (pattern.PathVariable is not null)
            {
                if (scope.Contains(pattern.PathVariable))
                {
                    throw RuntimeErrors.Semantic($"Variable `{pattern.PathVariable}` already declared", pattern.Position);
                }
                var slot = planner.NewSlot();
                scope = scope.With(pattern.PathVariable, slot, VariableKind.Path);
                layout.Add(pattern, slot, pattern.PathVariable);
            }
        }
        return scope;
    }

    private SlotScope DeclareElement(object element, string? variable, VariableKind kind, Position position, SlotScope scope, PatternLayout layout)
    {
        if (variable is not null && scope.TryGet(variable, out var existing))
        {
            scope.Require(variable, kind, position);
            layout.Add(element, existing, variable);
            return scope;
        }
        var slot = planner.NewSlot();
        var name = variable ?? SlotScope.HiddenName(slot);
        layout.Add(element, slot, name);
        return scope.With(name, slot, kind);
    }

    private static IEnumerable<Expression> PropertyPredicates(NodePattern node, string name)
    {
        var variable = new Variable(node.Position, name);
        switch (node.Properties)
        {
            case null:
                yield break;
            case MapLiteral map:
                foreach (var (key, value) in map.Entries)
                {
                    yield return new BinaryExpression(value.Position, BinaryOperator.Equal, new PropertyAccess(node.Position, variable, key), value);
                }
                break;
            case var other:
                yield return new PropertiesPredicate(other.Position, variable, other);
                break;
        }
    }

    public static IEnumerable<Expression> SplitAnd(Expression? expression)
    {
        if (expression is null)
        {
            yield break;
        }
        if (expression is BinaryExpression { Operator: BinaryOperator.And } and)
        {
            foreach (var part in SplitAnd(and.Left).Concat(SplitAnd(and.Right)))
            {
                yield return part;
            }
            yield break;
        }
        yield return expression;
    }

    private Operator ApplyEligible(Operator plan, State state)
    {
        foreach (var conjunct in state.Conjuncts)
        {
            if (!conjunct.Done && conjunct.Variables.IsSubsetOf(state.Bound))
            {
                plan = new Filter(plan, planner.Expressions.Compile(conjunct.Expression, state.Scope), ExpressionText.Of(conjunct.Expression));
                conjunct.Done = true;
            }
        }
        return plan;
    }

    private int Score(NodePattern node, State state)
    {
        var name = state.Layout.NameOf(node);
        if (state.Bound.Contains(name))
        {
            return 3;
        }
        if (node.Labels.Count == 0)
        {
            return 0;
        }
        return FindSeek(name, state) is null ? 1 : 2;
    }

    /// <summary>A conjunct <c>name.key = expr</c> whose other side only uses bound variables.</summary>
    private static (Conjunct Conjunct, string Key, Expression Value)? FindSeek(string name, State state)
    {
        foreach (var conjunct in state.Conjuncts)
        {
            if (conjunct.Done || conjunct.Expression is not BinaryExpression { Operator: BinaryOperator.Equal } equal)
            {
                continue;
            }
            foreach (var (side, other) in new[] { (equal.Left, equal.Right), (equal.Right, equal.Left) })
            {
                if (side is PropertyAccess { Target: Variable variable } property && variable.Name == name)
                {
                    var uses = ExpressionTree.Variables(other);
                    if (!uses.Contains(name) && uses.All(use => state.Bound.Contains(use) || !state.Scope.Contains(use)))
                    {
                        return (conjunct, property.Key, other);
                    }
                }
            }
        }
        return null;
    }

    /// <summary>
    /// A conjunct <c>name:A OR name:B …</c>: scanning those labels' nodes finds every node it can keep. Exact when
    /// each alternative is one label, so the scan alone decides it; else (<c>name:A:B OR …</c>) it still filters.
    /// </summary>
    private static (Conjunct Conjunct, IReadOnlyList<string> Labels, bool Exact)? FindLabelUnion(string name, State state)
    {
        foreach (var conjunct in state.Conjuncts)
        {
            if (conjunct.Done || conjunct.Expression is not BinaryExpression { Operator: BinaryOperator.Or })
            {
                continue;
            }
            var alternatives = new List<LabelPredicate>();
            if (CollectLabelAlternatives(conjunct.Expression, name, alternatives))
            {
                var labels = alternatives.Select(alternative => alternative.Labels[0]).Distinct(StringComparer.Ordinal).ToList();
                return (conjunct, labels, alternatives.All(alternative => alternative.Labels.Count == 1));
            }
        }
        return null;
    }

    private static bool CollectLabelAlternatives(Expression expression, string name, List<LabelPredicate> alternatives)
    {
        switch (expression)
        {
            case BinaryExpression { Operator: BinaryOperator.Or } or:
                return CollectLabelAlternatives(or.Left, name, alternatives) && CollectLabelAlternatives(or.Right, name, alternatives);
            case LabelPredicate { Target: Variable variable, Labels.Count: > 0 } predicate when variable.Name == name:
                alternatives.Add(predicate);
                return true;
            default:
                return false;
        }
    }

    private Operator PlanAnchor(Operator plan, NodePattern node, State state)
    {
        var name = state.Layout.NameOf(node);
        var slot = state.Layout.SlotOf(node);
        var labels = node.Labels;
        if (state.Bound.Contains(name))
        {
            return LabelFilter(plan, node, name, labels, state);
        }
        var display = SlotScope.IsHidden(name) ? "anon_" + slot : name;
        if (labels.Count > 0 && FindSeek(name, state) is { } seek)
        {
            seek.Conjunct.Done = true;
            var value = planner.Expressions.Compile(seek.Value, state.Scope);
            plan = new NodeSeek(plan, slot, display, labels[0], seek.Key, value, ExpressionText.Of(seek.Value));
        }
        else if (labels.Count == 0 && FindLabelUnion(name, state) is { } union)
        {
            union.Conjunct.Done = union.Exact;
            plan = union.Exact && FindTextPredicate(name, state) is { } text
                ? TextScan(plan, slot, display, union.Labels, text, state)
                : new NodeScan(plan, slot, display, union.Labels);
        }
        else if (labels.Count == 1 && FindTextPredicate(name, state) is { } text)
        {
            plan = TextScan(plan, slot, display, labels, text, state);
        }
        else
        {
            plan = new NodeScan(plan, slot, display, labels.Count > 0 ? [labels[0]] : []);
        }
        state.Bound.Add(name);
        return LabelFilter(plan, node, name, labels.Skip(1).ToList(), state);
    }

    /// <summary>
    /// The predicate a label scan of <paramref name="name"/> would filter by first, when it is
    /// <c>toLower(name.p) CONTAINS|STARTS WITH|ENDS WITH term</c> with a parameter or literal term: then the scan
    /// and that filter are one <see cref="NodeByLabelTextScan"/>. Only the first, so no predicate that could have
    /// dropped a node before its toLower() failed runs after it instead.
    /// </summary>
    private static (Conjunct Conjunct, BinaryExpression Predicate, string Property)? FindTextPredicate(string name, State state)
    {
        foreach (var conjunct in state.Conjuncts)
        {
            if (conjunct.Done || !conjunct.Variables.All(variable => variable == name || state.Bound.Contains(variable)))
            {
                continue;
            }
            return conjunct.Expression is BinaryExpression
            {
                Operator: BinaryOperator.Contains or BinaryOperator.StartsWith or BinaryOperator.EndsWith,
                Left: FunctionCall
                {
                    LowerName: "tolower" or "lower", Distinct: false, Star: false,
                    Arguments: [PropertyAccess { Target: Variable variable, Key: var key }],
                },
                Right: Parameter or Literal,
            } predicate && variable.Name == name
                ? (conjunct, predicate, key)
                : null;
        }
        return null;
    }

    private NodeByLabelTextScan TextScan(Operator plan, int slot, string display, IReadOnlyList<string> labels,
        (Conjunct Conjunct, BinaryExpression Predicate, string Property) text, State state)
    {
        text.Conjunct.Done = true;
        // The node's slot is bound as the scan yields it, which is all the predicate reads besides the term.
        var predicate = planner.Expressions.Compile(text.Predicate, state.Scope);
        var term = planner.Expressions.Compile(text.Predicate.Right, state.Scope);
        return new NodeByLabelTextScan(plan, slot, display, labels, text.Property, text.Predicate.Operator, term, predicate,
            ExpressionText.Of(text.Predicate));
    }

    private Operator LabelFilter(Operator plan, NodePattern node, string name, IReadOnlyList<string> labels, State state)
    {
        if (labels.Count > 0)
        {
            var predicate = new LabelPredicate(node.Position, new Variable(node.Position, name), labels);
            // EXPLAIN names an anonymous node as the scans and expands do (anon_3), not by its hidden scope name.
            var shown = new LabelPredicate(node.Position, new Variable(node.Position, Display(name, state.Layout.SlotOf(node))), labels);
            plan = new Filter(plan, planner.Expressions.Compile(predicate, state.Scope), ExpressionText.Of(shown));
        }
        return ApplyEligible(plan, state);
    }

    private Operator PlanPath(Operator plan, PathPattern pattern, State state)
    {
        var nodes = pattern.Nodes.ToList();
        var reversed = pattern.Steps.Count > 0 && Score(nodes[^1], state) > Score(nodes[0], state);
        var order = Enumerable.Range(0, pattern.Steps.Count).ToList();
        if (reversed)
        {
            order.Reverse();
        }
        if (!reversed && ScansRelationships(pattern, state))
        {
            // The first step binds both of its ends at once; the rest expand from there.
            plan = PlanStep(plan, pattern.Steps[0].Relationship, nodes[0], nodes[1], reversed: false, state, scan: true);
            order.RemoveAt(0);
        }
        else
        {
            plan = PlanAnchor(plan, reversed ? nodes[^1] : nodes[0], state);
        }
        foreach (var i in order)
        {
            var step = pattern.Steps[i];
            var (from, to) = reversed ? (nodes[i + 1], nodes[i]) : (nodes[i], nodes[i + 1]);
            plan = PlanStep(plan, step.Relationship, from, to, reversed, state);
        }
        return NamePath(plan, pattern, state);
    }

    /// <summary>
    /// Whether the path starts with a directed, single relationship between two nodes that are neither bound nor
    /// labelled nor filtered on their own (nothing narrows them down but every node): then scanning relationships is
    /// the cheaper anchor.
    /// </summary>
    private bool ScansRelationships(PathPattern pattern, State state)
    {
        if (pattern.Steps.Count == 0 || Score(pattern.Start, state) != 0)
        {
            return false;
        }
        var first = pattern.Steps[0];
        var (start, other) = (state.Layout.NameOf(pattern.Start), state.Layout.NameOf(first.Node));
        return first.Relationship.Length is null
            && first.Relationship.Direction is RelationshipDirection.Outgoing or RelationshipDirection.Incoming
            && first.Node.Labels.Count == 0
            && !state.Bound.Contains(state.Layout.NameOf(first.Relationship))
            && !state.Bound.Contains(other)
            && !state.Conjuncts.Any(conjunct => OnlyAbout(conjunct, start, state) || OnlyAbout(conjunct, other, state));
    }

    /// <summary>A predicate on one node alone (<c>n.id = $id</c>), which a node scan would apply before expanding.</summary>
    private static bool OnlyAbout(Conjunct conjunct, string name, State state) =>
        !conjunct.Done && conjunct.Variables.Contains(name) && conjunct.Variables.All(variable => variable == name || state.Bound.Contains(variable));

    private Operator PlanStep(Operator plan, RelationshipPattern relationship, NodePattern from, NodePattern to, bool reversed, State state, bool scan = false)
    {
        var layout = state.Layout;
        var relationshipName = layout.NameOf(relationship);
        var toName = layout.NameOf(to);
        var direction = relationship.Direction switch
        {
            RelationshipDirection.Outgoing => reversed ? Direction.Incoming : Direction.Outgoing,
            RelationshipDirection.Incoming => reversed ? Direction.Outgoing : Direction.Incoming,
            _ => Direction.Both,
        };
        var spec = new ExpandSpec(
            layout.SlotOf(from), layout.SlotOf(relationship), layout.SlotOf(to),
            Display(layout.NameOf(from), layout.SlotOf(from)), Display(relationshipName, layout.SlotOf(relationship)), Display(toName, layout.SlotOf(to)),
            relationship.Types, direction,
            ToBound: state.Bound.Contains(toName),
            RelationshipBound: state.Bound.Contains(relationshipName),
            relationship.Properties is null ? null : planner.Expressions.Compile(relationship.Properties, state.Scope),
            state.MatchedRelationships.Where(slot => slot != layout.SlotOf(relationship) && MayBeTheSame(state, slot, relationship.Types)).ToArray())
        {
            WritesRelationship = !SlotScope.IsHidden(relationshipName) || state.PathRelationships.Contains(layout.SlotOf(relationship))
                || state.RelationshipTypes.Keys.Any(slot => slot != layout.SlotOf(relationship) && MayBeTheSame(state, slot, relationship.Types)),
        };
        plan = relationship.Length is { } length
            ? spec.RelationshipBound
                ? new FollowRelationshipList(plan, spec, length.Min ?? 1, length.Max, reversed)
                : new VarLengthExpand(plan, spec, length.Min ?? 1, length.Max, reversed)
            : scan ? new RelationshipScan(plan, spec) : new Expand(plan, spec);
        if (scan)
        {
            state.Bound.Add(layout.NameOf(from));
            plan = LabelFilter(plan, from, layout.NameOf(from), from.Labels, state);
        }
        if (!state.MatchedRelationships.Contains(spec.RelationshipSlot))
        {
            state.MatchedRelationships.Add(spec.RelationshipSlot);
        }
        state.Bound.Add(relationshipName);
        state.Bound.Add(toName);
        return LabelFilter(plan, to, toName, to.Labels, state);
    }

    /// <summary>
    /// Whether the relationship in the slot could be one of these types: a relationship has one type, so steps with no
    /// type in common never bind the same one and need not check each other for uniqueness.
    /// </summary>
    private static bool MayBeTheSame(State state, int slot, IReadOnlyList<string> types) =>
        !state.RelationshipTypes.TryGetValue(slot, out var other) || other.Count == 0 || types.Count == 0
        || other.Any(type => types.Contains(type, StringComparer.Ordinal));

    private Operator PlanShortest(Operator plan, PathPattern pattern, State state)
    {
        var start = pattern.Start;
        var end = pattern.Steps[0].Node;
        var relationship = pattern.Steps[0].Relationship;
        plan = PlanAnchor(plan, start, state);
        plan = PlanAnchor(plan, end, state);
        var layout = state.Layout;
        var direction = relationship.Direction switch
        {
            RelationshipDirection.Outgoing => Direction.Outgoing,
            RelationshipDirection.Incoming => Direction.Incoming,
            _ => Direction.Both,
        };
        var relationshipName = layout.NameOf(relationship);
        var spec = new ExpandSpec(
            layout.SlotOf(start), layout.SlotOf(relationship), layout.SlotOf(end),
            Display(layout.NameOf(start), layout.SlotOf(start)), Display(relationshipName, layout.SlotOf(relationship)), Display(layout.NameOf(end), layout.SlotOf(end)),
            relationship.Types, direction, ToBound: true, RelationshipBound: false,
            relationship.Properties is null ? null : planner.Expressions.Compile(relationship.Properties, state.Scope),
            [.. state.MatchedRelationships]);
        var length = relationship.Length ?? new VariableLength(1, 1);
        plan = new ShortestPath(plan, spec, length.Min ?? 1, length.Max, pattern.Shortest == ShortestKind.All);
        state.MatchedRelationships.Add(spec.RelationshipSlot);
        state.Bound.Add(relationshipName);
        plan = ApplyEligible(plan, state);
        return NamePath(plan, pattern, state);
    }

    private Operator NamePath(Operator plan, PathPattern pattern, State state)
    {
        if (pattern.PathVariable is null)
        {
            return plan;
        }
        var layout = state.Layout;
        var relationshipSlots = pattern.Steps.Select(step => layout.SlotOf(step.Relationship)).ToArray();
        plan = new NamedPath(plan, layout.SlotOf(pattern), pattern.PathVariable, layout.SlotOf(pattern.Start), relationshipSlots);
        state.Bound.Add(pattern.PathVariable);
        return ApplyEligible(plan, state);
    }

    private static string Display(string name, int slot) => SlotScope.IsHidden(name) ? "anon_" + slot : name;
}
