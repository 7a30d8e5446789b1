using Graph.Cypher.Ast;
using Graph.Cypher.Execution;
using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Operators;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Planning;

/// <summary>
/// Expressions with their own variables (comprehensions, quantifiers, reduce) and pattern subqueries
/// (EXISTS, COUNT, COLLECT, pattern predicates and comprehensions), which run a nested plan per row.
/// Local variables get their own slots and are written into a copy of the row.
/// </summary>
internal sealed partial class ExpressionCompiler
{
    private Evaluator CompileComprehension(ListComprehension comprehension, SlotScope scope)
    {
        var source = Compile(comprehension.Source, scope);
        var slot = planner.NewSlot();
        var inner = scope.With(comprehension.Variable, slot);
        var where = comprehension.Where is null ? null : Compile(comprehension.Where, inner);
        var projection = comprehension.Projection is null ? null : Compile(comprehension.Projection, inner);
        var position = comprehension.Position;
        return (row, context) =>
        {
            if (List(source(row, context), position) is not { } list)
            {
                return null;
            }
            var local = (object?[])row.Clone();
            var result = new List<object?>(list.Count);
            foreach (var item in list)
            {
                local[slot] = item;
                if (where is not null && where(local, context) is not true)
                {
                    continue;
                }
                result.Add(projection is null ? item : projection(local, context));
            }
            return result;
        };
    }

    private Evaluator CompileQuantifier(QuantifierExpression expression, SlotScope scope)
    {
        var source = Compile(expression.Source, scope);
        var slot = planner.NewSlot();
        var predicate = Compile(expression.Where, scope.With(expression.Variable, slot));
        var quantifier = expression.Quantifier;
        var position = expression.Position;
        return (row, context) =>
        {
            if (List(source(row, context), position) is not { } list)
            {
                return null;
            }
            var local = (object?[])row.Clone();
            var (matches, nulls) = (0, 0);
            foreach (var item in list)
            {
                local[slot] = item;
                switch (predicate(local, context))
                {
                    case true:
                        matches++;
                        if (quantifier == Quantifier.Any)
                        {
                            return true;
                        }
                        if (quantifier == Quantifier.None)
                        {
                            return false;
                        }
                        break;
                    case false:
                        if (quantifier == Quantifier.All)
                        {
                            return false;
                        }
                        break;
                    case null:
                        nulls++;
                        break;
                    case var other:
                        throw RuntimeErrors.Expected("Boolean", other, position);
                }
            }
            return quantifier switch
            {
                Quantifier.Any => nulls > 0 ? null : false,
                Quantifier.All or Quantifier.None => nulls > 0 ? null : true,
                _ => matches > 1 ? false : nulls > 0 ? null : matches == 1,
            };
        };
    }

    private Evaluator CompileReduce(ReduceExpression reduce, SlotScope scope)
    {
        var initial = Compile(reduce.Initial, scope);
        var source = Compile(reduce.Source, scope);
        var accumulatorSlot = planner.NewSlot();
        var itemSlot = planner.NewSlot();
        var step = Compile(reduce.Step, scope.With(reduce.Accumulator, accumulatorSlot).With(reduce.Variable, itemSlot));
        var position = reduce.Position;
        return (row, context) =>
        {
            var accumulator = initial(row, context);
            if (List(source(row, context), position) is not { } list)
            {
                return null;
            }
            var local = (object?[])row.Clone();
            foreach (var item in list)
            {
                local[accumulatorSlot] = accumulator;
                local[itemSlot] = item;
                accumulator = step(local, context);
            }
            return accumulator;
        };
    }

    private static IReadOnlyList<object?>? List(object? value, Position position) => value switch
    {
        null => null,
        IReadOnlyList<object?> list => list,
        _ => throw RuntimeErrors.Expected("List", value, position),
    };

    private Evaluator CompilePatternComprehension(PatternComprehension comprehension, SlotScope scope)
    {
        var (plan, inner) = planner.PlanPatternSubquery([comprehension.Pattern], comprehension.Where, scope, "PatternComprehension", comprehension.Position);
        RowReuse.MarkFrom(plan);
        var projection = Compile(comprehension.Projection, inner);
        return (row, context) => plan.Run(context, row).Select(match => projection(match, context)).ToList();
    }

