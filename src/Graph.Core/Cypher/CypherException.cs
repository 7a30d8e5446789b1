namespace Graph.Core.Cypher;

/// <summary>
/// A statement failed. <see cref="Code"/> is a Neo4j status code (e.g. Neo.ClientError.Statement.SyntaxError)
/// so callers handle both backends alike; Line/Column (1-based) point into the query where known.
/// </summary>
public class CypherException : Exception
{
    public CypherException(string code, string message, int? line = null, int? column = null, int? offset = null, Exception? inner = null)
        : base(Describe(message, line, column), inner)
    {
        Code = code;
        Detail = message;
        Line = line;
        Column = column;
        Offset = offset;
    }

    public string Code { get; }

    /// <summary>The message without the position suffix.</summary>
    public string Detail { get; }

    public int? Line { get; }

    public int? Column { get; }

    /// <summary>0-based character offset into the query.</summary>
    public int? Offset { get; }

    /// <summary>Client errors are the caller's fault and must not be retried.</summary>
    public bool IsClientError => Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal);

    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);

    private static string Describe(string message, int? line, int? column) =>
        line is null ? message : $"{message} (line {line}, column {column})";
}

/// <summary>The status codes this project raises; the same strings Neo4j returns.</summary>
public static class CypherErrorCodes
{
    public const string SyntaxError = "Neo.ClientError.Statement.SyntaxError";
    public const string SemanticError = "Neo.ClientError.Statement.SemanticError";
    public const string TypeError = "Neo.ClientError.Statement.TypeError";
    public const string ArgumentError = "Neo.ClientError.Statement.ArgumentError";
    public const string ParameterMissing = "Neo.ClientError.Statement.ParameterMissing";
    public const string EntityNotFound = "Neo.ClientError.Statement.EntityNotFound";
    public const string AccessMode = "Neo.ClientError.Statement.AccessMode";
    public const string ConstraintValidationFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";
    public const string DeleteAttachedNode = "Neo.ClientError.Schema.ConstraintValidationFailed";
    public const string ProcedureNotFound = "Neo.ClientError.Procedure.ProcedureNotFound";

    /// <summary>LOAD CSV could not read its file: not there, outside the import folder, or not well-formed CSV.</summary>
    public const string ExternalResourceFailed = "Neo.ClientError.Statement.ExternalResourceFailed";

    /// <summary>A procedure's implementation threw: the statement fails, its cause in the message.</summary>
    public const string ProcedureCallFailed = "Neo.ClientError.Procedure.ProcedureCallFailed";

    /// <summary>Neo4j accepts it but the embedded engine does not implement it (yet): never a wrong answer.</summary>
    public const string Unsupported = "Neo.ClientError.Statement.FeatureNotSupported";

    public const string DatabaseUnavailable = "Neo.TransientError.General.DatabaseUnavailable";
}
