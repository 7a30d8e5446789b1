namespace Graph.Cypher.Ast;

/// <summary>
/// <c>LOAD CSV [WITH HEADERS] FROM url AS variable [FIELDTERMINATOR 'c']</c>: one row per record of the file, the
/// variable bound to its fields (a list of strings) or, with headers, to a map from the first record's names.
/// </summary>
internal sealed record LoadCsvClause(Position Position, bool WithHeaders, Expression Url, string Variable, char FieldTerminator) : Clause(Position)
{
    public override string Name => "LOAD CSV";
}
