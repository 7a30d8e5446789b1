using System.Globalization;
using System.Text.Json;

namespace Graph.Bench.Kuzu;

/// <summary>
/// Whether two engines gave the same answer: the same rows in the same order (every query orders completely), values
/// compared as text after numbers are normalised (Kuzu's Node API gives doubles where the embedded engine gives longs).
/// Column names are not compared: each dialect names its own.
/// </summary>
internal static class AnswerComparison
{
    public static bool Same(JsonElement[][] left, JsonElement[][] right) =>
        left.Length == right.Length && left.Zip(right).All(pair => Row(pair.First) == Row(pair.Second));

    public static string Describe(JsonElement[][] rows) =>
        rows.Length == 0 ? "  (no rows)" : string.Join(Environment.NewLine, rows.Select(row => "  " + Row(row)));

    private static string Row(JsonElement[] row) => string.Join(" | ", row.Select(Value));

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };
}
