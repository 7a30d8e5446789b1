using System.Collections.Immutable;
using Graph.Cypher.Csv;

namespace Graph.Cypher.Storage.Csv;

/// <summary>
/// Reads node and relationship CSV files with neo4j-admin import headers into a <see cref="BulkLoad"/>, one record at a
/// time. Node files come first: a relationship names its ends by the values of their <c>:ID</c> columns (within an id
/// space when the column names one). The first bad record stops the load with an error naming file, line and column.
/// </summary>
internal sealed class CsvGraphLoader(BulkLoad load, char delimiter)
{
    private readonly Dictionary<string, Dictionary<string, long>> _idSpaces = new(StringComparer.Ordinal);
    // Where each node came from, to name the first of two nodes with the same id.
    private readonly List<(long FirstNode, string File)> _nodeFiles = [];
    private readonly List<int> _nodeLines = [];
    private readonly List<KeyValuePair<string, object>> _properties = [];
    private long _firstNode = -1;

    public LoadError? LoadNodes(InputFile input, int expectedRows)
    {
        using var reader = new StreamReader(input.Path);
        var csv = new CsvReader(reader, delimiter);
        if (ReadHeader(input, csv, out var columns) is { } headerError)
        {
            return headerError;
        }
        var id = Array.FindIndex(columns, c => c.Role == ColumnRole.Id);
        if (id < 0)
        {
            return new LoadError(input.Path, 1, null, null, "the required :ID column is missing (a node file's header names one, e.g. id:ID)");
        }
        if (Misplaced(input, columns, ColumnRole.StartId, ColumnRole.EndId, ColumnRole.Type) is { } misplaced)
        {
            return misplaced;
        }
        var ids = IdSpace(columns[id].IdSpace, expectedRows);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var labels = new LabelSets(input.PrefixLabels);
        _nodeFiles.Add((load.NodeCount, input.Path));
        CsvSyntaxError? syntax;
        while (csv.Read(out syntax))
        {
            if (FieldCount(input, csv, columns) is { } countError)
            {
                return countError;
            }
            var key = csv[id];
            if (key.IsEmpty)
            {
                return At(input, csv, columns, id, "the node has no id");
            }
            if (lookup.TryGetValue(key, out var existing))
            {
                var (file, line) = Origin(existing);
                return At(input, csv, columns, id, $"id '{key}' is already the id of the node on line {line} of {file}");
            }
            _properties.Clear();
            var nodeLabels = labels.Without;
            for (var i = 0; i < columns.Length; i++)
            {
                var column = columns[i];
                if (column.Role == ColumnRole.Label)
                {
                    nodeLabels = labels.With(csv[i]);
                }
                else if (AddProperty(input, csv, columns, i) is { } propertyError)
                {
                    return propertyError;
                }
            }
            var node = load.AddNode(nodeLabels, _properties);
            if (_firstNode < 0)
            {
                _firstNode = node;
            }
            lookup[key] = node;
            _nodeLines.Add(csv.Line);
        }
        return syntax is null ? null : Syntax(input, csv, syntax);
    }

    public LoadError? LoadRelationships(InputFile input)
    {
        using var reader = new StreamReader(input.Path);
        var csv = new CsvReader(reader, delimiter);
        if (ReadHeader(input, csv, out var columns) is { } headerError)
        {
            return headerError;
        }
        var start = Array.FindIndex(columns, c => c.Role == ColumnRole.StartId);
        var end = Array.FindIndex(columns, c => c.Role == ColumnRole.EndId);
        var type = Array.FindIndex(columns, c => c.Role == ColumnRole.Type);
        var missing = new[] { (start, ":START_ID"), (end, ":END_ID"), (type < 0 && input.Prefix is null ? -1 : 0, ":TYPE") }
            .Where(c => c.Item1 < 0).Select(c => c.Item2).ToArray();
        if (missing.Length > 0)
        {
            return new LoadError(input.Path, 1, null, null,
                $"the required {string.Join(" and ", missing)} column{(missing.Length > 1 ? "s are" : " is")} missing (a relationship file's header names :START_ID, :END_ID and :TYPE, or the type comes as TYPE={input.Path})");
        }
        if (Misplaced(input, columns, ColumnRole.Id, ColumnRole.Label) is { } misplaced)
        {
            return misplaced;
        }
        var starts = IdSpace(columns[start].IdSpace, 0).GetAlternateLookup<ReadOnlySpan<char>>();
        var ends = IdSpace(columns[end].IdSpace, 0).GetAlternateLookup<ReadOnlySpan<char>>();
        var types = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        CsvSyntaxError? syntax;
        while (csv.Read(out syntax))
        {
            if (FieldCount(input, csv, columns) is { } countError)
            {
                return countError;
            }
            if (!starts.TryGetValue(csv[start], out var startNode))
            {
                return At(input, csv, columns, start, UnknownId(csv[start], columns[start].IdSpace));
            }
            if (!ends.TryGetValue(csv[end], out var endNode))
            {
                return At(input, csv, columns, end, UnknownId(csv[end], columns[end].IdSpace));
            }
            var typeName = input.Prefix!;
            if (type >= 0 && !csv[type].IsEmpty)
            {
                if (!types.TryGetValue(csv[type], out typeName))
                {
                    typeName = csv[type].ToString();
                    types[typeName] = typeName;
                }
            }
            else if (typeName is null)
            {
                return At(input, csv, columns, type, "the relationship has no type");
            }
            _properties.Clear();
            for (var i = 0; i < columns.Length; i++)
            {
                if (AddProperty(input, csv, columns, i) is { } propertyError)
                {
                    return propertyError;
                }
            }
            load.AddRelationship(startNode, endNode, typeName, _properties);
        }
        return syntax is null ? null : Syntax(input, csv, syntax);
    }

