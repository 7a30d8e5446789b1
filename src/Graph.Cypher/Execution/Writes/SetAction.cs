using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Evaluation;

namespace Graph.Cypher.Execution.Writes;

/// <summary>One compiled item of SET, REMOVE, ON CREATE SET or ON MATCH SET.</summary>
internal abstract record SetAction(Evaluator Target, Position Position, string Text)
{
    public abstract void Apply(object?[] row, QueryContext context);
}

/// <summary><c>n.key = value</c>; REMOVE n.key is a null value.</summary>
internal sealed record SetPropertyAction(Evaluator Target, string Key, Evaluator Value, Position Position, string Text) : SetAction(Target, Position, Text)
{
    public override void Apply(object?[] row, QueryContext context) =>
        PropertyWrites.Set(context, Target(row, context), Key, Value(row, context), Position);
}

/// <summary><c>n = map</c> or <c>n += map</c>.</summary>
internal sealed record SetAllPropertiesAction(Evaluator Target, Evaluator Value, bool Merge, Position Position, string Text) : SetAction(Target, Position, Text)
{
    public override void Apply(object?[] row, QueryContext context) =>
        PropertyWrites.SetAll(context, Target(row, context), Value(row, context), Merge, Position);
}

/// <summary><c>SET n:A:B</c> (Add) or <c>REMOVE n:A:B</c>.</summary>
internal sealed record LabelsAction(Evaluator Target, IReadOnlyList<string> Labels, bool Add, Position Position, string Text) : SetAction(Target, Position, Text)
{
    public override void Apply(object?[] row, QueryContext context) =>
        PropertyWrites.Labels(context, Target(row, context), Labels, Add, Position);
}
