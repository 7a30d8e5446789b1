namespace Graph.Cypher.Execution.Functions;

/// <summary>
/// Names of Neo4j 5's built-in functions, lower case. A call to one the engine lacks is a missing feature
/// (FeatureNotSupported, naming it); a call to a name outside this list is the user's mistake, which Neo4j reports
/// as a syntax error ("Unknown function").
/// </summary>
internal static class Neo4jFunctionNames
{
    public static bool Contains(string name) => Names.Contains(name);

    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        // aggregating
        "avg", "collect", "count", "max", "min", "percentilecont", "percentiledisc", "stdev", "stdevp", "sum",
        // database, graph, LOAD CSV
        "db.namefromelementid", "graph.names", "graph.propertiesbyname", "graph.byname", "graph.byelementid", "file", "linenumber",
        // lists and predicates
        "keys", "labels", "nodes", "range", "relationships", "reverse", "tail", "tobooleanlist", "tofloatlist", "tointegerlist",
        "tostringlist", "all", "any", "isempty", "none", "single",
        // numbers, logarithms, trigonometry
        "abs", "ceil", "floor", "isnan", "rand", "round", "sign", "e", "exp", "log", "log10", "sqrt", "acos", "asin", "atan",
        "atan2", "cos", "cot", "cosh", "coth", "degrees", "haversin", "pi", "radians", "sin", "sinh", "tan", "tanh",
        // scalars
        "char_length", "character_length", "coalesce", "elementid", "endnode", "head", "id", "last", "length", "nullif",
        "properties", "randomuuid", "size", "startnode", "timestamp", "toboolean", "tobooleanornull", "tofloat",
        "tofloatornull", "tointeger", "tointegerornull", "type", "valuetype",
        // strings
        "btrim", "left", "lower", "ltrim", "normalize", "replace", "right", "rtrim", "split", "substring", "tolower",
        "tostring", "tostringornull", "toupper", "trim", "upper",
        // spatial and vectors
        "point", "point.distance", "point.withinbbox", "vector.similarity.euclidean", "vector.similarity.cosine",
        // temporal
        "date", "date.realtime", "date.statement", "date.transaction", "date.truncate", "datetime", "datetime.fromepoch",
        "datetime.fromepochmillis", "datetime.realtime", "datetime.statement", "datetime.transaction", "datetime.truncate",
        "localdatetime", "localdatetime.realtime", "localdatetime.statement", "localdatetime.transaction",
        "localdatetime.truncate", "localtime", "localtime.realtime", "localtime.statement", "localtime.transaction",
        "localtime.truncate", "time", "time.realtime", "time.statement", "time.transaction", "time.truncate", "duration",
        "duration.between", "duration.indays", "duration.inmonths", "duration.inseconds", "format",
    };
}
