using Graph.Cypher.Ast;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

/// <summary>Schema commands: CREATE CONSTRAINT / INDEX, DROP CONSTRAINT / INDEX, SHOW INDEXES / CONSTRAINTS.</summary>
internal sealed partial class Parser
{
    private CreateIndexStatement ParseCreateIndex()
    {
        var start = Position.Of(ExpectKeyword("CREATE"));
        TryKeyword("RANGE");
        var unique = TryKeyword("CONSTRAINT");
        if (!unique)
        {
            ExpectKeyword("INDEX");
        }
        string? name = null;
        if (!AtKeyword("IF") && !AtKeyword("FOR") && !AtKeyword("ON"))
        {
            name = ExpectName("an index or constraint name, IF NOT EXISTS, FOR or ON");
        }
        var ifNotExists = false;
        if (TryKeyword("IF"))
        {
            ExpectKeyword("NOT");
            ExpectKeyword("EXISTS");
            ifNotExists = true;
        }
        if (!TryKeyword("FOR"))
        {
            ExpectKeyword("ON");
        }
        Expect(TokenKind.LeftParen, "'('");
        var variable = ExpectName("a variable name");
        Expect(TokenKind.Colon, "':' and a label");
        var label = ExpectName("a label name");
        Expect(TokenKind.RightParen, "')'");
        string property;
        if (unique)
        {
            if (!TryKeyword("REQUIRE"))
            {
                ExpectKeyword("ASSERT");
            }
            property = ParseSchemaProperty(variable);
            ExpectKeyword("IS");
            if (!TryKeyword("UNIQUE"))
            {
                throw Unsupported(Current, "Constraints other than IS UNIQUE");
            }
        }
        else
        {
            ExpectKeyword("ON");
            Expect(TokenKind.LeftParen, "'('");
            property = ParseSchemaProperty(variable);
            if (At(TokenKind.Comma))
            {
                throw Unsupported(Current, "Composite indexes");
            }
            Expect(TokenKind.RightParen, "')'");
        }
        return new CreateIndexStatement(start, name, label, property, unique, ifNotExists);
    }

    /// <summary>CREATE FULLTEXT INDEX name [IF NOT EXISTS] FOR (n:A|B) ON EACH [n.p, ...] [OPTIONS {...}].</summary>
    private CreateFullTextIndexStatement ParseCreateFullTextIndex()
    {
        var start = Position.Of(ExpectKeyword("CREATE"));
        ExpectKeyword("FULLTEXT");
        ExpectKeyword("INDEX");
        var name = ExpectName("a full-text index name");
        var ifNotExists = false;
        if (TryKeyword("IF"))
        {
            ExpectKeyword("NOT");
            ExpectKeyword("EXISTS");
            ifNotExists = true;
        }
        ExpectKeyword("FOR");
        Expect(TokenKind.LeftParen, "'('");
        var variable = ExpectName("a variable name");
        Expect(TokenKind.Colon, "':' and a label");
        var labels = new List<string> { ExpectName("a label name") };
        while (TryToken(TokenKind.Pipe))
        {
            labels.Add(ExpectName("a label name"));
        }
        Expect(TokenKind.RightParen, "')'");
        ExpectKeyword("ON");
        ExpectKeyword("EACH");
        Expect(TokenKind.LeftBracket, "'['");
        var properties = new List<string>();
        do
        {
            var token = Current;
            var owner = ExpectName("a property such as n.name");
            if (!string.Equals(owner, variable, StringComparison.Ordinal))
            {
                throw SyntaxErrors.At(token, $"Variable `{owner}` not defined: the property must belong to `{variable}`");
            }
            Expect(TokenKind.Dot, "'.'");
            properties.Add(ExpectName("a property name"));
        }
        while (TryToken(TokenKind.Comma));
        Expect(TokenKind.RightBracket, "']'");
        if (TryKeyword("OPTIONS"))
        {
            ParseMapLiteral();
        }
        return new CreateFullTextIndexStatement(start, name, labels, properties, ifNotExists);
    }

    private string ParseSchemaProperty(string variable)
    {
        var token = Current;
        var owner = ExpectName("a property such as n.id");
        if (!string.Equals(owner, variable, StringComparison.Ordinal))
        {
            throw SyntaxErrors.At(token, $"Variable `{owner}` not defined: the property must belong to `{variable}`");
        }
        Expect(TokenKind.Dot, "'.'");
        var property = ExpectName("a property name");
        if (At(TokenKind.Comma))
        {
            throw Unsupported(Current, "Composite indexes and constraints");
        }
        return property;
    }

    private DropIndexStatement ParseDropIndex()
    {
        var start = Position.Of(ExpectKeyword("DROP"));
        var constraint = TryKeyword("CONSTRAINT");
        if (!constraint)
        {
            if (!AtKeyword("INDEX"))
            {
                throw SyntaxErrors.Unexpected(Current, "'CONSTRAINT' or 'INDEX'");
            }
            Advance();
        }
        var name = ExpectName("an index or constraint name");
        var ifExists = false;
        if (TryKeyword("IF"))
        {
            ExpectKeyword("EXISTS");
            ifExists = true;
        }
        return new DropIndexStatement(start, name, constraint, ifExists);
    }

    private ShowIndexesStatement ParseShow()
    {
        var start = Position.Of(ExpectKeyword("SHOW"));
        TryKeyword("ALL");
        if (TryKeyword("INDEXES") || TryKeyword("INDEX"))
        {
            return new ShowIndexesStatement(start, false);
        }
        if (TryKeyword("CONSTRAINTS") || TryKeyword("CONSTRAINT"))
        {
            return new ShowIndexesStatement(start, true);
        }
        throw Unsupported(Current, "SHOW " + Current.Text);
    }
}
