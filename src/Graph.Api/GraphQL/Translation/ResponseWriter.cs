using System.Text.Json;
using Graph.Api.Data;
using Graph.Api.GraphQL.Types;
using Graph.Core.Cypher;
using GraphQL.Validation;

namespace Graph.Api.GraphQL.Translation;

/// <summary>
/// Writes a translated statement's value as the response's data, walking the shape: keys in selection order, values
/// converted as the resolvers convert them. Anything the shape cannot answer exactly (a null where the schema says
/// non-null, a node of a type the schema lacks, a lookup the statement left to the resolvers) stops the writing with
/// <see cref="AskResolversException"/>, and the request runs on the resolvers, which answer it with its errors.
/// </summary>
internal static class ResponseWriter
{
    /// <summary>Writes the data object; returns how many objects it wrote (for the request's row budget).</summary>
    public static int Write(Utf8JsonWriter writer, ObjectShape shape, object? value, Variables variables)
    {
        var objects = 0;
        WriteValue(writer, shape, value, variables, "data", ref objects);
        return objects;
    }

    private static void WriteValue(Utf8JsonWriter writer, ValueShape shape, object? value, Variables variables, string key, ref int objects)
    {
        if (value is IReadOnlyDictionary<string, object?> marker && marker.ContainsKey(ObjectShape.AskResolversKey))
        {
            throw new AskResolversException($"{key} needs the resolvers' lookup");
        }
        if (value is null)
        {
            // A missing list of texts reads as empty, a missing flag as false, as the resolvers read them.
            if (shape is ScalarShape { Kind: ScalarKind.TextList or ScalarKind.TrueOnly } defaulted)
            {
                WriteScalar(writer, defaulted.Kind, false, key);
                return;
            }
            if (shape.NonNull)
            {
                throw new AskResolversException($"{key} is null where the schema says non-null");
            }
            writer.WriteNullValue();
            return;
        }
        switch (shape)
        {
            case ScalarShape scalar:
                WriteScalar(writer, scalar.Kind, value, key);
                break;
            case ListShape list:
                if (value is not IReadOnlyList<object?> items)
                {
                    throw new AskResolversException($"{key} is not a list");
                }
                if (list.InNameOrder)
                {
                    items = InNameOrder(items, key);
                }
                writer.WriteStartArray();
                for (var i = 0; i < items.Count; i++)
                {
                    WriteValue(writer, list.Item, items[i], variables, key, ref objects);
                }
                writer.WriteEndArray();
                break;
            case FirstInNameOrderShape first:
                if (value is not IReadOnlyList<object?> candidates)
                {
                    throw new AskResolversException($"{key} is not a list");
                }
                WriteValue(writer, first.Item, InNameOrder(candidates, key) is [var head, ..] ? head : null, variables, key, ref objects);
                break;
            case ObjectShape objectShape:
                objects++;
                WriteObject(writer, objectShape, value, variables, key, ref objects);
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, ObjectShape shape, object value, Variables variables, string key, ref int objects)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            throw new AskResolversException($"{key} is not a map");
        }
        var type = shape.StaticType ?? TypeOf(map, key);
        if (!shape.FieldsByType.TryGetValue(type, out var fields))
        {
            throw new AskResolversException($"{key} is a {type}, which the shape does not know");
        }
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            if (!Included(field, variables))
            {
                continue;
            }
            writer.WritePropertyName(field.ResponseKey);
            if (field.Value is ScalarShape { Kind: ScalarKind.Typename })
            {
                writer.WriteStringValue(type);
                continue;
            }
            WriteValue(writer, field.Value, map.TryGetValue(field.MapKey, out var fieldValue) ? fieldValue : null, variables, field.ResponseKey, ref objects);
        }
        writer.WriteEndObject();
    }

    /// <summary>Each node once, by display name ignoring case, then id: GraphEntity's order, with its comparers.</summary>
    private static IReadOnlyList<object?> InNameOrder(IReadOnlyList<object?> items, string key)
    {
        if (items.Count == 1 && items[0] is IReadOnlyDictionary<string, object?> only && only.TryGetValue(ListShape.IdKey, out var onlyId) && onlyId is string)
        {
            return items;
        }
        // Most lists are short: a linear look at what is kept beats growing a set (which was a tenth of a request's CPU).
        var seen = items.Count > 16 ? new HashSet<string>(items.Count, StringComparer.Ordinal) : null;
        var kept = new List<(string Name, string Id, object? Item)>(items.Count);
        foreach (var item in items)
        {
            if (item is not IReadOnlyDictionary<string, object?> map || !map.TryGetValue(ListShape.IdKey, out var idValue) || idValue is not string id)
            {
                throw new AskResolversException($"{key} has an item without an id");
            }
            if (seen?.Add(id) ?? !Keeps(kept, id))
            {
                var name = map.TryGetValue(ListShape.NameKey, out var nameValue) && nameValue is not null ? nameValue as string ?? CypherValueText.Format(nameValue) : id;
                kept.Add((name, id, item));
            }
        }
        // Ids are unique here, so the order is total and an unstable sort gives the one answer.
        kept.Sort((left, right) => StringComparer.OrdinalIgnoreCase.Compare(left.Name, right.Name) is var byName and not 0
            ? byName
            : StringComparer.Ordinal.Compare(left.Id, right.Id));
        return kept.ConvertAll(entry => entry.Item);
    }

    private static bool Keeps(List<(string Name, string Id, object? Item)> kept, string id)
    {
        foreach (var entry in kept)
        {
            if (string.Equals(entry.Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The GraphQL type of a node: its first label the API serves, as GraphEntity reads it.</summary>
    private static string TypeOf(IReadOnlyDictionary<string, object?> map, string key)
    {
        if (map.TryGetValue(ObjectShape.LabelsKey, out var labels) && labels is IReadOnlyList<object?> list)
        {
            foreach (var label in list)
            {
                if (label is string text && NodeCatalog.Served.Contains(text))
                {
                    return text;
                }
            }
        }
        throw new AskResolversException($"{key} has no label the API serves");
    }

    private static bool Included(FieldShape field, Variables variables)
    {
        foreach (var condition in field.Conditions)
        {
            if (!variables.ValueFor(condition.Variable, out var value) || value.Value is not bool flag)
            {
                throw new AskResolversException($"@include/@skip variable ${condition.Variable} has no boolean value");
            }
            if (flag != condition.IncludeWhen)
            {
                return false;
            }
        }
        return true;
    }

    private static void WriteScalar(Utf8JsonWriter writer, ScalarKind kind, object value, string key)
    {
        switch (kind)
        {
            case ScalarKind.Text:
                writer.WriteStringValue(value as string ?? CypherValueText.Format(value));
                break;
            case ScalarKind.Int:
                writer.WriteNumberValue(value is long number && number is >= int.MinValue and <= int.MaxValue
                    ? (int)number
                    : throw new AskResolversException($"{key} is not a 32-bit integer"));
                break;
            case ScalarKind.Float:
                writer.WriteNumberValue(ProvenanceValues.Confidence(value) ?? throw new AskResolversException($"{key} is not a number"));
                break;
            case ScalarKind.Boolean:
                writer.WriteBooleanValue(value is bool flag ? flag : throw new AskResolversException($"{key} is not a boolean"));
                break;
            case ScalarKind.TrueOnly:
                writer.WriteBooleanValue(value is true);
                break;
            case ScalarKind.TextList:
                writer.WriteStartArray();
                if (value is string single)
                {
                    writer.WriteStringValue(single);
                }
                else if (value is IReadOnlyList<object?> items)
                {
                    foreach (var item in items)
                    {
                        if (item is not null)
                        {
                            writer.WriteStringValue(item as string ?? CypherValueText.Format(item));
                        }
                    }
                }
                writer.WriteEndArray();
                break;
            case ScalarKind.Direction:
                writer.WriteStringValue(value is true ? "OUTGOING" : "INCOMING");
                break;
            case ScalarKind.Date:
                writer.WriteStringValue(value is CypherTemporal temporal && temporal.TryGetDate(out _)
                    ? temporal.Iso
                    : throw new AskResolversException($"{key} is not a Date"));
                break;
            case ScalarKind.Cursor:
                writer.WriteStringValue(value is long position and >= 0 and < int.MaxValue
                    ? PageCursor.For((int)position)
                    : throw new AskResolversException($"{key} is not a position"));
                break;
        }
    }
}

/// <summary>The translated answer cannot be written exactly; the resolvers answer instead. The message says why.</summary>
internal sealed class AskResolversException(string reason) : Exception(reason);