    /// <summary>The body's rows in the order its plan yields them (its ORDER BY, else match order); nulls are kept, unlike collect().</summary>
    private Evaluator CompileCollect(CollectSubquery collect, SlotScope scope)
    {
        var body = planner.PlanCollect(collect, scope);
        var plan = body.Root;
        RowReuse.MarkFrom(plan);
        var column = body.ColumnSlots[0];
        return (row, context) => plan.Run(context, row).Select(result => result[column]).ToList();
    }

    private Evaluator CompileSubquery(SubqueryExpression subquery, SlotScope scope)
    {
        if (subquery.IsPatternPredicate)
        {
            var introduced = subquery.Patterns
                .SelectMany(pattern => pattern.Nodes.Select(node => (node.Variable, node.Position))
                    .Concat(pattern.Steps.Select(step => (step.Relationship.Variable, step.Relationship.Position))))
                .FirstOrDefault(element => element.Variable is not null && !scope.Contains(element.Variable));
            if (introduced.Variable is not null)
            {
                throw RuntimeErrors.Semantic(
                    $"Variable `{introduced.Variable}` not defined: a pattern predicate cannot introduce new variables (use EXISTS {{ ... }})", introduced.Position);
            }
        }
        if (DegreeOf(subquery, scope) is { } degree)
        {
            return subquery.Kind == SubqueryKind.Count ? degree : (row, context) => (long)degree(row, context)! > 0;
        }
        var kind = subquery.IsPatternPredicate ? "PatternPredicate" : subquery.Kind.ToString().ToUpperInvariant();
        var (plan, inner) = planner.PlanPatternSubquery(subquery.Patterns, subquery.Where, scope, kind, subquery.Position);
        RowReuse.MarkFrom(plan);
        foreach (var returned in subquery.Returned)
        {
            Compile(returned, inner);
        }
        if (subquery.Kind == SubqueryKind.Count)
        {
            return (row, context) => (long)plan.Run(context, row).Count();
        }
        return (row, context) => plan.Run(context, row).Any();
    }

    /// <summary>
    /// <c>COUNT { (n)-[:T]->() }</c> from a bound node to an anonymous, unlabelled, unfiltered end is n's degree, and
    /// <c>EXISTS { (n)--() }</c> (or the bare pattern) asks whether it is above zero: both read the node's adjacency
    /// (counts per type and side) instead of expanding its relationships in id order, as Neo4j's GetDegree does.
    /// </summary>
    private static Evaluator? DegreeOf(SubqueryExpression subquery, SlotScope scope)
    {
        if (subquery is not { Where: null, Returned.Count: 0, Patterns: [{ PathVariable: null, Shortest: ShortestKind.None, Steps: [var step] } pattern] }
            || pattern.Start is not { Variable: { } name, Labels.Count: 0, Properties: null }
            || scope.KindOf(name) != VariableKind.Node || !scope.TryGet(name, out var slot)
            || step.Relationship is not { Variable: null, Length: null, Properties: null }
            || step.Node is not { Variable: null, Labels.Count: 0, Properties: null })
        {
            return null;
        }
        var direction = step.Relationship.Direction switch
        {
            RelationshipDirection.Outgoing => Direction.Outgoing,
            RelationshipDirection.Incoming => Direction.Incoming,
            _ => Direction.Both,
        };
        var types = step.Relationship.Types.Count == 0 ? null : step.Relationship.Types;
        return (row, context) => row[slot] is NodeRef node ? (long)context.Degree(node.Id, direction, types) : 0L;
    }

    private Evaluator CompilePropertiesPredicate(PropertiesPredicate predicate, SlotScope scope)
    {
        var target = Compile(predicate.Target, scope);
        var map = Compile(predicate.Map, scope);
        var position = predicate.Position;
        return (row, context) =>
        {
            var wanted = map(row, context);
            if (wanted is null)
            {
                return false;
            }
            if (wanted is not IReadOnlyDictionary<string, object?> properties)
            {
                throw RuntimeErrors.Expected("Map", wanted, position);
            }
            var stored = target(row, context) switch
            {
                NodeRef node => context.Node(node.Id)?.Properties,
                RelationshipRef relationship => context.Relationship(relationship.Id)?.Properties,
                _ => null,
            };
            return stored is not null && PropertyMatch.Matches(stored, properties);
        };
    }
}
