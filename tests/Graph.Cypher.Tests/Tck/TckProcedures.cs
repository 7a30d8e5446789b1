using System.Text.RegularExpressions;
using Graph.Cypher.Procedures;

namespace Graph.Cypher.Tests.Tck;

/// <summary>
/// The TCK's "there exists a procedure name(inputs) :: (outputs):" steps: a procedure whose data table lists, per row,
/// input values then the outputs a call with those inputs yields.
/// </summary>
internal static partial class TckProcedures
{
    public static bool IsDeclaration(string stepText) => stepText.StartsWith("there exists a procedure ", StringComparison.Ordinal);

    /// <summary>The built-in procedures plus the ones the scenario's steps declare.</summary>
    public static ProcedureRegistry Registry(IEnumerable<TckStep> steps) =>
        steps.Where(step => IsDeclaration(step.Text)).Aggregate(ProcedureRegistry.BuiltIn, (registry, step) => registry.With(Declared(step)));

    private static Procedure Declared(TckStep step)
    {
        var match = Declaration().Match(step.Text);
        if (!match.Success)
        {
            throw new FormatException("Unreadable procedure declaration: " + step.Text);
        }
        var inputs = Fields(match.Groups["inputs"].Value).Select(field => new ProcedureInput(field.Name, field.Type)).ToList();
        var outputs = Fields(match.Groups["outputs"].Value).Select(field => new ProcedureOutput(field.Name, field.Type)).ToList();
        var rows = (step.Table ?? []).Skip(1).Where(row => row.Count > 0).Select(row => row.Select(TckValues.Parse).ToList()).ToList();
        return new Procedure(match.Groups["name"].Value, inputs, outputs, invocation => rows
            .Where(row => invocation.Arguments.Select((argument, i) => Equals(argument, row[i])).All(same => same))
            .Select(row => (IReadOnlyList<object?>)row.Skip(inputs.Count).ToList()));
    }

    /// <summary>"name :: TYPE?, other :: TYPE?" (a list type's element type is not checked).</summary>
    private static IEnumerable<(string Name, CypherType Type)> Fields(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(field =>
        {
            var parts = field.Split("::", StringSplitOptions.TrimEntries);
            var typeName = parts[1].Split(' ')[0].TrimEnd('?');
            return (parts[0], Enum.Parse<CypherType>(typeName, ignoreCase: true));
        });

    [GeneratedRegex(@"^there exists a procedure (?<name>[\w.]+)\((?<inputs>[^)]*)\)\s*::\s*\((?<outputs>[^)]*)\)\s*:$")]
    private static partial Regex Declaration();
}
