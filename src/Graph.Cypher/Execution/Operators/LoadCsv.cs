using System.Text;
using Graph.Cypher.Csv;
using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Where LOAD CSV writes each row: the variable's slot, and the hidden slots linenumber() and file() read.</summary>
internal readonly record struct LoadCsvSlots(int Row, int LineNumber, int File);

/// <summary>
/// LOAD CSV: for each input row, streams the file its URL names (under the import folder) and yields the row once per
/// record, as Neo4j does: fields are strings, empty ones null; with headers the first record names the keys of a map
/// per record (missing fields null, extra ones dropped). A malformed record fails the statement, naming file, line and
/// column. Quotes follow RFC 4180, and <c>\"</c> inside quotes is a quote too (Neo4j's default legacy escaping).
/// </summary>
internal sealed class LoadCsv(Operator input, Evaluator url, bool withHeaders, char terminator, LoadCsvSlots slots, string text) : Operator(input)
{
    public override bool YieldsOwnRows => true;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        foreach (var row in InputRows(context, argument))
        {
            var address = url(row, context);
            var path = ImportFolder.Resolve(address, context.ImportDirectory);
            using var reader = new StreamReader(
                new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan),
                Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var csv = new CsvReader(reader, terminator, backslashEscapesQuote: true);
            string[]? headers = null;
            var unique = true;
            CsvSyntaxError? error;
            if (withHeaders)
            {
                if (!csv.Read(out error))
                {
                    ThrowIfMalformed(error, (string)address!, path);
                    continue;
                }
                headers = Headers(csv);
                unique = headers.Length == headers.Distinct(StringComparer.Ordinal).Count();
            }
            while (csv.Read(out error))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var output = (object?[])row.Clone();
                output[slots.Row] = headers is null ? Fields(csv) : Record(csv, headers, unique);
                output[slots.LineNumber] = csv.Records;
                output[slots.File] = path;
                yield return output;
            }
            ThrowIfMalformed(error, (string)address!, path);
        }
    }

    private static List<object?> Fields(CsvReader csv)
    {
        var fields = new List<object?>(csv.FieldCount);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            fields.Add(Field(csv, i));
        }
        return fields;
    }

    private static object? Field(CsvReader csv, int i) => csv[i].IsEmpty ? null : csv[i].ToString();

    /// <summary>One key array for the whole file; a name written twice keeps its last field, as Neo4j's map does.</summary>
    private static string[] Headers(CsvReader csv)
    {
        var names = new string[csv.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = csv[i].ToString();
        }
        return names;
    }

    private static IReadOnlyDictionary<string, object?> Record(CsvReader csv, string[] headers, bool unique)
    {
        var values = new object?[headers.Length];
        for (var i = 0; i < values.Length && i < csv.FieldCount; i++)
        {
            values[i] = Field(csv, i);
        }
        if (unique)
        {
            return new FixedKeyMap(headers, values);
        }
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Length; i++)
        {
            map[headers[i]] = values[i];
        }
        return map;
    }

    private static void ThrowIfMalformed(CsvSyntaxError? error, string url, string path)
    {
        if (error is not null)
        {
            throw ImportFolder.Failed(
                $"LOAD CSV cannot read {url} ({path}): line {error.Line}, column {error.Column} (field {error.Field}): {error.Message}");
        }
    }

    public override string Describe(GraphSnapshot snapshot) => $"LoadCsv({text})";
}
