using Graph.Core.Cypher;
using Graph.Cypher.Procedures;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Tests.Procedures;

/// <summary>Procedures the procedure tests register beside the built-in ones.</summary>
internal static class TestProcedures
{
    /// <summary>test.repeat(text :: STRING?, times = 2 :: INTEGER?) :: (index :: INTEGER?, value :: STRING?): one row per repetition.</summary>
    public static Procedure Repeat { get; } = new("test.repeat",
        [new ProcedureInput("text", CypherType.String), ProcedureInput.Optional("times", CypherType.Integer, 2)],
        [new ProcedureOutput("index", CypherType.Integer), new ProcedureOutput("value", CypherType.String)],
        invocation => Enumerable.Range(1, (int)(long)invocation["times"]!)
            .Select(i => (IReadOnlyList<object?>)[(long)i, invocation["text"]]));

    /// <summary>test.outgoing(node :: NODE?) :: (target :: NODE?): the nodes its outgoing relationships reach.</summary>
    public static Procedure Outgoing { get; } = new("test.outgoing",
        [new ProcedureInput("node", CypherType.Node)],
        [new ProcedureOutput("target", CypherType.Node)],
        invocation => invocation["node"] is CypherNode node
            ? invocation.Graph.Relationships(long.Parse(node.ElementId, System.Globalization.CultureInfo.InvariantCulture), Direction.Outgoing)
                .Select(relationship => (IReadOnlyList<object?>)[new CypherNode(relationship.EndId.ToString(System.Globalization.CultureInfo.InvariantCulture), [], new Dictionary<string, object?>())])
            : []);

    /// <summary>test.fail() :: (x :: INTEGER?): its body throws.</summary>
    public static Procedure Fail { get; } = new("test.fail", [], [new ProcedureOutput("x", CypherType.Integer)],
        _ => throw new InvalidOperationException("the disk is on fire"));

    public static ProcedureRegistry Registry(params Procedure[] more) =>
        new[] { Repeat, Outgoing, Fail }.Concat(more).Aggregate(ProcedureRegistry.BuiltIn, (registry, procedure) => registry.With(procedure));
}
