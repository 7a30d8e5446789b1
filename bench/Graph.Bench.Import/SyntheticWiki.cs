using System.Text;

namespace Graph.Bench.Import;

/// <summary>
/// A deterministic synthetic wiki in the note format: the same page count and seed give the same bytes.
/// Pages draw people, shows, tools and theses from shared pools, so entities recur across pages as in a real
/// wiki; the format varies the way real pages do (front matter, bare headings, CRLF, BOM, missing sections).
/// </summary>
internal sealed class SyntheticWiki
{
    private static readonly string[] FirstNames =
    [
        "Ada", "Boris", "Carla", "Deepa", "Emeka", "Fatima", "Gustav", "Hana", "Ivan", "Jun", "Kofi", "Lena", "Mateo", "Nadia",
        "Oskar", "Priya", "Quinn", "Rosa", "Sven", "Tomas", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe", "Amara", "Bruno",
        "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kira", "Luca", "Maya", "Nils",
    ];

    private static readonly string[] LastNames =
    [
        "Abara", "Brandt", "Castillo", "Dubois", "Eriksen", "Fontaine", "Gallo", "Haddad", "Ivanova", "Jensen", "Kowalski", "Larsen",
        "Moreau", "Nakamura", "Okafor", "Petrov", "Quintero", "Rossi", "Sato", "Tanaka", "Ueda", "Varga", "Weber", "Xu", "Yilmaz",
        "Zielinski", "Achebe", "Bergstrom", "Carvalho", "Delacroix", "Esposito", "Fischer", "Gonzaga", "Holm", "Iqbal", "Jovanovic",
    ];

    private static readonly string[] Nouns =
    [
        "taste", "judgment", "review", "latency", "context", "evaluation", "ownership", "curation", "memory", "feedback", "scope",
        "delegation", "specification", "testing", "iteration", "trust", "attention", "documentation", "planning", "debugging",
    ];

    private static readonly string[] Predicates =
    [
        "is the bottleneck", "compounds over time", "beats raw speed", "is the new moat", "needs a named owner", "is cheaper than it looks",
        "decides the outcome", "scales with the model", "is the scarce skill", "is where agents fail", "matters more than code",
    ];

    private static readonly string[] ToolStems = ["Zen", "Quill", "Forge", "Pilot", "Lattice", "Orbit", "Relay", "Prism", "Cinder", "Harbor", "Vector", "Atlas"];

    private static readonly string[] ToolSuffixes = ["", " Code", " Studio", " Agent", " IDE", " CLI"];

    private static readonly string[] ShowWords = ["Signal", "Frontier", "Builders", "Latent", "Compile", "Deep", "Agentic", "Open", "Shipping", "Context"];

    private static readonly string[] Kinds = ["interview", "episode", "talk", "conversation"];

    private static readonly string[] Roles = ["guest", "founder of a startup", "product lead", "researcher", "engineering manager"];

    private readonly Random random;
    private readonly string[] people;
    private readonly string[] tools;
    private readonly (string Name, string Host)[] shows;
    private readonly string[] theses;
    private readonly string[] titles;
    private readonly int[] guests;

    public SyntheticWiki(int pages, int seed)
    {
        random = new Random(seed);
        Pages = pages;
        people = Distinct(Math.Max(40, pages / 4), () => $"{Pick(FirstNames)} {Pick(LastNames)}");
        tools = Distinct(Math.Min(ToolStems.Length * ToolSuffixes.Length, Math.Max(12, pages / 50)), () => Pick(ToolStems) + Pick(ToolSuffixes));
        shows = Distinct(Math.Max(8, pages / 200), () => $"The {Pick(ShowWords)} {Pick(ShowWords)} Podcast")
            .Select(name => (name, people[random.Next(people.Length)])).ToArray();
        theses = Distinct(Math.Min(Nouns.Length * Predicates.Length, Math.Max(30, pages / 3)), () => $"{Pick(Nouns)} {Pick(Predicates)}");
        titles = Enumerable.Range(0, pages).Select(i => $"{Capital(Pick(Nouns))} and the {Capital(Pick(Nouns))} Question, Part {i + 1}").ToArray();
        guests = Enumerable.Range(0, pages).Select(_ => random.Next(people.Length)).ToArray();
    }

    public int Pages { get; }

