using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

/// <summary>
/// How deep a statement may nest. The parser and every stage after it (semantics, planning, evaluation) recurse once
/// per level of the tree, so `RETURN ((((…1))))` 500 deep used to overflow the stack and kill the whole process
/// (the service too, through the console). Refusing such input here, with its position, keeps every stage bounded.
/// Real queries nest a handful of levels; the limits sit well below what a 1 MB thread stack survives.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Brackets, subqueries and prefix operators, counted along one branch of the tree.</summary>
    public const int MaxNesting = 100;

    /// <summary>
    /// Binary and postfix operators in a row (`a OR b OR …`, `m.a.b…`). Each adds a level to the tree too, but a cheaper
    /// one than a bracket, and generated filters with a few hundred terms are real queries.
    /// </summary>
    public const int MaxOperatorsInARow = 500;

    /// <summary>Clauses in the whole statement, subqueries included (each wraps the plan of the ones before it).</summary>
    public const int MaxClauses = 1000;

    /// <summary>Relationships in one path pattern.</summary>
    public const int MaxPathLength = 1000;

    /// <summary>One budget for both: a level of nesting costs as much as this many operators in a row.</summary>
    private const int LevelCost = MaxOperatorsInARow / MaxNesting;

    private int _nesting;
    private int _clauses;

    /// <summary>Goes one level deeper at the current token; returns the level before, for the caller to restore.</summary>
    private int Deeper() => Spend(LevelCost);

    /// <summary>One more operator in a row at the current token.</summary>
    private int InARow() => Spend(1);

    private int Spend(int cost)
    {
        if (_nesting + cost > MaxOperatorsInARow)
        {
            throw SyntaxErrors.At(Current, $"Invalid input {Current.Describe()}: the expression nests too deeply (more than {MaxNesting} levels of brackets, subqueries or prefix operators, or {MaxOperatorsInARow} operators in a row)");
        }
        var before = _nesting;
        _nesting += cost;
        return before;
    }

    private void CountClause(Token at)
    {
        if (++_clauses > MaxClauses)
        {
            throw SyntaxErrors.At(at, $"Invalid input {at.Describe()}: the statement has more than {MaxClauses} clauses");
        }
    }
}
