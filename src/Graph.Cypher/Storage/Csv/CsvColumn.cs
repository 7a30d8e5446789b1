using System.Globalization;

namespace Graph.Cypher.Storage.Csv;

/// <summary>What a header field makes of its column, as neo4j-admin database import reads headers.</summary>
internal enum ColumnRole
{
    Property,
    Id,
    Label,
    StartId,
    EndId,
    Type,
    Ignore,
}

/// <summary>The value type of a property column: <c>name:int</c>, <c>name:float</c>, <c>name:boolean</c>, <c>name</c> (string).</summary>
internal enum ValueKind
{
    String,
    Integer,
    Float,
    Boolean,
}

/// <summary>
/// One header field, <c>name:type</c>: a property (a plain name is a string; <c>[]</c> after the type makes an array,
/// its items separated by <c>;</c>), or one of <c>:ID</c>, <c>:LABEL</c>, <c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c>,
/// <c>:IGNORE</c>. An id column may name an id space, <c>:ID(Person)</c>, and a name, which stores the id as that property.
/// </summary>
internal sealed record CsvColumn(string Header, ColumnRole Role, string Name, ValueKind Kind, bool IsArray, string IdSpace)
{
    public const char ArrayDelimiter = ';';

    /// <summary>Reads a header field; an unknown type is an error naming the types that are known.</summary>
    public static bool TryParse(string header, out CsvColumn column, out string? error)
    {
        error = null;
        var colon = header.LastIndexOf(':');
        var (name, type) = colon < 0 ? (header, "") : (header[..colon], header[(colon + 1)..]);
        column = new CsvColumn(header, ColumnRole.Property, name, ValueKind.String, false, "");
        if (colon < 0)
        {
            return name.Length > 0 || Fail("an empty header field", out error);
        }
        var space = "";
        var open = type.IndexOf('(');
        if (open > 0 && type.EndsWith(')'))
        {
            space = type[(open + 1)..^1];
            type = type[..open];
        }
        switch (type.ToUpperInvariant())
        {
            case "ID":
                column = column with { Role = ColumnRole.Id, IdSpace = space };
                return true;
            case "START_ID":
                column = column with { Role = ColumnRole.StartId, IdSpace = space };
                return true;
            case "END_ID":
                column = column with { Role = ColumnRole.EndId, IdSpace = space };
                return true;
            case "LABEL":
                column = column with { Role = ColumnRole.Label };
                return true;
            case "TYPE":
                column = column with { Role = ColumnRole.Type };
                return true;
            case "IGNORE":
                column = column with { Role = ColumnRole.Ignore };
                return true;
        }
        if (name.Length == 0)
        {
            return Fail($"'{header}' has no property name before the colon", out error);
        }
        var isArray = type.EndsWith("[]", StringComparison.Ordinal);
        ValueKind? kind = (isArray ? type[..^2] : type).ToLowerInvariant() switch
        {
            "string" => ValueKind.String,
            "int" or "long" or "short" or "byte" => ValueKind.Integer,
            "float" or "double" => ValueKind.Float,
            "boolean" => ValueKind.Boolean,
            _ => null,
        };
        if (kind is null)
        {
            return Fail($"'{header}' has type '{type}', which graph load does not read: use string, int, long, float, double or boolean (each also with []), or :ID, :LABEL, :START_ID, :END_ID, :TYPE, :IGNORE", out error);
        }
        column = column with { Kind = kind.Value, IsArray = isArray };
        return true;
    }

    /// <summary>The stored value of a non-empty field, or an error saying why it is not one.</summary>
    public bool TryConvert(ReadOnlySpan<char> field, out object value, out string? error)
    {
        if (!IsArray)
        {
            return TryScalar(field, out value, out error);
        }
        var items = new List<object>();
        foreach (var range in field.Split(ArrayDelimiter))
        {
            if (!TryScalar(field[range], out var item, out error))
            {
                value = null!;
                return false;
            }
            items.Add(item);
        }
        value = items;
        error = null;
        return true;
    }

    private bool TryScalar(ReadOnlySpan<char> field, out object value, out string? error)
    {
        error = null;
        switch (Kind)
        {
            case ValueKind.Integer when long.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer):
                value = integer;
                return true;
            case ValueKind.Float when double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                value = number;
                return true;
            case ValueKind.Boolean when field.Equals("true", StringComparison.OrdinalIgnoreCase):
                value = true;
                return true;
            case ValueKind.Boolean when field.Equals("false", StringComparison.OrdinalIgnoreCase):
                value = false;
                return true;
            case ValueKind.String:
                value = field.ToString();
                return true;
        }
        value = null!;
        error = $"'{field}' is not {Kind switch { ValueKind.Integer => "an integer", ValueKind.Float => "a number", _ => "true or false" }}";
        return false;
    }

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }
}