    private static LoadError? ReadHeader(InputFile input, CsvReader csv, out CsvColumn[] columns)
    {
        columns = [];
        if (!csv.Read(out var syntax))
        {
            return syntax is null
                ? new LoadError(input.Path, 1, null, null, "the file is empty: the first line must be the header")
                : Syntax(input, csv, syntax);
        }
        var parsed = new CsvColumn[csv.FieldCount];
        for (var i = 0; i < parsed.Length; i++)
        {
            var header = csv[i].ToString();
            if (!CsvColumn.TryParse(header, out var column, out var error))
            {
                return new LoadError(input.Path, csv.Line, i + 1, null, error!);
            }
            if (column.Role is not (ColumnRole.Property or ColumnRole.Ignore) && parsed.Take(i).Any(c => c.Role == column.Role))
            {
                return new LoadError(input.Path, csv.Line, i + 1, header, $"a second {header} column");
            }
            parsed[i] = column;
        }
        columns = parsed;
        return null;
    }

    private static LoadError? Misplaced(InputFile input, CsvColumn[] columns, params ColumnRole[] roles)
    {
        var at = Array.FindIndex(columns, c => roles.Contains(c.Role));
        return at < 0 ? null : new LoadError(input.Path, 1, at + 1, columns[at].Header,
            roles.Contains(ColumnRole.Id) ? "a node column in a relationship file" : "a relationship column in a node file");
    }

    private static LoadError? FieldCount(InputFile input, CsvReader csv, CsvColumn[] columns) =>
        csv.FieldCount == columns.Length ? null : new LoadError(input.Path, csv.Line, Math.Min(csv.FieldCount, columns.Length) + 1, null,
            $"{csv.FieldCount} field{(csv.FieldCount == 1 ? "" : "s")} where the header has {columns.Length}");

    /// <summary>Adds the column's value to the record's properties when it is a property (or a named id) and not empty.</summary>
    private LoadError? AddProperty(InputFile input, CsvReader csv, CsvColumn[] columns, int i)
    {
        var column = columns[i];
        var field = csv[i];
        if (field.IsEmpty || column.Name.Length == 0 || column.Role is not (ColumnRole.Property or ColumnRole.Id))
        {
            return null;
        }
        if (!column.TryConvert(field, out var value, out var error))
        {
            return At(input, csv, columns, i, error!);
        }
        _properties.Add(new(column.Name, value));
        return null;
    }

    private Dictionary<string, long> IdSpace(string name, int capacity)
    {
        if (!_idSpaces.TryGetValue(name, out var ids))
        {
            _idSpaces.Add(name, ids = new Dictionary<string, long>(capacity, StringComparer.Ordinal));
        }
        return ids;
    }

    private (string File, int Line) Origin(long node)
    {
        var file = _nodeFiles.FindLast(f => f.FirstNode <= node - _firstNode).File;
        return (file, _nodeLines[(int)(node - _firstNode)]);
    }

    private static string UnknownId(ReadOnlySpan<char> id, string space) =>
        $"no node has id '{id}'{(space.Length > 0 ? $" in id space {space}" : "")}";

    /// <summary>A malformed record, reported on the line it starts on, its field numbered as a column.</summary>
    private static LoadError Syntax(InputFile input, CsvReader csv, CsvSyntaxError error) =>
        new(input.Path, Math.Max(csv.Line, 1), null, null, $"column {error.Field}: {error.Message}");

    private static LoadError At(InputFile input, CsvReader csv, CsvColumn[] columns, int column, string message) =>
        new(input.Path, csv.Line, column + 1, columns[column].Header, message);

    /// <summary>One label array per distinct :LABEL field of a file (with the file's own labels), shared by its nodes.</summary>
    private sealed class LabelSets(string[] prefix)
    {
        private readonly Dictionary<string, ImmutableArray<string>> _sets = new(StringComparer.Ordinal);

        public ImmutableArray<string> Without { get; } = [.. prefix.Distinct(StringComparer.Ordinal)];

        public ImmutableArray<string> With(ReadOnlySpan<char> field)
        {
            var lookup = _sets.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(field, out var labels))
            {
                return labels;
            }
            var text = field.ToString();
            labels = [.. prefix.Concat(text.Split(CsvColumn.ArrayDelimiter, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];
            _sets[text] = labels;
            return labels;
        }
    }
}
