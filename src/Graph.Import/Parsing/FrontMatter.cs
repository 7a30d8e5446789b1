using YamlDotNet.RepresentationModel;

namespace Graph.Import.Parsing;

/// <summary>A name declared in front matter, the file line it is on, and its role or aliases where given.</summary>
internal sealed record FrontMatterItem(string Name, int Line, string? Role = null, IReadOnlyList<string>? Aliases = null);

/// <summary>
/// YAML front matter of a page. Known keys: title, show (or podcast, series, channel), kind, url, date, people (names or
/// maps with name/role), tools, theses (names or maps with name/aliases), tags, aliases; and guests, hosts, authors,
/// speakers (names, each given that part; ignored when not a list of names), and published (or publish_date,
/// published_at, pubDate…: a date, ignored when not one, since "published: false" marks a draft in some templates).
/// Other keys are ignored; a known key with the wrong shape, or invalid YAML, is an error naming the line.
/// </summary>
internal sealed record FrontMatter(int Line)
{
    public FrontMatterItem? Title { get; init; }
    public FrontMatterItem? Show { get; init; }
    public FrontMatterItem? Kind { get; init; }
    public FrontMatterItem? Url { get; init; }
    public FrontMatterItem? Date { get; init; }

    /// <summary>The first of the other keys templates give the publication date under, when its value reads as a date.</summary>
    public FrontMatterItem? Published { get; init; }
    public IReadOnlyList<FrontMatterItem> People { get; init; } = [];
    public IReadOnlyList<FrontMatterItem> Tools { get; init; } = [];
    public IReadOnlyList<FrontMatterItem> Theses { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Every value read, as YAML decoded it (escapes resolved, folded lines joined).</summary>
    public IEnumerable<string> Values =>
        new[] { Title, Show, Kind, Url, Date, Published }.Concat(People).Concat(Tools).Concat(Theses).OfType<FrontMatterItem>()
            .SelectMany(item => (item.Aliases ?? []).Append(item.Name).Append(item.Role ?? ""))
            .Concat(Tags).Concat(Aliases);

    /// <param name="firstLine">The file line of the first YAML line (the one after "---").</param>
    public static FrontMatter Parse(string yaml, int firstLine)
    {
        YamlMappingNode? root;
        try
        {
            root = YamlText.LoadMapping(yaml, firstLine);
        }
        catch (YamlTextException e)
        {
            throw new PageFormatException(e.Line, $"front matter: {e.Message}");
        }
        var frontMatter = new FrontMatter(firstLine - 1);
        if (root is null)
        {
            return frontMatter;
        }
        try
        {
            foreach (var (keyNode, value) in root.Children)
            {
                frontMatter = Read(frontMatter, YamlText.Key(keyNode, firstLine), value, firstLine);
            }
        }
        catch (YamlTextException e)
        {
            throw new PageFormatException(e.Line, $"front matter: {e.Message}");
        }
        return frontMatter;
    }

    private static FrontMatter Read(FrontMatter fm, string key, YamlNode value, int firstLine)
    {
        FrontMatterItem? Single() =>
            YamlText.Scalar(value, key, firstLine) is { } text ? new FrontMatterItem(text, YamlText.LineOf(value, firstLine)) : null;

        return key.ToLowerInvariant() switch
        {
            "title" => fm with { Title = Single() },
            "show" or "podcast" or "series" or "channel" => fm with { Show = Single() },
            "kind" or "type" => fm with { Kind = Single() },
            "url" or "link" => fm with { Url = Single() },
            "date" => fm with { Date = Single() },
            "published" or "publish_date" or "publishdate" or "published_at" or "publishedat" or "published_on" or "publishedon"
                or "pubdate" or "date_published" or "datepublished" or "release_date" or "releasedate" => fm with { Published = fm.Published ?? PublishedDate(value, firstLine) },
            "people" => fm with { People = Items(value, key, firstLine, "role") },
            // "guests: [A, B]", "host: C": a key named for a part gives it to each name under it.
            "guest" or "guests" => fm with { People = [.. fm.People, .. WithRole(value, key, firstLine, "guest")] },
            "host" or "hosts" => fm with { People = [.. fm.People, .. WithRole(value, key, firstLine, "host")] },
            "author" or "authors" or "by" => fm with { People = [.. fm.People, .. WithRole(value, key, firstLine, "author")] },
            "speaker" or "speakers" or "panelists" => fm with { People = [.. fm.People, .. WithRole(value, key, firstLine, "speaker")] },
            "tools" => fm with { Tools = Items(value, key, firstLine, null) },
            "theses" => fm with { Theses = Items(value, key, firstLine, "aliases") },
            "tags" => fm with { Tags = YamlText.Strings(value, key, firstLine) },
            "aliases" => fm with { Aliases = YamlText.Strings(value, key, firstLine) },
            _ => fm,
        };
    }

    private static FrontMatterItem? PublishedDate(YamlNode value, int firstLine) =>
        value is YamlScalarNode { Value: { } text } && WrittenDate.Read(text) is not null ? new FrontMatterItem(text, YamlText.LineOf(value, firstLine)) : null;

    // These keys belong to many note templates, in shapes of their own: one that is not a list of names is ignored, as
    // unknown keys are, rather than failing the page.
    private static IEnumerable<FrontMatterItem> WithRole(YamlNode value, string key, int firstLine, string role)
    {
        try
        {
            return Items(value, key, firstLine, null).Select(i => i with { Role = role }).ToList();
        }
        catch (YamlTextException)
        {
            return [];
        }
    }

    // A list whose items are names, or maps with 'name' plus one optional extra key (role or aliases).
    private static IReadOnlyList<FrontMatterItem> Items(YamlNode value, string key, int firstLine, string? extra)
    {
        if (value is YamlScalarNode)
        {
            return YamlText.Strings(value, key, firstLine).Select(s => new FrontMatterItem(s, YamlText.LineOf(value, firstLine))).ToList();
        }
        if (value is not YamlSequenceNode sequence)
        {
            throw new YamlTextException(YamlText.LineOf(value, firstLine), $"'{key}' must be a list");
        }
        var items = new List<FrontMatterItem>();
        foreach (var item in sequence)
        {
            var line = YamlText.LineOf(item, firstLine);
            if (item is YamlScalarNode)
            {
                if (YamlText.Scalar(item, key, firstLine) is { } name)
                {
                    items.Add(new FrontMatterItem(name, line));
                }
                continue;
            }
            if (item is not YamlMappingNode map)
            {
                throw new YamlTextException(line, $"items of '{key}' must be names or maps with 'name'");
            }
            items.Add(ReadItem(map, key, firstLine, extra, line));
        }
        return items;
    }

    private static FrontMatterItem ReadItem(YamlMappingNode map, string key, int firstLine, string? extra, int line)
    {
        string? name = null;
        string? role = null;
        IReadOnlyList<string>? aliases = null;
        foreach (var (itemKey, itemValue) in map.Children)
        {
            var field = YamlText.Key(itemKey, firstLine).ToLowerInvariant();
            if (field == "name")
            {
                name = YamlText.Scalar(itemValue, field, firstLine);
            }
            else if (field == extra && field == "role")
            {
                role = YamlText.Scalar(itemValue, field, firstLine);
            }
            else if (field == extra && field == "aliases")
            {
                aliases = YamlText.Strings(itemValue, field, firstLine);
            }
            else
            {
                throw new YamlTextException(YamlText.LineOf(itemKey, firstLine), $"unknown key '{field}' in an item of '{key}'");
            }
        }
        return name is null
            ? throw new YamlTextException(line, $"an item of '{key}' has no 'name'")
            : new FrontMatterItem(name, line, role, aliases);
    }
}
