using System.CommandLine;
using Graph.Api;

namespace Graph.Cli.Commands;

/// <summary>Options several commands share, so they read and default the same everywhere.</summary>
internal static class CommonOptions
{
    public const string DefaultDataDirectory = "./data";

    public static Option<string> Data() => new("--data")
    {
        Description = "Data directory of the embedded graph store.",
        DefaultValueFactory = _ => DefaultDataDirectory,
    };

    public static Option<GraphStoreKind> Store() => Choice("--store",
        "Where the graph lives: embedded (in --data) or neo4j (at NEO4J_URI, with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).",
        GraphStoreKind.Embedded);

    /// <summary>
    /// An option taking one of an enum's names, written in lower case, in help and in errors, which name the valid
    /// choices (the parser's own message would name the enum's internal type).
    /// </summary>
    public static Option<T> Choice<T>(string name, string description, T defaultValue) where T : struct, Enum
    {
        var choices = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();
        var option = new Option<T>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            HelpName = string.Join('|', choices),
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (Enum.TryParse<T>(token, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(token.FirstOrDefault()))
                {
                    return value;
                }
                result.AddError($"'{token}' is not a choice for {name}: use {string.Join(", ", choices[..^1])} or {choices[^1]}.");
                return defaultValue;
            },
        };
        option.CompletionSources.Add(choices);
        return option;
    }

    public static Option<FileInfo?> Vocabulary() => new("--vocabulary")
    {
        Description = "Vocabulary YAML (people, tools, shows, theses and their aliases). Default: vocabulary.yaml in the wiki folder or its parent.",
    };
}
