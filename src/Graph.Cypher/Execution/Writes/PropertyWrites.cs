using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Execution.Values.Temporal;

namespace Graph.Cypher.Execution.Writes;

/// <summary>Writes properties and labels through the transaction, counting what changed.</summary>
internal static class PropertyWrites
{
    /// <summary>Checks a value can be stored: booleans, numbers, strings, temporal values, or lists of one of those.</summary>
    public static object? Storable(string key, object? value, Position position)
    {
        switch (value)
        {
            case null or bool or long or double or string or ITemporalValue:
                return value;
            case IReadOnlyList<object?> list:
                foreach (var item in list)
                {
                    if (item is not (bool or long or double or string or ITemporalValue))
                    {
                        throw RuntimeErrors.Type(
                            $"Property values can only be of primitive types or arrays thereof; `{key}` holds a list containing {CypherTypeNames.Of(item)}", position);
                    }
                }
                return list;
            default:
                throw RuntimeErrors.Type(
                    $"Property values can only be of primitive types or arrays thereof; `{key}` was given a {CypherTypeNames.Of(value)}", position);
        }
    }

    /// <summary>Storable non-null entries of a map, for CREATE and SET n = map.</summary>
    public static Dictionary<string, object> StorableMap(IReadOnlyDictionary<string, object?> map, Position position)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            if (Storable(key, value, position) is { } stored)
            {
                result[key] = stored;
            }
        }
        return result;
    }

    public static void Set(QueryContext context, object? target, string key, object? value, Position position)
    {
        var stored = Storable(key, value, position);
        var transaction = context.Transaction;
        switch (target)
        {
            case null:
                return;
            case NodeRef node:
                if (stored is null && context.Node(node.Id)?.Properties.ContainsKey(key) != true)
                {
                    return;
                }
                transaction.SetNodeProperty(node.Id, key, stored);
                break;
            case RelationshipRef relationship:
                if (stored is null && context.Relationship(relationship.Id)?.Properties.ContainsKey(key) != true)
                {
                    return;
                }
                transaction.SetRelationshipProperty(relationship.Id, key, stored);
                break;
            default:
                throw RuntimeErrors.Type($"Type mismatch: expected a Node or Relationship but was {CypherTypeNames.Of(target)}", position);
        }
        context.Counters.PropertiesSet++;
    }

    /// <summary>SET n = map (replace: keys not in the map are removed) or SET n += map (merge).</summary>
    public static void SetAll(QueryContext context, object? target, object? source, bool merge, Position position)
    {
        if (target is null)
        {
            return;
        }
        var map = source switch
        {
            null => new Dictionary<string, object?>(),
            IReadOnlyDictionary<string, object?> m => m,
            NodeRef node => ValueConversion.PropertiesOf(context.Node(node.Id)?.Properties),
            RelationshipRef relationship => ValueConversion.PropertiesOf(context.Relationship(relationship.Id)?.Properties),
            _ => throw RuntimeErrors.Type($"Type mismatch: expected a Map but was {CypherTypeNames.Of(source)}", position),
        };
        var current = target switch
        {
            NodeRef node => context.Node(node.Id)?.Properties,
            RelationshipRef relationship => context.Relationship(relationship.Id)?.Properties,
            _ => throw RuntimeErrors.Type($"Type mismatch: expected a Node or Relationship but was {CypherTypeNames.Of(target)}", position),
        };
        // All keys in one write (one new graph state), counted per key as SET n.key = value would count them.
        var changes = new List<KeyValuePair<string, object?>>();
        if (!merge && current is not null)
        {
            changes.AddRange(current.Keys.Where(key => !map.ContainsKey(key)).Select(key => new KeyValuePair<string, object?>(key, null)));
        }
        foreach (var (key, value) in map)
        {
            var stored = Storable(key, value, position);
            if (stored is not null || current?.ContainsKey(key) == true)
            {
                changes.Add(new(key, stored));
            }
        }
        if (changes.Count == 0)
        {
            return;
        }
        if (target is NodeRef n)
        {
            context.Transaction.SetNodeProperties(n.Id, changes);
        }
        else
        {
            context.Transaction.SetRelationshipProperties(((RelationshipRef)target).Id, changes);
        }
        context.Counters.PropertiesSet += changes.Count;
    }

    public static void Labels(QueryContext context, object? target, IReadOnlyList<string> labels, bool add, Position position)
    {
        switch (target)
        {
            case null:
                return;
            case NodeRef node:
                foreach (var label in labels)
                {
                    var has = context.Node(node.Id)?.HasLabel(label) == true;
                    if (add && !has)
                    {
                        context.Transaction.AddLabel(node.Id, label);
                        context.Counters.LabelsAdded++;
                    }
                    else if (!add && has)
                    {
                        context.Transaction.RemoveLabel(node.Id, label);
                        context.Counters.LabelsRemoved++;
                    }
                }
                return;
            default:
                throw RuntimeErrors.Type($"Type mismatch: expected a Node but was {CypherTypeNames.Of(target)}", position);
        }
    }
}
