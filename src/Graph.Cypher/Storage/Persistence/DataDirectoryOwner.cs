using System.Diagnostics;

namespace Graph.Cypher.Storage.Persistence;

/// <summary>Who holds a data directory, as graph.owner records it: one "key: value" line each.</summary>
public sealed record DataDirectoryOwner(int? ProcessId, string? Command, string? Address)
{
    /// <summary>This process, by the command line a user typed (the program's own path left out, secrets masked).</summary>
    internal static DataDirectoryOwner Current(string? address)
    {
        var program = Path.GetFileNameWithoutExtension(Environment.ProcessPath ?? "") is "dotnet" or "" ? "graph" : Path.GetFileNameWithoutExtension(Environment.ProcessPath!);
        return new DataDirectoryOwner(Environment.ProcessId, string.Join(' ', [program, .. Masked(Environment.GetCommandLineArgs().Skip(1)).Select(Quoted)]), address);
    }

    /// <summary>
    /// The arguments with the value of any option whose name speaks of a secret (--Neo4j:Password=…, --api-key …)
    /// replaced by "***": the owner file is read by other processes and quoted in their errors.
    /// </summary>
    internal static IEnumerable<string> Masked(IEnumerable<string> arguments)
    {
        var maskNext = false;
        foreach (var argument in arguments)
        {
            if (maskNext)
            {
                maskNext = false;
                yield return "***";
                continue;
            }
            var name = argument.Split('=', 2)[0];
            var secret = name.StartsWith('-') && SecretWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));
            if (secret && argument.Contains('=', StringComparison.Ordinal))
            {
                yield return name + "=***";
                continue;
            }
            maskNext = secret;
            yield return argument;
        }
    }

    private static readonly string[] SecretWords = ["password", "secret", "token", "key", "auth"];

    internal void Write(string path) =>
        File.WriteAllLines(path, [$"pid: {ProcessId}", $"command: {Command}", .. Address is null ? Array.Empty<string>() : [$"address: {Address}"]]);

    /// <summary>The owner the file names, or null when there is none to read (an older build, or a race with its writer).</summary>
    internal static DataDirectoryOwner? Read(string path)
    {
        string[] lines;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        string? Value(string key) => lines.FirstOrDefault(l => l.StartsWith(key + ": ", StringComparison.Ordinal))?[(key.Length + 2)..];
        var owner = new DataDirectoryOwner(int.TryParse(Value("pid"), out var pid) ? pid : null, Value("command"), Value("address"));
        return owner.ProcessId is { } id && !IsRunning(id) ? null : owner;
    }

    public override string ToString() =>
        $"process {ProcessId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}" + (Command is null ? "" : $" ({Command})");

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Quoted(string argument) =>
        argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? argument : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
