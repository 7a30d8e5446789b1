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
    /// <summary>Brackets, subqueries, prefix operators and operators in a row, counted along one branch of the tree.</summary>
    public const int MaxNesting = 100;

    /// <summary>Clauses in the whole statement, subqueries included (each wraps the plan of the ones before it).</summary>
    public const int MaxClauses = 1000;

    /// <summary>Relationships in one path pattern.</summary>
    public const int MaxPathLength = 1000;

    private int _nesting;
    private int _clauses;

    /// <summary>Goes one level deeper at the current token; returns the level before, for the caller to restore.</summary>
    private int Deeper()
    {
        if (_nesting >= MaxNesting)
        {
            throw SyntaxErrors.At(Current, $"Invalid input {Current.Describe()}: the expression nests more than {MaxNesting} levels deep (brackets, subqueries, operators in a row)");
        }
        return _nesting++;
    }

    private void CountClause(Token at)
    {
        if (++_clauses > MaxClauses)
        {
            throw SyntaxErrors.At(at, $"Invalid input {at.Describe()}: the statement has more than {MaxClauses} clauses");
        }
    }
}
