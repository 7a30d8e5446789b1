using Graph.Cypher.Ast;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

/// <summary>
/// Hand-written recursive-descent parser from tokens to an immutable AST. Errors are SyntaxErrors naming
/// what was found, what was expected, and the line and column. This file: statements and clauses.
/// </summary>
internal sealed partial class Parser
{
    private const string ClauseStart = "one of: CALL, CREATE, DELETE, DETACH, DROP, EXPLAIN, LOAD, MATCH, MERGE, OPTIONAL, REMOVE, RETURN, SET, SHOW, UNWIND, WITH";

    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private int _index;

    private Parser(string text)
    {
        _text = text;
        _tokens = Lexer.Tokenize(text);
    }

    public static Statement Parse(string text) => new Parser(text).ParseStatement();

    private Token Current => _tokens[_index];

    private Token PeekToken(int ahead = 1) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    /// <summary>End offset of the last consumed token, for the text of projection items.</summary>
    private int PreviousEnd => _index == 0 ? 0 : _tokens[_index - 1].Offset + _tokens[_index - 1].Text.Length;

    private Token Advance() => _tokens[_index++];

    private bool At(TokenKind kind) => Current.Kind == kind;

    private bool AtKeyword(string keyword) => Current.IsKeyword(keyword);

    private bool AtKeywords(string first, string second) => Current.IsKeyword(first) && PeekToken().IsKeyword(second);

    private bool TryKeyword(string keyword)
    {
        if (!AtKeyword(keyword))
        {
            return false;
        }
        _index++;
        return true;
    }

    private Token ExpectKeyword(string keyword)
    {
        if (!AtKeyword(keyword))
        {
            throw SyntaxErrors.Unexpected(Current, $"'{keyword}'");
        }
        return Advance();
    }

    private bool TryToken(TokenKind kind)
    {
        if (!At(kind))
        {
            return false;
        }
        _index++;
        return true;
    }

    private Token Expect(TokenKind kind, string what)
    {
        if (!At(kind))
        {
            throw SyntaxErrors.Unexpected(Current, what);
        }
        return Advance();
    }

    /// <summary>A name: identifier or `escaped`. Keywords are allowed where a name is expected.</summary>
    private string ExpectName(string what)
    {
        if (At(TokenKind.Identifier) || At(TokenKind.EscapedIdentifier))
        {
            var token = Advance();
            return token.Kind == TokenKind.EscapedIdentifier ? (string)token.Value! : token.Text;
        }
        throw SyntaxErrors.Unexpected(Current, what);
    }

    private bool AtName => At(TokenKind.Identifier) || At(TokenKind.EscapedIdentifier);

    private Statement ParseStatement()
    {
        var explain = false;
        if (TryKeyword("EXPLAIN"))
        {
            explain = true;
        }
        else if (AtKeyword("PROFILE"))
        {
            throw Unsupported(Current, "PROFILE");
        }
        var start = Current;
        Statement statement;
        if (AtKeyword("CREATE") && (PeekToken().IsKeyword("CONSTRAINT") || PeekToken().IsKeyword("INDEX")
            || (PeekToken().IsKeyword("RANGE") && PeekToken(2).IsKeyword("INDEX"))))
        {
            statement = ParseCreateIndex();
        }
        else if (AtKeyword("CREATE") && PeekToken().IsKeyword("FULLTEXT"))
        {
            statement = ParseCreateFullTextIndex();
        }
        else if (AtKeyword("DROP"))
        {
            statement = ParseDropIndex();
        }
        else if (AtKeyword("SHOW"))
        {
            statement = ParseShow();
        }
        else
        {
            statement = ParseQuery();
        }
        TryToken(TokenKind.Semicolon);
        if (!At(TokenKind.End))
        {
            throw SyntaxErrors.Unexpected(Current, statement is QueryStatement ? ClauseStart + ", UNION or end of input" : "end of input");
        }
        var parameters = _tokens.Where(token => token.Kind == TokenKind.Parameter).Select(token => (string)token.Value!).Distinct().ToList();
        return statement with { Explain = explain, Position = Position.Of(start), Parameters = parameters };
    }

