using Graph.Core.Cypher;
using Graph.Cypher.Ast;
using Graph.Cypher.Execution;
using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Functions;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Execution.Values.Temporal;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Planning;

/// <summary>
/// Compiles expressions into closures over row slots, resolving variables against a scope once, at plan
/// time, so evaluation does no name lookups. Implements Cypher's null propagation and three-valued logic.
/// </summary>
internal sealed partial class ExpressionCompiler(QueryPlanner planner)
{
    public Evaluator Compile(Expression expression, SlotScope scope)
    {
        var position = expression.Position;
        switch (expression)
        {
            case Literal literal:
                var value = literal.Value;
                return (_, _) => value;
            case Parameter parameter:
                var name = parameter.Name;
                return (_, context) => context.Parameters.TryGetValue(name, out var p)
                    ? p
                    : throw new CypherException(CypherErrorCodes.ParameterMissing, $"Expected parameter(s): {name}");
            case Variable variable:
                var slot = Resolve(variable, scope);
                return (row, _) => row[slot];
            case SlotReference reference:
                var referenced = reference.Slot;
                return (row, _) => row[referenced];
            case PropertyAccess access:
                return CompileProperty(access, scope);
            case ListLiteral list:
                var items = list.Items.Select(item => Compile(item, scope)).ToArray();
                return (row, context) =>
                {
                    var result = new List<object?>(items.Length);
                    foreach (var item in items)
                    {
                        result.Add(item(row, context));
                    }
                    return result;
                };
            case MapLiteral map:
                var entries = map.Entries.Select(entry => (entry.Key, Value: Compile(entry.Value, scope))).ToArray();
                if (FixedKeys(entries.Select(entry => entry.Key)) is { } literalKeys)
                {
                    var evaluators = entries.Select(entry => entry.Value).ToArray();
                    return (row, context) => new FixedKeyMap(literalKeys, EvaluateAll(evaluators, row, context));
                }
                return (row, context) =>
                {
                    var result = new Dictionary<string, object?>(entries.Length, StringComparer.Ordinal);
                    foreach (var (key, entry) in entries)
                    {
                        result[key] = entry(row, context);
                    }
                    return result;
                };
            case MapProjection projection:
                return CompileMapProjection(projection, scope);
            case IndexAccess index:
                return CompileIndex(index, scope);
            case SliceAccess slice:
                return CompileSlice(slice, scope);
            case BinaryExpression binary:
                return CompileBinary(binary, scope);
            case UnaryExpression unary:
                return CompileUnary(unary, scope);
            case IsNullExpression isNull:
                var operand = Compile(isNull.Operand, scope);
                var negated = isNull.Negated;
                return (row, context) => Boxed((operand(row, context) is null) != negated);
            case LabelPredicate labels:
                return CompileLabels(labels, scope);
            case FunctionCall call:
                return CompileCall(call, scope);
            case CaseExpression caseExpression:
                return CompileCase(caseExpression, scope);
            case ListComprehension comprehension:
                return CompileComprehension(comprehension, scope);
            case QuantifierExpression quantifier:
                return CompileQuantifier(quantifier, scope);
            case ReduceExpression reduce:
                return CompileReduce(reduce, scope);
            case PatternComprehension patternComprehension:
                return CompilePatternComprehension(patternComprehension, scope);
            case SubqueryExpression subquery:
                return CompileSubquery(subquery, scope);
            case CollectSubquery collect:
                return CompileCollect(collect, scope);
            case PropertiesPredicate predicate:
                return CompilePropertiesPredicate(predicate, scope);
            default:
                throw RuntimeErrors.Unsupported($"The expression {expression.GetType().Name}", position);
        }
    }

    /// <summary>The keys as one array when each is named once (a repeated key keeps its last value: a Dictionary does that).</summary>
    private static string[]? FixedKeys(IEnumerable<string> keys)
    {
        var array = keys.ToArray();
        return array.Distinct(StringComparer.Ordinal).Count() == array.Length ? array : null;
    }

