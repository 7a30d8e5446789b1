using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Graph.Core.Cypher;
using Graph.Cypher.Execution.Values.Temporal;

namespace Graph.Cypher.Storage;

/// <summary>
/// What may be stored as a property (bool, long, double, string, temporal values, homogeneous lists of those) and the
/// normalized keys that give Cypher equality (1 = 1.0, lists element-wise) in indexes and lookups.
/// </summary>
internal static class PropertyValues
{
    /// <summary>Validates and converts a map of properties; null values are dropped (null means absent).</summary>
    public static PropertyDictionary ToStoredMap(IReadOnlyDictionary<string, object>? properties, StringPool strings)
    {
        if (properties is null || properties.Count == 0)
        {
            return PropertyDictionary.Empty;
        }
        var stored = new List<KeyValuePair<string, object>>(properties.Count);
        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                stored.Add(new(key, ToStored(key, value, strings)));
            }
        }
        return PropertyDictionary.From(stored);
    }

    /// <summary>The stored form of a value: integers widen to long, floats to double, lists become ImmutableArray&lt;object&gt;, strings the pool's instance.</summary>
    public static object ToStored(string key, object value, StringPool strings)
    {
        if (TryScalar(value, strings, out var scalar))
        {
            return scalar;
        }
        if (value is IEnumerable items and not IDictionary and not IReadOnlyDictionary<string, object?>)
        {
            return ToStoredList(key, items, strings);
        }
        throw Rejected(key, value);
    }

    private static ImmutableArray<object> ToStoredList(string key, IEnumerable items, StringPool strings)
    {
        var builder = ImmutableArray.CreateBuilder<object>();
        Type? elementType = null;
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new CypherException(CypherErrorCodes.TypeError,
                    $"Property `{key}` cannot be stored: collections containing null values can not be stored in properties.");
            }
            if (!TryScalar(item, strings, out var element))
            {
                throw Rejected(key, item);
            }
            if (elementType is not null && elementType != element.GetType())
            {
                throw new CypherException(CypherErrorCodes.TypeError,
                    $"Property `{key}` cannot be stored: collections containing mixed types can not be stored in properties.");
            }
            elementType = element.GetType();
            builder.Add(element);
        }
        return builder.DrainToImmutable();
    }

    private static bool TryScalar(object value, StringPool strings, out object scalar)
    {
        switch (value)
        {
            case long l:
                scalar = Box(l);
                return true;
            case string text:
                scalar = strings.Share(text);
                return true;
            case bool b:
                scalar = Box(b);
                return true;
            case double d:
                scalar = Box(d);
                return true;
            case int or short or sbyte or byte or ushort or uint:
                scalar = Box(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return true;
            case float f:
                scalar = Box((double)f);
                return true;
            case ITemporalValue:
                scalar = value;
                return true;
            default:
                scalar = value;
                return false;
        }
    }

    /// <summary>
    /// A boxed long, one shared box per small value: line numbers and counts repeat across hundreds of thousands of
    /// stored records, and each box is an object the GC would copy and trace.
    /// </summary>
    public static object Box(long value) => (ulong)value < (ulong)SmallLongs.Length ? SmallLongs[value] : value;

    private static readonly object[] SmallLongs = Enumerable.Range(0, 4096).Select(i => (object)(long)i).ToArray();

    /// <summary>A boxed bool, one of two shared boxes (a fresh one per stored flag otherwise).</summary>
    public static object Box(bool value) => value ? True : False;

    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>
    /// A boxed double, one shared box per hundredth from 0 to 1: the confidence on every extracted node and relationship
    /// is one of a handful of such values. Others (and -0.0, which is not 0.0 bit for bit) get their own box.
    /// </summary>
    public static object Box(double value)
    {
        var hundredths = Math.Round(value * 100);
        if (hundredths is >= 0 and <= 100)
        {
            var shared = Hundredths[(int)hundredths];
            if (BitConverter.DoubleToInt64Bits((double)shared) == BitConverter.DoubleToInt64Bits(value))
            {
                return shared;
            }
        }
        return value;
    }

    // k / 100.0 is correctly rounded, so it is the very double a literal such as 0.95 parses to.
    private static readonly object[] Hundredths = Enumerable.Range(0, 101).Select(k => (object)(k / 100.0)).ToArray();

    private static CypherException Rejected(string key, object value) =>
        new(CypherErrorCodes.TypeError,
            $"Property `{key}` cannot store a value of type {Describe(value)}: property values can only be booleans, integers, floats, strings, temporal values, or lists of those.");

    private static string Describe(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> or IDictionary => "Map",
        CypherNode or NodeRecord => "Node",
        CypherRelationship or RelationshipRecord => "Relationship",
        CypherPath => "Path",
        IEnumerable => "List",
        _ => value.GetType().Name,
    };

    /// <summary>
    /// A key equal (Equals/GetHashCode) exactly when the values are equal in Cypher, or null when the value
    /// can equal nothing stored (null, NaN, maps, ...).
    /// </summary>
    public static object? KeyOf(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case double d:
                return KeyOfFloat(d);
            case float f:
                return KeyOfFloat(f);
            case bool or long or string or ITemporalValue:
                return value;
            case int or short or sbyte or byte or ushort or uint:
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case IReadOnlyDictionary<string, object?> or IDictionary:
                return null;
            case IEnumerable items:
                var keys = ImmutableArray.CreateBuilder<object>();
                foreach (var item in items)
                {
                    var key = KeyOf(item);
                    if (key is null)
                    {
                        return null;
                    }
                    keys.Add(key);
                }
                return new ListKey(keys.DrainToImmutable());
            default:
                return null;
        }
    }

    // Integral floats share the integer's key so 1 and 1.0 land in the same index bucket.
    private static object? KeyOfFloat(double d)
    {
        if (double.IsNaN(d))
        {
            return null;
        }
        if (d == Math.Floor(d) && d >= -9.2233720368547758E18 && d < 9.2233720368547758E18)
        {
            return (long)d;
        }
        return d;
    }

    /// <summary>A value as Neo4j prints it in constraint messages: strings in single quotes.</summary>
    public static string Render(object value)
    {
        switch (value)
        {
            case string s:
                return "'" + s + "'";
            case bool b:
                return b ? "true" : "false";
            case double d:
                return CypherValueText.FormatFloat(d);
            case long l:
                return l.ToString(CultureInfo.InvariantCulture);
            case IEnumerable items:
                var text = new StringBuilder("[");
                var first = true;
                foreach (var item in items)
                {
                    text.Append(first ? "" : ", ").Append(item is null ? "null" : Render(item));
                    first = false;
                }
                return text.Append(']').ToString();
            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }
    }
}
