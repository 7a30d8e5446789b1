using System.Text.RegularExpressions;
using Gherkin.Ast;

namespace Graph.Cypher.Tests.Tck;

/// <summary>One step of a TCK scenario, with its doc string and table (placeholders of an outline already filled).</summary>
internal sealed record TckStep(string Keyword, string Text, string? DocString, IReadOnlyList<IReadOnlyList<string>>? Table);

/// <summary>
/// One TCK scenario (one row of an outline's examples counts as its own scenario). Id is the feature path
/// relative to the features folder plus the scenario name and example number, stable across runs.
/// </summary>
internal sealed partial record TckScenario(string Id, string Feature, string Name, IReadOnlyList<TckStep> Steps)
{
    public static IEnumerable<TckScenario> Load(string featuresRoot, string featureFile)
    {
        var relative = Path.GetRelativePath(featuresRoot, featureFile).Replace('\\', '/');
        using var reader = new StringReader(File.ReadAllText(featureFile));
        var document = new Gherkin.Parser().Parse(reader);
        var background = document.Feature.Children.OfType<Background>().SelectMany(b => b.Steps).ToList();
        foreach (var scenario in document.Feature.Children.OfType<Scenario>())
        {
            var steps = background.Concat(scenario.Steps).ToList();
            var examples = scenario.Examples.ToList();
            if (examples.Count == 0)
            {
                yield return new TckScenario($"{relative}: {scenario.Name}", relative, scenario.Name, steps.Select(step => Convert(step, new Dictionary<string, string>())).ToList());
                continue;
            }
            var number = 0;
            foreach (var table in examples)
            {
                var header = table.TableHeader.Cells.Select(cell => cell.Value).ToList();
                foreach (var row in table.TableBody)
                {
                    number++;
                    var values = header.Zip(row.Cells.Select(cell => cell.Value)).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);
                    yield return new TckScenario($"{relative}: {scenario.Name} #{number}", relative, $"{scenario.Name} #{number}",
                        steps.Select(step => Convert(step, values)).ToList());
                }
            }
        }
    }

    private static TckStep Convert(Step step, IReadOnlyDictionary<string, string> values)
    {
        string Fill(string text) => values.Count == 0 ? text : Placeholder().Replace(text, match =>
            values.TryGetValue(match.Groups[1].Value, out var value) ? value : match.Value);
        var table = step.DataTable?.Rows.Select(row => (IReadOnlyList<string>)row.Cells.Select(cell => Fill(cell.Value)).ToList()).ToList();
        return new TckStep(step.Keyword.Trim(), Fill(step.Text), step.DocString is null ? null : Fill(step.DocString.Content), table);
    }

    [GeneratedRegex("<([^<>]+)>")]
    private static partial Regex Placeholder();

    public override string ToString() => Id;
}
