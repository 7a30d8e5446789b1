using Graph.Cypher.Ast;
using Graph.Cypher.Execution;

namespace Graph.Cypher.Planning;

/// <summary>
/// Neo4j's rule for subquery bodies: a name the body introduces (UNWIND ... AS x, RETURN ... AS x) may not be the name
/// of an outer variable, which stays visible throughout. A pattern naming an outer variable uses it and introduces nothing.
/// </summary>
internal static class Shadowing
{
    public static void Check(SingleQuery body, SlotScope outer)
    {
        foreach (var clause in body.Clauses)
        {
            IEnumerable<string> introduced = clause switch
            {
                UnwindClause unwind => [unwind.Variable],
                LoadCsvClause load => [load.Variable],
                ProjectionClause projection => projection.Projection.Items
                    .Where(item => item.Alias is { } alias && !(item.Expression is Variable variable && variable.Name == alias))
                    .Select(item => item.Alias!),
                _ => [],
            };
            if (introduced.FirstOrDefault(outer.Contains) is { } shadowed)
            {
                throw RuntimeErrors.Semantic(
                    $"The variable `{shadowed}` is shadowing a variable with the same name from the outer scope and needs to be renamed", clause.Position);
            }
        }
    }
}
