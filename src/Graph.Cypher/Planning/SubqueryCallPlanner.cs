using Graph.Cypher.Ast;
using Graph.Cypher.Execution;
using Graph.Cypher.Execution.Operators;

namespace Graph.Cypher.Planning;

/// <summary>
/// <c>CALL { }</c>: each part of the body is planned over the incoming row, seeing only the variables it imports (its
/// importing WITH, or the scope clause's list); what it returns gets new slots, which may not reuse an outer name.
/// </summary>
internal sealed class SubqueryCallPlanner(QueryPlanner planner)
{
    public Operator Plan(Operator plan, SubqueryCallClause call, ref SlotScope scope)
    {
        var outer = scope;
        var parts = call.Body.Parts.Select(part => PlanPart(call, part, outer)).ToArray();
        if (call.IsUnit)
        {
            return Eager(new SubqueryCall(Eager(plan, call), parts, [], false, "CALL { } (unit)"), call);
        }
        var columns = parts[0].Columns;
        var returned = ((ProjectionClause)call.Body.Parts[0].Clauses[^1]).Position;
        if (columns.FirstOrDefault(outer.Contains) is { } clash)
        {
            throw RuntimeErrors.Semantic($"Variable `{clash}` already declared in outer scope", returned);
        }
        var slots = columns.Select(_ => planner.NewSlot()).ToArray();
        scope = outer.WithAll(columns.Select((name, i) => (name, slots[i], VariableKind.Unknown)));
        var distinct = call.Body.UnionAll.Any(all => !all);
        return Eager(new SubqueryCall(Eager(plan, call), parts, slots, distinct, $"CALL {{ }} RETURN {string.Join(", ", columns)}"), call);
    }

    /// <summary>
    /// A body that writes reads all incoming rows before it runs and finishes every run before a row goes on, as the
    /// write clauses do: a write never feeds the scan that drives it, and later clauses see all of them.
    /// </summary>
    private static Operator Eager(Operator plan, SubqueryCallClause call) =>
        QueryPlanner.IsUpdating(call) ? new Eager(plan) : plan;

    private PlannedPart PlanPart(SubqueryCallClause call, SingleQuery part, SlotScope outer)
    {
        var imported = new List<Variable>();
        var clauses = part.Clauses;
        if (call.ScopeStar)
        {
            imported.AddRange(outer.VisibleNames.Select(name => new Variable(call.Position, name)));
        }
        else if (call.Scope is { } listed)
        {
            imported.AddRange(listed);
        }
        else if (call.ImportingWith(part) is { } with)
        {
            imported.AddRange(with.Projection.Star
                ? outer.VisibleNames.Select(name => new Variable(with.Position, name))
                : with.Projection.Items.Select(item => (Variable)item.Expression));
            // The importing WITH only narrows the scope: the rows it would pass on are the incoming ones.
            clauses = [.. clauses.Skip(1)];
        }
        var inner = SlotScope.Empty.WithAll(outer.LoadCsvContext);
        foreach (var variable in imported)
        {
            var slot = ExpressionCompiler.Resolve(variable, outer);
            inner = inner.With(variable.Name, slot, outer.KindOf(variable.Name));
        }
        return planner.PlanBody(new SingleQuery(part.Position, clauses), inner);
    }
}
