using Graph.Cypher.Ast;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

/// <summary>LOAD CSV and the transaction batching Neo4j offers around it, which the embedded engine refuses by name.</summary>
internal sealed partial class Parser
{
    private LoadCsvClause ParseLoadCsv(Position position)
    {
        ExpectKeyword("CSV");
        var withHeaders = false;
        if (TryKeyword("WITH"))
        {
            ExpectKeyword("HEADERS");
            withHeaders = true;
        }
        ExpectKeyword("FROM");
        var url = ParseExpression();
        ExpectKeyword("AS");
        var variable = ExpectName("a variable name");
        var terminator = ',';
        if (AtKeyword("FIELDTERMINATOR"))
        {
            Advance();
            var literal = Expect(TokenKind.String, "a string literal (the field terminator, e.g. ';' or '\\t')");
            var text = (string)literal.Value!;
            if (text.Length != 1)
            {
                // Neo4j's wording; a tab is written '\t' and any character as '\uXXXX'.
                throw Graph.Cypher.Execution.RuntimeErrors.Semantic("CSV field terminator can only be one character wide", Position.Of(literal));
            }
            terminator = text[0];
        }
        return new LoadCsvClause(position, withHeaders, url, variable, terminator);
    }
}