    /// <summary>coalesce() evaluates its arguments only up to the first that is not null, as Neo4j's does.</summary>
    private static object? Coalesce(Evaluator[] arguments, object?[] row, QueryContext context)
    {
        foreach (var argument in arguments)
        {
            if (argument(row, context) is { } value)
            {
                return value;
            }
        }
        return null;
    }

    private static object?[] EvaluateAll(Evaluator[] evaluators, object?[] row, QueryContext context)
    {
        var values = new object?[evaluators.Length];
        for (var i = 0; i < evaluators.Length; i++)
        {
            values[i] = evaluators[i](row, context);
        }
        return values;
    }

    public static int Resolve(Variable variable, SlotScope scope) =>
        scope.TryGet(variable.Name, out var slot)
            ? slot
            : throw RuntimeErrors.Semantic($"Variable `{variable.Name}` not defined", variable.Position);

    private Evaluator CompileProperty(PropertyAccess access, SlotScope scope)
    {
        var target = Compile(access.Target, scope);
        var key = access.Key;
        var position = access.Position;
        var nodes = new NodePropertyRead(key);
        return (row, context) => target(row, context) is var value && value is NodeRef node
            ? nodes.Of(node.Id, context)
            : Property(value, key, context, position);
    }

    public static object? Property(object? target, string key, QueryContext context, Position position) => target switch
    {
        null => null,
        // One read of the record (a deleted one throws, a missing one reads as null).
        NodeRef node => ValueConversion.Property(context.ReadableNode(node.Id)?.Properties, key),
        RelationshipRef relationship => ValueConversion.Property(context.ReadableRelationship(relationship.Id)?.Properties, key),
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(key, out var value) ? value : null,
        ITemporalValue temporal => TemporalAccessors.Get(temporal, key),
        _ => throw RuntimeErrors.Type($"Type mismatch: expected a Map, Node or Relationship but was {CypherTypeNames.Of(target)}", position),
    };