    /// <summary>Writes every page (and vocabulary.yaml beside them) into <paramref name="directory"/>.</summary>
    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "vocabulary.yaml"), Vocabulary());
        for (var i = 0; i < Pages; i++)
        {
            File.WriteAllBytes(Path.Combine(directory, $"page-{i:D6}.md"), Page(i));
        }
    }

    /// <summary>A vocabulary declaring a third of the people and tools and every show, with aliases, as a curated wiki has.</summary>
    public string Vocabulary()
    {
        var text = new StringBuilder("people:\n");
        foreach (var person in people.Where((_, i) => i % 3 == 0))
        {
            text.Append("  - name: ").Append(person).Append('\n');
        }
        text.Append("tools:\n");
        foreach (var tool in tools.Where((_, i) => i % 3 == 0))
        {
            text.Append("  - ").Append(tool).Append('\n');
        }
        text.Append("shows:\n");
        foreach (var (name, host) in shows)
        {
            text.Append("  - name: ").Append(name).Append("\n    hosts: [").Append(host).Append("]\n");
        }
        text.Append("theses:\n");
        foreach (var thesis in theses.Where((_, i) => i % 5 == 0))
        {
            text.Append("  - name: ").Append(thesis).Append("\n    aliases: [").Append(thesis.Replace(" is ", " remains ", StringComparison.Ordinal)).Append("]\n");
        }
        return text.ToString();
    }

    /// <summary>Page <paramref name="index"/>'s bytes. Pages are generated in order from one random stream, so call in order.</summary>
    public byte[] Page(int index)
    {
        var guest = people[guests[index]];
        var last = guest.Split(' ')[^1];
        var show = shows[random.Next(shows.Length)];
        var claimed = Enumerable.Range(0, random.Next(3, 7)).Select(_ => Pick(theses)).Distinct().ToList();
        var tool = Pick(tools);
        var style = random.Next(100);
        var bare = style < 15; // pages exported to text: bare heading lines
        var text = new StringBuilder();
        if (style >= 80)
        {
            text.Append("---\ntitle: ").Append(titles[index]).Append("\npeople: [").Append(guest).Append("]\ntools: [").Append(tool)
                .Append("]\ntags: [synthetic, ").Append(Pick(Nouns)).Append("]\n---\n\n");
        }
        text.Append("# ").Append(titles[index]).Append("\n\n");
        text.Append("Source: episodes/page-").Append(index).Append(".md (example.org) — ").Append(show.Name).Append(' ')
            .Append(Pick(Kinds)).Append(" with ").Append(guest).Append(", ").Append(Pick(Roles)).Append(".\n\n");
        text.Append(last).Append(" argues that ").Append(claimed[0]).Append(", and shows it with ").Append(tool)
            .Append(" in daily work. The conversation covers how teams adapt when agents write most of the first draft.\n\n");
        Heading(text, "Key Takeaways", bare);
        foreach (var thesis in claimed)
        {
            text.Append("- **").Append(Capital(thesis)).Append(".** Teams that noticed this early changed how they plan and review work");
            if (random.Next(3) == 0)
            {
                text.Append("; ").Append(last).Append(": “").Append(Capital(Pick(Nouns))).Append(" is what you keep when the code is free.”");
            }
            text.Append(".\n");
        }
        text.Append('\n');
        if (random.Next(10) > 1)
        {
            Heading(text, "Why it matters", bare);
            var other = Pick(theses);
            var cue = random.Next(2) == 0 ? "pairs with" : "is in tension with";
            text.Append("The claim that “").Append(claimed[0]).Append("” ").Append(cue).Append(" “").Append(other)
                .Append("”, which other guests make from a different seat. ").Append(Capital(Pick(Nouns))).Append(" becomes the work.\n\n");
        }
        if (index > 0)
        {
            Heading(text, "Related", bare);
            for (var r = 0; r < Math.Min(index, random.Next(1, 4)); r++)
            {
                var target = random.Next(index);
                text.Append("- ").Append(titles[target]).Append(" — ").Append(people[guests[target]]).Append(" (").Append(show.Name)
                    .Append(") — the same question from another team.\n");
            }
            text.Append('\n');
        }
        if (random.Next(10) > 2)
        {
            Heading(text, "Try It", bare);
            text.Append("- **Write down who owns ").Append(Pick(Nouns)).Append(".** Then check it again in a week.\n");
            text.Append("- **Measure ").Append(Pick(Nouns)).Append(" before adding agents.** Keep the numbers beside the plan.\n\n");
        }
        if (random.Next(10) > 3)
        {
            Heading(text, "Open Questions", bare);
            text.Append("- Does ").Append(Pick(Nouns)).Append(" still matter when the models improve again?\n");
        }
        var page = text.ToString();
        if (style % 10 == 3)
        {
            page = page.Replace("\n", "\r\n", StringComparison.Ordinal);
        }
        var bytes = Encoding.UTF8.GetBytes(page);
        return style % 20 == 7 ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    private static void Heading(StringBuilder text, string name, bool bare) => text.Append(bare ? "" : "## ").Append(name).Append("\n\n");

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private string Pick(string[] items) => items[random.Next(items.Length)];

    private string[] Distinct(int count, Func<string> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var attempts = 0; seen.Count < count && attempts < count * 50; attempts++)
        {
            seen.Add(next());
        }
        return seen.Order(StringComparer.Ordinal).ToArray();
    }
}
