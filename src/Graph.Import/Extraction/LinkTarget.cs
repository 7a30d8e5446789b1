using System.Text.RegularExpressions;

namespace Graph.Import.Extraction;

/// <summary>What a Markdown link's address says its text names.</summary>
internal enum LinkKind
{
    /// <summary>Nothing the address vouches for (an article, a search, a page about something else).</summary>
    None,

    /// <summary>A person's profile (x.com/name, linkedin.com/in/name, github.com/name, a Wikipedia article) or own site.</summary>
    Person,

    /// <summary>A product's or company's own site: the text is the domain's name ("Granola" → granola.ai).</summary>
    OwnSite,

    /// <summary>A company page on a professional network (linkedin.com/company/…).</summary>
    Company,
}

/// <summary>
/// Reads a link's address as evidence of what its text names: a product or company links to its own domain, a person to
/// a profile on a social network or to a site under their own name. Only the address's shape counts, never a list of
/// particular sites beyond the profile networks themselves.
/// </summary>
internal static partial class LinkTarget
{
    private static readonly HashSet<string> ProfileHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "x.com", "twitter.com", "github.com", "bsky.app", "threads.net", "instagram.com", "mastodon.social", "substack.com",
    };

    // What sites add to a name to get a free domain: "getgranola", "usepylon", "cursorhq", "lovableapp".
    private static readonly string[] DomainPrefixes = ["get", "try", "use", "join", "go"];
    private static readonly string[] DomainSuffixes = ["app", "ai", "hq", "labs", "inc", "dev", "io", "team"];

    public static LinkKind Classify(string text, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return LinkKind.None;
        }
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var path = uri.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (host.Equals("linkedin.com", StringComparison.OrdinalIgnoreCase) && path.Length >= 2)
        {
            return path[0] switch { "in" => LinkKind.Person, "company" => LinkKind.Company, _ => LinkKind.None };
        }
        if (host.EndsWith("wikipedia.org", StringComparison.OrdinalIgnoreCase) && path is ["wiki", var article])
        {
            return Letters(Uri.UnescapeDataString(article)) == Letters(text) ? LinkKind.Person : LinkKind.None;
        }
        // A profile is the network's page for one account: x.com/karpathy, github.com/simonw, youtube.com/@name.
        if ((ProfileHosts.Contains(host) && path.Length == 1) || (path.Length == 1 && path[0].StartsWith('@')))
        {
            return LinkKind.Person;
        }
        return path.Length <= 1 && NamesDomain(Letters(text), DomainName(host)) ? LinkKind.OwnSite : LinkKind.None;
    }

    // "granola.ai" -> "granola"; "app.granola.ai" -> "granola"; "example.co.uk" -> "example".
    private static string DomainName(string host)
    {
        var labels = host.ToLowerInvariant().Split('.');
        if (labels.Length >= 3 && labels[^2] is "co" or "com" or "org" or "net" or "ac")
        {
            return labels[^3];
        }
        return labels.Length >= 2 ? labels[^2] : labels[0];
    }

    private static bool NamesDomain(string name, string domain) =>
        name.Length >= 3 && (domain == name
            || DomainPrefixes.Any(p => domain == p + name)
            || DomainSuffixes.Any(s => domain == name + s));

    private static string Letters(string text) => NonLetters().Replace(text.ToLowerInvariant(), "");

    [GeneratedRegex(@"[^\p{L}\d]+")]
    private static partial Regex NonLetters();
}
