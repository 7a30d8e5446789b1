namespace Graph.Bench.Kuzu;

/// <summary>
/// How many nodes of each label the anchor graph has, and how many relationships each node starts. L is 51 times S,
/// so both scales have the same shape: S ≈ 2.5k nodes and 21k relationships, L ≈ 127k and 1.08M.
/// </summary>
internal sealed record Scale(string Name, int Sources, int People, int Theses, int Tools)
{
    public const int AppearancesPerSource = 3;
    public const int ClaimsPerSource = 5;
    public const int MentionsPerSource = 4;
    public const int RelatedPerSource = 4;
    public const int HoldsPerPerson = 4;
    public const int PairsPerThesis = 4;

    public static Scale Parse(string name) => name.ToUpperInvariant() switch
    {
        "S" => Times("S", 1),
        "L" => Times("L", 51),
        _ => throw new ArgumentException($"Unknown scale '{name}': use S or L."),
    };

    private static Scale Times(string name, int factor) => new(name, 1_000 * factor, 800 * factor, 500 * factor, 200 * factor);
}
