using Graph.Cypher.Ast;
using Graph.Cypher.Execution;
using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Operators;
using Graph.Cypher.Execution.Writes;

namespace Graph.Cypher.Planning;

/// <summary>CREATE, MERGE, SET, REMOVE, DELETE.</summary>
internal sealed class UpdatePlanner(QueryPlanner planner)
{
    private static readonly Evaluator NullValue = (_, _) => null;

    /// <summary><paramref name="streamInput"/>: a CREATE or MERGE writes row by row as its input comes (see <see cref="StreamedWrites"/>).</summary>
    public Operator Plan(Operator plan, Clause clause, ref SlotScope scope, bool streamInput = false)
    {
        var current = scope;
        switch (clause)
        {
            case CreateClause create:
                return PlanCreate(plan, create, ref scope, streamInput);
            case MergeClause merge:
                return PlanMerge(plan, merge, ref scope, streamInput);
            case SetClause set:
                return new SetProperties(plan, set.Items.Select(item => Action(item, current, remove: false)).ToList(), "SetProperties");
            case RemoveClause remove:
                return new SetProperties(plan, remove.Items.Select(item => Action(item, current, remove: true)).ToList(), "Remove");
            case DeleteClause delete:
                foreach (var target in delete.Targets)
                {
                    var kind = VariableKinds.Of(target, current);
                    if (kind == VariableKind.Value || target is LabelPredicate)
                    {
                        throw RuntimeErrors.Semantic("Type mismatch: DELETE expects a Node, Relationship or Path", target.Position);
                    }
                }
                var targets = delete.Targets.Select(target => (planner.Expressions.Compile(target, current), target.Position)).ToList();
                return new Delete(plan, targets, delete.Detach, string.Join(", ", delete.Targets.Select(ExpressionText.Of)));
            default:
                throw RuntimeErrors.Unsupported($"The {clause.Name} clause", clause.Position);
        }
    }

