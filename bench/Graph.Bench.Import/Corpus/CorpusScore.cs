using System.Text;
using Graph.Core.Cypher;
using Graph.Core.Model;

namespace Graph.Bench.Import.Corpus;

/// <summary>True and false positives and negatives of one label.</summary>
public sealed record Tally(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static Tally Zero { get; } = new(0, 0, 0);

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public static Tally operator +(Tally a, Tally b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}

/// <summary>
/// Scores the facts extracted from corpus pages against their gold annotations: people, organizations and tools by
/// spelling (a second node for one entity counts as a false find), the Source's title, HOLDS by holder and thesis
/// wording, claims on pages that state points, and people's roles (taking part vs mentioned).
/// </summary>
public sealed class CorpusScore
{
    public SortedDictionary<string, Tally> Labels { get; } = new(StringComparer.Ordinal);

    public int Pages { get; private set; }

    public int TitlesRight { get; private set; }

    public int PagesWithPoints { get; private set; }

    public int PagesWithPointsYieldingClaims { get; private set; }

    public int RolesRight { get; private set; }

    public int RolesJudged { get; private set; }

    public List<string> Misses { get; } = [];

    public Tally this[string label] => Labels.GetValueOrDefault(label) ?? Tally.Zero;

    public void Add(CorpusGold gold, PageFacts facts)
    {
        Pages++;
        var names = (string label, string key) => facts.Nodes.Where(n => n.Label == label).Select(n => n.Properties.GetValueOrDefault(key) as string).OfType<string>().ToList();
        var people = names(Graph.Core.Model.Labels.Person, "name");
        Count("Person", gold, people, gold.People, gold.MaybePeople);
        Count("Organization", gold, names(Graph.Core.Model.Labels.Organization, "name"), gold.Organizations, []);
        Count("Tool", gold, names(Graph.Core.Model.Labels.Tool, "name"), gold.Tools, gold.MaybeTools);
        foreach (var wrong in people.Where(p => gold.NotPeople.Any(n => CorpusGold.Key(n) == CorpusGold.Key(p))))
        {
            Misses.Add($"{gold.Page}: '{wrong}' must not be a person");
        }

        var title = SourceOf(facts)?.Properties.GetValueOrDefault("title") as string;
        if (title is not null && gold.Titles.Any(t => CorpusGold.Key(t) == CorpusGold.Key(title)))
        {
            TitlesRight++;
        }
        else
        {
            Misses.Add($"{gold.Page}: title '{title}', expected '{gold.Titles[0]}'");
        }

        ScoreDate(gold, facts);
        ScoreHolds(gold, facts);
        ScoreRoles(gold, facts);
        if (gold.StatesPoints)
        {
            PagesWithPoints++;
            if (facts.Relationships.Any(r => r.Type == RelationshipTypes.Claims))
            {
                PagesWithPointsYieldingClaims++;
            }
            else
            {
                Misses.Add($"{gold.Page}: states points, yields no claim");
            }
        }
    }

    /// <summary>
    /// The Source's day against the gold's <c>date</c> (a day, or <c>none</c> when the page gives no full day; pages whose
    /// gold has no <c>date</c> line are not judged): a wrong day is both a false find and a miss.
    /// </summary>
    private void ScoreDate(CorpusGold gold, PageFacts facts)
    {
        if (gold.Date is null)
        {
            return;
        }
        var found = (SourceOf(facts)?.Properties.GetValueOrDefault("date") as CypherTemporal)?.Iso;
        var expected = gold.Date == "none" ? null : gold.Date;
        var tally = (found, expected) switch
        {
            (null, null) => Tally.Zero,
            (null, _) => new Tally(0, 0, 1),
            (_, null) => new Tally(0, 1, 0),
            _ when found == expected => new Tally(1, 0, 0),
            _ => new Tally(0, 1, 1),
        };
        Labels["Source date"] = this["Source date"] + tally;
        if (found != expected)
        {
            Misses.Add($"{gold.Page}: date '{found ?? "none"}', expected '{gold.Date}'");
        }
    }

    /// <summary>The page's own Source: the one its Page node DESCRIBES.</summary>
    public static NodeFact? SourceOf(PageFacts facts)
    {
        var described = facts.Relationships.FirstOrDefault(r => r.Type == RelationshipTypes.Describes)?.ToId;
        return facts.Nodes.FirstOrDefault(n => n.Label == Graph.Core.Model.Labels.Source && n.Id == described);
    }

    public string Table(string title)
    {
        var table = new StringBuilder($"{title}\n{"",-22} {"precision",9} {"recall",7} {"tp",4} {"fp",4} {"fn",4}\n");
        foreach (var (name, tally) in Labels)
        {
            table.Append($"{name,-22} {tally.Precision,9:0.000} {tally.Recall,7:0.000} {tally.TruePositives,4} {tally.FalsePositives,4} {tally.FalseNegatives,4}\n");
        }
        table.Append($"titles right           {TitlesRight} of {Pages}\n");
        table.Append($"pages with points      {PagesWithPointsYieldingClaims} of {PagesWithPoints} yield claims\n");
        table.Append($"people's roles right   {RolesRight} of {RolesJudged}\n");
        return table.ToString();
    }

    private void Count(string label, CorpusGold gold, List<string> found, IReadOnlyList<GoldName> expected, IReadOnlyList<GoldName> maybe)
    {
        var matched = new HashSet<GoldName>();
        var falsePositives = 0;
        foreach (var name in found.Distinct(StringComparer.Ordinal))
        {
            // "Peter Yang" is Peter Yang when the gold has him, even though "Peter" also spells Peter Steinberger.
            var match = expected.FirstOrDefault(e => e.IsExactly(name)) ?? expected.FirstOrDefault(e => e.IsSpelledAs(name));
            if (match is not null && matched.Add(match))
            {
                continue;
            }
            if (match is null && maybe.Any(m => m.IsSpelledAs(name)))
            {
                continue;
            }
            falsePositives++;
            Misses.Add(match is null ? $"{gold.Page}: {label} '{name}' is not in the gold" : $"{gold.Page}: {label} '{name}' is a second node for '{match.Name}'");
        }
        foreach (var missed in expected.Where(e => !matched.Contains(e)))
        {
            Misses.Add($"{gold.Page}: {label} '{missed.Name}' not found");
        }
        Labels[label] = this[label] + new Tally(matched.Count, falsePositives, expected.Count - matched.Count);
    }

    private void ScoreHolds(CorpusGold gold, PageFacts facts)
    {
        var nodes = facts.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var holds = facts.Relationships
            .Where(r => r.Type == RelationshipTypes.Holds)
            .Select(r => (Person: nodes[r.FromId].Properties.GetValueOrDefault("name") as string ?? "", Thesis: nodes[r.ToId].Properties.GetValueOrDefault("name") as string ?? ""))
            .ToList();
        var expected = gold.Theses.Where(t => t.Holder is not null).ToList();
        var used = new HashSet<int>();
        var found = 0;
        foreach (var thesis in expected)
        {
            var holder = gold.People.FirstOrDefault(p => p.IsSpelledAs(thesis.Holder!)) ?? new GoldName([thesis.Holder!]);
            var at = holds.FindIndex(h => holder.IsSpelledAs(h.Person) && ThesisWording.Matches(thesis.Text, h.Thesis));
            if (at >= 0)
            {
                found++;
                used.Add(at);
            }
            else
            {
                Misses.Add($"{gold.Page}: HOLDS {thesis.Holder} -> '{thesis.Text}' not found");
            }
        }
        // A HOLDS that matches no gold point at all (a chrome line, a heading) is a false find; one that matches a
        // point of the page held by someone else too.
        var wrong = holds.Where((h, i) => !used.Contains(i) && !gold.Theses.Any(t => ThesisWording.Matches(t.Text, h.Thesis) && (t.Holder is null || gold.People.FirstOrDefault(p => p.IsSpelledAs(t.Holder))?.IsSpelledAs(h.Person) != false))).ToList();
        Misses.AddRange(wrong.Select(h => $"{gold.Page}: HOLDS {h.Person} -> '{h.Thesis}' is not in the gold"));
        var falsePositives = wrong.Count;
        Labels["HOLDS"] = this["HOLDS"] + new Tally(found, falsePositives, expected.Count - found);
        var claims = facts.Relationships.Where(r => r.Type == RelationshipTypes.Claims).Select(r => nodes[r.ToId].Properties.GetValueOrDefault("name") as string ?? "").ToList();
        var unclaimed = gold.Theses.Where(t => !claims.Any(c => ThesisWording.Matches(t.Text, c))).ToList();
        Misses.AddRange(unclaimed.Select(t => $"{gold.Page}: point '{t.Text}' not claimed"));
        var claimed = gold.Theses.Count - unclaimed.Count;
        Labels["CLAIMS (main points)"] = this["CLAIMS (main points)"] + new Tally(claimed, 0, gold.Theses.Count - claimed);
    }

    // A person who takes part (guest, host, author, speaker) APPEARS_IN the source; one only named is MENTIONED.
    private void ScoreRoles(CorpusGold gold, PageFacts facts)
    {
        var nodes = facts.Nodes.Where(n => n.Label == Graph.Core.Model.Labels.Person).ToList();
        foreach (var person in gold.People.Where(p => p.Role is not null))
        {
            var ids = nodes.Where(n => n.Properties.GetValueOrDefault("name") is string name && person.IsSpelledAs(name)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            if (ids.Count == 0)
            {
                continue;
            }
            RolesJudged++;
            var appears = facts.Relationships.Any(r => r.Type == RelationshipTypes.AppearsIn && ids.Contains(r.FromId));
            if (appears == (person.Role != "mentioned"))
            {
                RolesRight++;
            }
            else
            {
                Misses.Add($"{gold.Page}: {person.Name} is {person.Role}, extracted {(appears ? "as taking part" : "as mentioned")}");
            }
        }
    }
}
