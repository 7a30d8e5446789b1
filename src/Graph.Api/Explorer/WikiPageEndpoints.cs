using System.Net;
using System.Text;
using Graph.Api.Store;
using Graph.Import.Files;

namespace Graph.Api.Explorer;

/// <summary>
/// GET /wiki/PAGE.md shows a page of the imported wiki as numbered lines, so the explorer can link each piece of
/// evidence to the line it came from (/wiki/PAGE.md#L12). Only when the service imports a wiki (--import); the page
/// is read as the importer reads it: a regular .md file inside the wiki, not hidden, size capped.
/// </summary>
internal static class WikiPageEndpoints
{
    public const string Path = "/wiki";

    public static IEndpointRouteBuilder MapWikiPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path + "/{**page}", Show);
        return routes;
    }

    /// <summary>Where the line of a page is shown; null when this service does not import a wiki, so there is nothing to link to.</summary>
    public static string? Link(WikiSync wiki, string? page, long? line) =>
        wiki.Wiki is null || string.IsNullOrEmpty(page) ? null
            : Path + "/" + string.Join('/', page.Split('/').Select(Uri.EscapeDataString)) + (line is { } number ? $"#L{number}" : "");

    private static IResult Show(string? page, WikiSync wiki)
    {
        if (wiki.Wiki is not { } root)
        {
            return Refuse(StatusCodes.Status404NotFound, page, "This service was started without a wiki folder (--import), so it has no pages to show.");
        }
        if (string.IsNullOrEmpty(page) || !page.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            || page.Split('/').Any(part => part.Length == 0 || part.StartsWith('.')))
        {
            return Refuse(StatusCodes.Status404NotFound, page, "Pages are the wiki's .md files, named by their path below the wiki folder (hidden files are not pages).");
        }
        try
        {
            return WikiFile.TryRead(root, page, out var bytes, out var refusal)
                ? Html(page, Lines(page, Encoding.UTF8.GetString(bytes)))
                : Refuse(StatusCodes.Status404NotFound, page, $"{page} {refusal}.");
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return Refuse(StatusCodes.Status404NotFound, page, $"{page} does not exist in the wiki.");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Refuse(StatusCodes.Status404NotFound, page, $"{page} cannot be read: {error.Message}");
        }
    }

    private static string Lines(string page, string text)
    {
        var html = new StringBuilder();
        html.Append("<ol class=\"page-lines\">");
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var count = lines.Length > 1 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < count; i++)
        {
            html.Append($"<li id=\"L{i + 1}\"><a href=\"#L{i + 1}\" aria-label=\"line {i + 1}\">{i + 1}</a><code>")
                .Append(WebUtility.HtmlEncode(lines[i])).Append("</code></li>");
        }
        html.Append("</ol>");
        return html.ToString();
    }

    private static IResult Refuse(int status, string? page, string message) =>
        Results.Content(Document(page ?? "wiki", $"<p class=\"banner\" role=\"alert\">{WebUtility.HtmlEncode(message)}</p>"),
            "text/html; charset=utf-8", Encoding.UTF8, status);

    private static IResult Html(string page, string body) =>
        Results.Content(Document(page, body), "text/html; charset=utf-8", Encoding.UTF8);

    private static string Document(string page, string body) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{{WebUtility.HtmlEncode(page)}} · Graph</title>
          <link rel="icon" href="/app/favicon.svg" type="image/svg+xml" />
          <link rel="stylesheet" href="/app/site.css" />
        </head>
        <body>
          <header class="bar">
            <a class="brand" href="/">Graph</a>
            <span class="subtitle">{{WebUtility.HtmlEncode(page)}}</span>
            <nav>
              <a href="/">Explorer</a>
              <a href="/console">Cypher console</a>
              <a href="/graphql">GraphiQL</a>
            </nav>
          </header>
          <main class="page-source">{{body}}</main>
        </body>
        </html>
        """;
}
