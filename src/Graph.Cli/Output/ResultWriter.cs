using Graph.Core.Cypher;

namespace Graph.Cli.Output;

public enum ResultFormat
{
    Table,
    Json,
    Csv,
}

/// <summary>Prints a statement's result in the chosen format.</summary>
internal abstract class ResultWriter
{
    public abstract void Write(CypherResult result);

    public static ResultWriter For(ResultFormat format, CliConsole console) => format switch
    {
        ResultFormat.Json => new JsonResultWriter(console.Output),
        ResultFormat.Csv => new CsvResultWriter(console.Output),
        _ => new TableResultWriter(console),
    };
}
