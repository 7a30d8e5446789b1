using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace Graph.Api.GraphQL;

/// <summary>
/// The GraphiQL playground, served at /graphql to browsers. It loads React and GraphiQL from /lib (embedded copies
/// of the npm packages), so it works without internet, and opens with the headline query. A bar above it links the
/// explorer and the console, as theirs link here.
/// </summary>
internal static class GraphiQLPage
{
    public const string HeadlineQuery = """
        {
          pairsWith(thesis: "taste is the bottleneck") {
            thesis { name }
            heldBy { name }
            evidence
          }
        }
        """;

    /// <summary>The files the page loads, all under /lib.</summary>
    public static IReadOnlyList<string> Assets { get; } =
    [
        "/lib/graphiql.min.css",
        "/lib/react.production.min.js",
        "/lib/react-dom.production.min.js",
        "/lib/graphiql.min.js",
    ];

    public static string Html { get; } = $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>Graph · GraphiQL</title>
          <style>
            body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
            nav { display: flex; gap: 1rem; align-items: center; padding: 0.35rem 0.75rem; font-size: 0.9rem; border-bottom: 1px solid #d0d7de; }
            nav a { color: #0b5cad; text-decoration: none; }
            nav a[aria-current] { font-weight: 600; color: inherit; }
            #graphiql { flex: 1; min-height: 0; }
          </style>
          <link rel="stylesheet" href="{{Assets[0]}}" />
          <script src="{{Assets[1]}}"></script>
          <script src="{{Assets[2]}}"></script>
          <script src="{{Assets[3]}}"></script>
          <script src="/app/api-key.js"></script>
        </head>
        <body>
          <nav aria-label="Pages">
            <a href="/">Explorer</a>
            <a href="/console">Cypher console</a>
            <a href="{{GraphQLEndpoints.Path}}" aria-current="page">GraphiQL</a>
          </nav>
          <div id="graphiql">Loading GraphiQL…</div>
          <script>
            const fetcher = GraphiQL.createFetcher({ url: '{{GraphQLEndpoints.Path}}', fetch: window.GraphApiKey.fetch });
            ReactDOM.createRoot(document.getElementById('graphiql')).render(
              React.createElement(GraphiQL, {
                fetcher,
                defaultQuery: '{{JavaScriptEncoder.Default.Encode(HeadlineQuery)}}',
                defaultEditorToolsVisibility: true,
              }));
          </script>
        </body>
        </html>
        """;

    public static IResult Result() => TypedResults.Content(Html, "text/html; charset=utf-8");
}
