namespace Graph.Bench.Kuzu;

/// <summary>
/// Readable, unique names (a word or two picked by the node's number, then the number). Capitalised words that
/// contain "car" (Carter, Scarcity, Cargo…) are what the case-insensitive search finds.
/// </summary>
internal static class Names
{
    public const string SearchTerm = "car";

    private static readonly string[] FirstNames = ["Ada", "Grace", "Alan", "Barbara", "Edsger", "Donald", "Frances", "Ken", "Margaret", "Radia", "Carol", "Leslie", "Niklaus"];
    private static readonly string[] LastNames = ["Hopper", "Turing", "Liskov", "Knuth", "Carter", "Allen", "Thompson", "Hamilton", "McCarthy", "Perlman", "Lamport", "Wirth"];
    private static readonly string[] Subjects = ["Taste", "Scale", "Care", "Attention", "Distribution", "Craft", "Focus", "Scarcity", "Leverage", "Curiosity", "Trust"];
    private static readonly string[] Predicates = ["is the bottleneck", "compounds", "beats talent", "needs constraints", "scales badly", "is underrated", "outlasts hype", "is a moat", "is learned"];
    private static readonly string[] ToolWords = ["Cargo", "Git", "Vim", "Emacs", "Docker", "Kafka", "Postgres", "Redis", "Figma", "Notion", "Scarf", "Jupyter", "Excel"];

    public static string Person(int i) => $"{Pick(FirstNames, i)} {Pick(LastNames, i / FirstNames.Length)} {i}";

    public static string Thesis(int i) => $"{Pick(Subjects, i)} {Pick(Predicates, i / Subjects.Length)} {i}";

    public static string Tool(int i) => $"{Pick(ToolWords, i)} {i}";

    public static string Source(int i) => $"Episode {i}: {Pick(Subjects, i * 7)} with {Pick(ToolWords, i * 3)}";

    private static string Pick(string[] words, int i) => words[i % words.Length];
}