    private QueryStatement ParseQuery()
    {
        var start = Position.Of(Current);
        var parts = new List<SingleQuery> { ParseSingleQuery() };
        var unionAll = new List<bool>();
        while (TryKeyword("UNION"))
        {
            unionAll.Add(TryKeyword("ALL"));
            if (!unionAll[^1])
            {
                TryKeyword("DISTINCT");
            }
            parts.Add(ParseSingleQuery());
        }
        return new QueryStatement(start, parts, unionAll);
    }

    private SingleQuery ParseSingleQuery()
    {
        var start = Position.Of(Current);
        var clauses = new List<Clause>();
        while (true)
        {
            var token = Current;
            var clause = TryParseClause();
            if (clause is null)
            {
                break;
            }
            CountClause(token);
            clauses.Add(clause);
            if (clause is ProjectionClause { IsReturn: true })
            {
                break;
            }
        }
        if (clauses.Count == 0)
        {
            throw SyntaxErrors.Unexpected(Current, ClauseStart);
        }
        return new SingleQuery(start, clauses);
    }

    private Clause? TryParseClause()
    {
        var token = Current;
        var position = Position.Of(token);
        if (token.Kind != TokenKind.Identifier)
        {
            return null;
        }
        switch (token.Text.ToUpperInvariant())
        {
            case "MATCH":
                Advance();
                return ParseMatch(position, optional: false);
            case "OPTIONAL" when PeekToken().IsKeyword("CALL"):
                throw Unsupported(token, "OPTIONAL CALL");
            case "OPTIONAL":
                Advance();
                ExpectKeyword("MATCH");
                return ParseMatch(position, optional: true);
            case "UNWIND":
                Advance();
                var source = ParseExpression();
                ExpectKeyword("AS");
                return new UnwindClause(position, source, ExpectName("a variable name"));
            case "WITH":
                Advance();
                var projection = ParseProjection();
                var where = TryKeyword("WHERE") ? ParseExpression() : null;
                return new ProjectionClause(position, false, projection, where);
            case "RETURN":
                Advance();
                return new ProjectionClause(position, true, ParseProjection(), null);
            case "CREATE":
                Advance();
                return new CreateClause(position, ParsePatternList());
            case "MERGE":
                Advance();
                return ParseMerge(position);
            case "SET":
                Advance();
                return new SetClause(position, ParseSetItems());
            case "REMOVE":
                Advance();
                return new RemoveClause(position, ParseRemoveItems());
            case "DELETE":
                Advance();
                return new DeleteClause(position, false, ParseExpressionList());
            case "DETACH":
                Advance();
                ExpectKeyword("DELETE");
                return new DeleteClause(position, true, ParseExpressionList());
            case "CALL" when PeekToken().Kind is TokenKind.LeftBrace or TokenKind.LeftParen:
                Advance();
                return ParseSubqueryCall(position);
            case "CALL":
                Advance();
                return ParseCall(position);
            case "LOAD" when PeekToken().IsKeyword("CSV"):
                Advance();
                return ParseLoadCsv(position);
            case "USING" when PeekToken().IsKeyword("PERIODIC"):
                throw Unsupported(token, "USING PERIODIC COMMIT (batching a LOAD CSV into several transactions)");
            case "FOREACH" or "LOAD" or "USE" or "FINISH":
                throw Unsupported(token, $"The {token.Text.ToUpperInvariant()} clause");
            default:
                return null;
        }
    }

    private MatchClause ParseMatch(Position position, bool optional)
    {
        var patterns = ParsePatternList();
        var where = TryKeyword("WHERE") ? ParseExpression() : null;
        return new MatchClause(position, optional, patterns, where);
    }

    private MergeClause ParseMerge(Position position)
    {
        var pattern = ParsePathPattern();
        var onCreate = new List<SetItem>();
        var onMatch = new List<SetItem>();
        while (AtKeyword("ON"))
        {
            Advance();
            if (TryKeyword("CREATE"))
            {
                ExpectKeyword("SET");
                onCreate.AddRange(ParseSetItems());
            }
            else if (TryKeyword("MATCH"))
            {
                ExpectKeyword("SET");
                onMatch.AddRange(ParseSetItems());
            }
            else
            {
                throw SyntaxErrors.Unexpected(Current, "'CREATE' or 'MATCH'");
            }
        }
        return new MergeClause(position, pattern, onCreate, onMatch);
    }