    private Evaluator CompileMapProjection(MapProjection projection, SlotScope scope)
    {
        var target = Compile(projection.Target, scope);
        var items = projection.Items.Select(item => (item.Key, item.AllProperties, Value: item.Value is null ? null : Compile(item.Value, scope))).ToArray();
        var position = projection.Position;
        if (!items.Any(item => item.AllProperties) && FixedKeys(items.Select(item => item.Key)) is { } keys)
        {
            return (row, context) =>
            {
                var entity = target(row, context);
                if (entity is null)
                {
                    return null;
                }
                var values = new object?[items.Length];
                for (var i = 0; i < items.Length; i++)
                {
                    var value = items[i].Value;
                    values[i] = value is null ? Property(entity, items[i].Key, context, position) : value(row, context);
                }
                return new FixedKeyMap(keys, values);
            };
        }
        return (row, context) =>
        {
            var entity = target(row, context);
            if (entity is null)
            {
                return null;
            }
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, all, value) in items)
            {
                if (all)
                {
                    foreach (var (k, v) in AllProperties(entity, context, position))
                    {
                        result[k] = v;
                    }
                }
                else
                {
                    result[key] = value is null ? Property(entity, key, context, position) : value(row, context);
                }
            }
            return result;
        };
    }

    private static IReadOnlyDictionary<string, object?> AllProperties(object entity, QueryContext context, Position position) => entity switch
    {
        NodeRef node => ValueConversion.PropertiesOf(context.Node(node.Id)?.Properties),
        RelationshipRef relationship => ValueConversion.PropertiesOf(context.Relationship(relationship.Id)?.Properties),
        IReadOnlyDictionary<string, object?> map => map,
        _ => throw RuntimeErrors.Expected("a Map, Node or Relationship", entity, position),
    };

    private Evaluator CompileIndex(IndexAccess access, SlotScope scope)
    {
        var target = Compile(access.Target, scope);
        var index = Compile(access.Index, scope);
        var position = access.Position;
        return (row, context) =>
        {
            var container = target(row, context);
            var key = index(row, context);
            if (container is null || key is null)
            {
                return null;
            }
            switch (container)
            {
                case IReadOnlyList<object?> list when key is long i:
                    var at = i < 0 ? list.Count + i : i;
                    return at >= 0 && at < list.Count ? list[(int)at] : null;
                case IReadOnlyList<object?>:
                    throw RuntimeErrors.Type($"Type mismatch: list index must be an Integer but was {CypherTypeNames.Of(key)}", position);
                case NodeRef or RelationshipRef or IReadOnlyDictionary<string, object?> when key is string property:
                    return Property(container, property, context, position);
                case NodeRef or RelationshipRef or IReadOnlyDictionary<string, object?>:
                    throw RuntimeErrors.Type($"Type mismatch: map key must be a String but was {CypherTypeNames.Of(key)}", position);
                default:
                    throw RuntimeErrors.Type($"Type mismatch: expected a List or Map to index but was {CypherTypeNames.Of(container)}", position);
            }
        };
    }

    private Evaluator CompileSlice(SliceAccess slice, SlotScope scope)
    {
        var target = Compile(slice.Target, scope);
        var from = slice.From is null ? null : Compile(slice.From, scope);
        var to = slice.To is null ? null : Compile(slice.To, scope);
        var position = slice.Position;
        return (row, context) =>
        {
            var value = target(row, context);
            if (value is null)
            {
                return null;
            }
            if (value is not IReadOnlyList<object?> list)
            {
                throw RuntimeErrors.Expected("List", value, position);
            }
            var start = from?.Invoke(row, context);
            var end = to?.Invoke(row, context);
            if ((from is not null && start is null) || (to is not null && end is null))
            {
                return null;
            }
            var first = Bound(start, list.Count, 0, position);
            var last = Bound(end, list.Count, list.Count, position);
            return first >= last ? new List<object?>() : list.Skip(first).Take(last - first).ToList();
        };
    }

    private static int Bound(object? value, int count, int fallback, Position position)
    {
        if (value is null)
        {
            return fallback;
        }
        if (value is not long i)
        {
            throw RuntimeErrors.Expected("Integer", value, position);
        }
        var at = i < 0 ? count + i : i;
        return (int)Math.Clamp(at, 0, count);
    }

    private Evaluator CompileLabels(LabelPredicate predicate, SlotScope scope)
    {
        var target = Compile(predicate.Target, scope);
        var test = new LabelTest(predicate.Labels.ToArray());
        var position = predicate.Position;
        return (row, context) => target(row, context) switch
        {
            null => null,
            NodeRef node => test.Holds(node.Id, context) ? True : False,
            var other => throw RuntimeErrors.Expected("Node", other, position),
        };
    }

    // Evaluators return object: a bool boxes on every row (label tests, comparisons, IS NULL) unless it is one of these.
    private static readonly object True = true;
    private static readonly object False = false;

    private static object Boxed(bool value) => value ? True : False;

    private static object? Boxed(bool? value) => value is { } known ? Boxed(known) : null;

    private Evaluator CompileCase(CaseExpression expression, SlotScope scope)
    {
        var test = expression.Test is null ? null : Compile(expression.Test, scope);
        var alternatives = expression.Alternatives.Select(a => (When: Compile(a.When, scope), Then: Compile(a.Then, scope))).ToArray();
        var otherwise = expression.Else is null ? null : Compile(expression.Else, scope);
        return (row, context) =>
        {
            var value = test?.Invoke(row, context);
            foreach (var (when, then) in alternatives)
            {
                var condition = when(row, context);
                var chosen = test is null ? condition is true : ValueEquality.Equal(value, condition) == true;
                if (chosen)
                {
                    return then(row, context);
                }
            }
            return otherwise?.Invoke(row, context);
        };
    }

    /// <summary>Graph functions given a variable known to be the wrong kind of entity fail at compile time.</summary>
    private static readonly Dictionary<string, VariableKind[]> EntityArguments = new(StringComparer.OrdinalIgnoreCase)
    {
        ["type"] = [VariableKind.Relationship],
        ["startNode"] = [VariableKind.Relationship],
        ["endNode"] = [VariableKind.Relationship],
        ["labels"] = [VariableKind.Node],
        ["length"] = [VariableKind.Path],
        ["nodes"] = [VariableKind.Path],
        ["relationships"] = [VariableKind.Path],
        ["size"] = [VariableKind.RelationshipList],
        ["id"] = [VariableKind.Node, VariableKind.Relationship],
        ["elementId"] = [VariableKind.Node, VariableKind.Relationship],
        ["properties"] = [VariableKind.Node, VariableKind.Relationship],
        ["keys"] = [VariableKind.Node, VariableKind.Relationship],
    };

    /// <summary>linenumber() and file(): the record number and file of the LOAD CSV row, or null outside one (as Neo4j).</summary>
    private static Evaluator CompileLoadCsvContext(FunctionCall call, SlotScope scope)
    {
        if (call.Arguments.Count > 0)
        {
            throw new CypherException(CypherErrorCodes.SyntaxError, $"Too many parameters for function '{call.LowerName}': expected 0, got {call.Arguments.Count}",
                call.Position.Line, call.Position.Column, call.Position.Offset);
        }
        if (!scope.TryGet(call.LowerName == "file" ? SlotScope.FileName : SlotScope.LineNumberName, out var slot))
        {
            return (_, _) => null;
        }
        return (row, _) => row[slot];
    }

    private static void CheckArgumentKind(FunctionCall call, SlotScope scope)
    {
        if (call.Arguments.Count == 0 || call.Arguments[0] is not Variable variable || !EntityArguments.TryGetValue(call.Name, out var allowed))
        {
            return;
        }
        var kind = scope.KindOf(variable.Name);
        if (kind is VariableKind.Node or VariableKind.Relationship or VariableKind.Path or VariableKind.RelationshipList && !allowed.Contains(kind))
        {
            throw RuntimeErrors.Type($"Type mismatch: {call.Name}() does not accept {VariableKinds.Describe(kind)} `{variable.Name}`", variable.Position);
        }
    }

    private Evaluator CompileCall(FunctionCall call, SlotScope scope)
    {
        if (call.LowerName is "linenumber" or "file")
        {
            return CompileLoadCsvContext(call, scope);
        }
        if (ExpressionTree.IsAggregate(call))
        {
            throw RuntimeErrors.Semantic($"Invalid use of aggregating function {call.Name}(...) in this context", call.Position);
        }
        if (call.LowerName == "exists")
        {
            throw new CypherException(CypherErrorCodes.SyntaxError,
                "The property existence syntax `exists(variable.property)` is no longer supported. Use `variable.property IS NOT NULL` instead, or EXISTS { pattern }.",
                call.Position.Line, call.Position.Column, call.Position.Offset);
        }
        if (!FunctionLibrary.TryGet(call.Name, out var definition))
        {
            throw Neo4jFunctionNames.Contains(call.Name)
                ? RuntimeErrors.Unsupported($"The function {call.Name}()", call.Position)
                : new CypherException(CypherErrorCodes.SyntaxError, $"Unknown function '{call.Name}'", call.Position.Line, call.Position.Column, call.Position.Offset);
        }
        if (call.Arguments.Count < definition.MinArguments || call.Arguments.Count > definition.MaxArguments)
        {
            var expected = definition.MinArguments == definition.MaxArguments ? $"{definition.MinArguments}" : $"{definition.MinArguments} to {definition.MaxArguments}";
            throw new CypherException(CypherErrorCodes.SyntaxError,
                $"{(call.Arguments.Count < definition.MinArguments ? "Insufficient" : "Too many")} parameters for function '{definition.Name}': expected {expected}, got {call.Arguments.Count}",
                call.Position.Line, call.Position.Column, call.Position.Offset);
        }
        if (call.Distinct)
        {
            throw RuntimeErrors.Semantic($"DISTINCT is only allowed in aggregating functions, not in {call.Name}()", call.Position);
        }
        CheckArgumentKind(call, scope);
        var arguments = call.Arguments.Select(argument => Compile(argument, scope)).ToArray();
        if (call.LowerName == "coalesce")
        {
            return (row, context) => Coalesce(arguments, row, context);
        }
        var body = definition.Body;
        var position = call.Position;
        return (row, context) => body(EvaluateAll(arguments, row, context), context, position);
    }
}
