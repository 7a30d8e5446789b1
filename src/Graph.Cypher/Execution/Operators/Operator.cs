using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// A pull-based operator: for the rows of its input (or the argument row, at a leaf) it yields rows.
/// Operators hold no run state, so a cached plan runs concurrently; every row is an object?[] of the
/// plan's full width and operators that add values write into a copy.
/// </summary>
internal abstract class Operator(Operator? input)
{
    public Operator? Input { get; } = input;

    public abstract IEnumerable<object?[]> Run(QueryContext context, object?[] argument);

    /// <summary>
    /// True when every row this operator yields is a new array that nothing else reads afterwards (it copied
    /// its input row before adding values), so the next operator may write into it instead of copying again.
    /// </summary>
    public virtual bool YieldsOwnRows => false;

    /// <summary>One line of EXPLAIN output: name and details. The snapshot shows which indexes a seek would use.</summary>
    public abstract string Describe(GraphSnapshot snapshot);

    /// <summary>Nested plans (an OPTIONAL MATCH's or MERGE's), shown indented under this operator.</summary>
    public virtual IEnumerable<Operator> Nested => [];

    protected IEnumerable<object?[]> InputRows(QueryContext context, object?[] argument) =>
        Input is null ? [argument] : Input.Run(context, argument);
}