    private Projection ParseProjection()
    {
        var distinct = TryKeyword("DISTINCT");
        var star = false;
        var items = new List<ProjectionItem>();
        if (TryToken(TokenKind.Star))
        {
            star = true;
            if (!TryToken(TokenKind.Comma))
            {
                return FinishProjection(distinct, star, items);
            }
        }
        do
        {
            var startOffset = Current.Offset;
            var expression = ParseExpression();
            var text = _text[startOffset..PreviousEnd];
            string? alias = null;
            if (TryKeyword("AS"))
            {
                alias = ExpectName("an alias name");
            }
            items.Add(new ProjectionItem(expression, alias, text));
        }
        while (TryToken(TokenKind.Comma));
        return FinishProjection(distinct, star, items);
    }

    private Projection FinishProjection(bool distinct, bool star, List<ProjectionItem> items)
    {
        var orderBy = new List<SortItem>();
        if (AtKeywords("ORDER", "BY"))
        {
            _index += 2;
            do
            {
                var expression = ParseExpression();
                var descending = false;
                if (TryKeyword("DESC") || TryKeyword("DESCENDING"))
                {
                    descending = true;
                }
                else if (!TryKeyword("ASC"))
                {
                    TryKeyword("ASCENDING");
                }
                orderBy.Add(new SortItem(expression, descending));
            }
            while (TryToken(TokenKind.Comma));
        }
        var skip = TryKeyword("SKIP") || TryKeyword("OFFSET") ? ParseExpression() : null;
        var limit = TryKeyword("LIMIT") ? ParseExpression() : null;
        return new Projection(distinct, star, items, orderBy, skip, limit);
    }

    private List<Expression> ParseExpressionList()
    {
        var list = new List<Expression>();
        do
        {
            list.Add(ParseExpression());
        }
        while (TryToken(TokenKind.Comma));
        return list;
    }

    private List<SetItem> ParseSetItems()
    {
        var items = new List<SetItem>();
        do
        {
            var position = Position.Of(Current);
            var target = ParseAtomWithPostfix(allowLabels: false);
            if (target is Variable variable && At(TokenKind.Colon))
            {
                items.Add(new SetLabels(position, variable, ParseLabels()));
            }
            else if (target is Variable whole && (At(TokenKind.Equals) || At(TokenKind.PlusEquals)))
            {
                var merge = Advance().Kind == TokenKind.PlusEquals;
                items.Add(new SetAllProperties(position, whole, ParseExpression(), merge));
            }
            else if (target is PropertyAccess property)
            {
                Expect(TokenKind.Equals, "'='");
                items.Add(new SetProperty(position, property, ParseExpression()));
            }
            else
            {
                throw SyntaxErrors.Unexpected(Current, "'=', '+=' or a label");
            }
        }
        while (TryToken(TokenKind.Comma));
        return items;
    }

    private List<SetItem> ParseRemoveItems()
    {
        var items = new List<SetItem>();
        do
        {
            var position = Position.Of(Current);
            var target = ParseAtomWithPostfix(allowLabels: false);
            if (target is Variable variable && At(TokenKind.Colon))
            {
                items.Add(new SetLabels(position, variable, ParseLabels()));
            }
            else if (target is PropertyAccess property)
            {
                items.Add(new SetProperty(position, property, null));
            }
            else
            {
                throw SyntaxErrors.Unexpected(Current, "a property (n.key) or labels (n:Label)");
            }
        }
        while (TryToken(TokenKind.Comma));
        return items;
    }

    private List<string> ParseLabels()
    {
        var labels = new List<string>();
        while (TryToken(TokenKind.Colon))
        {
            labels.Add(ExpectName("a label name"));
        }
        return labels;
    }

    private static Graph.Core.Cypher.CypherException Unsupported(Token token, string feature) =>
        new(Graph.Core.Cypher.CypherErrorCodes.Unsupported,
            $"{feature} is not supported by the embedded engine", token.Line, token.Column, token.Offset);
}