    private Operator PlanCreate(Operator plan, CreateClause clause, ref SlotScope scope, bool streamInput)
    {
        var nodes = new List<CreateNodeSpec>();
        var relationships = new List<CreateRelationshipSpec>();
        var paths = new List<(PathPattern Pattern, int Slot, int[] NodeSlots, int[] RelationshipSlots)>();
        var declaredHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pattern in clause.Patterns)
        {
            if (pattern.Shortest != ShortestKind.None)
            {
                throw RuntimeErrors.Semantic("shortestPath(...) cannot be used to CREATE", pattern.Position);
            }
            var nodeSlots = new List<int>();
            var names = new List<string>();
            foreach (var node in pattern.Nodes)
            {
                if (node.Variable is not null && scope.TryGet(node.Variable, out var existing))
                {
                    scope.Require(node.Variable, VariableKind.Node, node.Position);
                    if (node.Labels.Count > 0 || node.Properties is not null)
                    {
                        throw RuntimeErrors.Semantic(
                            $"Can't create node `{node.Variable}` with labels or properties here. The variable is already declared in this context", node.Position);
                    }
                    if (pattern.Steps.Count == 0)
                    {
                        throw RuntimeErrors.Semantic($"Variable `{node.Variable}` already declared", node.Position);
                    }
                    nodes.Add(new CreateNodeSpec(existing, node.Variable, true, [], null, node.Position));
                    nodeSlots.Add(existing);
                    names.Add(node.Variable);
                    continue;
                }
                var slot = planner.NewSlot();
                var name = node.Variable ?? SlotScope.HiddenName(slot);
                var properties = node.Properties is null ? null : planner.Expressions.Compile(node.Properties, scope);
                scope = scope.With(name, slot, VariableKind.Node);
                declaredHere.Add(name);
                nodes.Add(new CreateNodeSpec(slot, Display(name, slot), false, node.Labels, properties, node.Position));
                nodeSlots.Add(slot);
                names.Add(name);
            }
            var relationshipSlots = new List<int>();
            for (var i = 0; i < pattern.Steps.Count; i++)
            {
                var relationship = pattern.Steps[i].Relationship;
                CheckCreatable(relationship, scope, "CREATE");
                var slot = planner.NewSlot();
                var name = relationship.Variable ?? SlotScope.HiddenName(slot);
                var properties = relationship.Properties is null ? null : planner.Expressions.Compile(relationship.Properties, scope);
                scope = scope.With(name, slot, VariableKind.Relationship);
                relationships.Add(new CreateRelationshipSpec(slot, Display(name, slot), nodeSlots[i], nodeSlots[i + 1], Display(names[i], nodeSlots[i]), Display(names[i + 1], nodeSlots[i + 1]),
                    relationship.Types[0], relationship.Direction == RelationshipDirection.Incoming, properties, relationship.Position));
                relationshipSlots.Add(slot);
            }
            if (pattern.PathVariable is not null)
            {
                if (scope.Contains(pattern.PathVariable))
                {
                    throw RuntimeErrors.Semantic($"Variable `{pattern.PathVariable}` already declared", pattern.Position);
                }
                var slot = planner.NewSlot();
                scope = scope.With(pattern.PathVariable, slot, VariableKind.Path);
                paths.Add((pattern, slot, [.. nodeSlots], [.. relationshipSlots]));
            }
        }
        plan = new Create(plan, new EntityCreator(nodes, relationships, rejectNulls: false), streamInput);
        foreach (var (pattern, slot, nodeSlots, relationshipSlots) in paths)
        {
            plan = new NamedPath(plan, slot, pattern.PathVariable!, nodeSlots[0], relationshipSlots);
        }
        return plan;
    }

    private static void CheckCreatable(RelationshipPattern relationship, SlotScope scope, string clause)
    {
        if (relationship.Types.Count != 1)
        {
            throw RuntimeErrors.Semantic(
                $"Exactly one relationship type must be specified for {clause}. Did you forget to prefix your relationship type with a ':'?", relationship.Position);
        }
        if (relationship.Length is not null)
        {
            throw RuntimeErrors.Semantic($"Variable length relationships cannot be used in {clause}", relationship.Position);
        }
        if (clause == "CREATE" && relationship.Direction == RelationshipDirection.Both)
        {
            throw RuntimeErrors.Semantic("Only directed relationships are supported in CREATE", relationship.Position);
        }
        if (relationship.Variable is not null && scope.Contains(relationship.Variable))
        {
            throw RuntimeErrors.Semantic($"Variable `{relationship.Variable}` already declared", relationship.Position);
        }
    }

    private Operator PlanMerge(Operator plan, MergeClause merge, ref SlotScope scope, bool streamInput)
    {
        var pattern = merge.Pattern;
        if (pattern.Shortest != ShortestKind.None)
        {
            throw RuntimeErrors.Semantic("shortestPath(...) cannot be used to MERGE", pattern.Position);
        }
        foreach (var step in pattern.Steps)
        {
            CheckCreatable(step.Relationship, scope, "MERGE");
        }
        if (pattern.Steps.Count == 0 && pattern.Start.Variable is { } only && scope.Contains(only))
        {
            throw RuntimeErrors.Semantic($"Variable `{only}` already declared", pattern.Start.Position);
        }
        var seenHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in pattern.Nodes)
        {
            if (node.Variable is { } name && (scope.Contains(name) || !seenHere.Add(name)) && (node.Labels.Count > 0 || node.Properties is not null))
            {
                throw RuntimeErrors.Semantic(
                    $"Can't use labels or properties on `{name}` in MERGE here: the variable is already declared in this context", node.Position);
            }
        }
        var before = scope;
        var layout = new PatternLayout();
        var inner = scope;
        var match = planner.Patterns.Plan(new Argument(), [pattern], null, ref inner, layout);
        var nodes = new List<CreateNodeSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in pattern.Nodes)
        {
            var name = layout.NameOf(node);
            var slot = layout.SlotOf(node);
            var bound = before.Contains(name) || !seen.Add(name);
            var properties = node.Properties is null ? null : planner.Expressions.Compile(node.Properties, inner);
            nodes.Add(new CreateNodeSpec(slot, Display(name, slot), bound, node.Labels, properties, node.Position));
        }
        var relationships = new List<CreateRelationshipSpec>();
        var allNodes = pattern.Nodes.ToList();
        for (var i = 0; i < pattern.Steps.Count; i++)
        {
            var relationship = pattern.Steps[i].Relationship;
            var (from, to) = (allNodes[i], allNodes[i + 1]);
            var properties = relationship.Properties is null ? null : planner.Expressions.Compile(relationship.Properties, inner);
            relationships.Add(new CreateRelationshipSpec(
                layout.SlotOf(relationship), Display(layout.NameOf(relationship), layout.SlotOf(relationship)),
                layout.SlotOf(from), layout.SlotOf(to), layout.NameOf(from), layout.NameOf(to),
                relationship.Types[0], relationship.Direction == RelationshipDirection.Incoming, properties, relationship.Position));
        }
        scope = inner;
        var onCreate = merge.OnCreate.Select(item => Action(item, inner, remove: false)).ToList();
        var onMatch = merge.OnMatch.Select(item => Action(item, inner, remove: false)).ToList();
        plan = new Merge(plan, match, new EntityCreator(nodes, relationships, rejectNulls: true), onCreate, onMatch, PatternText.Of(pattern), streamInput);
        if (pattern.PathVariable is not null)
        {
            plan = new NamedPath(plan, layout.SlotOf(pattern), pattern.PathVariable, layout.SlotOf(pattern.Start),
                pattern.Steps.Select(step => layout.SlotOf(step.Relationship)).ToArray());
        }
        return plan;
    }

    private SetAction Action(SetItem item, SlotScope scope, bool remove)
    {
        var compile = planner.Expressions;
        switch (item)
        {
            case SetProperty property:
                var text = ExpressionText.Of(property.Target) + (remove ? "" : " = " + ExpressionText.Of(property.Value!));
                return new SetPropertyAction(compile.Compile(property.Target.Target, scope), property.Target.Key,
                    property.Value is null ? NullValue : compile.Compile(property.Value, scope), property.Position, text);
            case SetAllProperties all:
                return new SetAllPropertiesAction(compile.Compile(all.Target, scope), compile.Compile(all.Value, scope), all.Merge, all.Position,
                    $"{all.Target.Name} {(all.Merge ? "+=" : "=")} {ExpressionText.Of(all.Value)}");
            case SetLabels labels:
                return new LabelsAction(compile.Compile(labels.Target, scope), labels.Labels, !remove, labels.Position,
                    labels.Target.Name + string.Concat(labels.Labels.Select(label => ":" + label)));
            default:
                throw RuntimeErrors.Unsupported(item.GetType().Name, item.Position);
        }
    }

    private static string Display(string name, int slot) => SlotScope.IsHidden(name) ? "anon_" + slot : name;
}
