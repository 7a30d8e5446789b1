using System.Text;
using Microsoft.AspNetCore.Http;

namespace Graph.Neo4j.Tests.Fakes;

/// <summary>One scripted answer of the fake Neo4j: documented Query API JSON, or a fault.</summary>
internal abstract record FakeReply
{
    public abstract Task WriteAsync(HttpContext context);

    /// <summary>A JSON body with a status (202 is what the Query API sends for any statement outcome).</summary>
    public static FakeReply Json(string body, int status = 202, params (string Name, string Value)[] headers) =>
        new JsonReply(status, body, headers);

    /// <summary>A result with one row of already-typed values, e.g. Row(["n"], """{"$type":"Integer","_value":"1"}""").</summary>
    public static FakeReply Row(IReadOnlyList<string> fields, params string[] typedValues) =>
        Json("{\"data\":{\"fields\":" + System.Text.Json.JsonSerializer.Serialize(fields)
            + ",\"values\":[[" + string.Join(",", typedValues) + "]]}}");

    /// <summary>Neo4j's error body, e.g. a syntax error (400) or a transient error.</summary>
    public static FakeReply Error(string code, string message, int status = 400) =>
        Json($$$"""{"errors":[{"code":"{{{code}}}","message":{{{System.Text.Json.JsonSerializer.Serialize(message)}}}}]}""", status);

    /// <summary>A bare HTTP status with a non-JSON body, as a proxy in front of Neo4j would send.</summary>
    public static FakeReply Bare(int status, string body = "upstream unavailable") => new PlainReply(status, body);

    /// <summary>Starts a 202 response, sends part of the body, then drops the connection.</summary>
    public static FakeReply ResetMidBody() => new ResetReply();

    /// <summary>Answers only after <paramref name="delay"/> (or never, once the client gives up).</summary>
    public static FakeReply Slow(TimeSpan delay, FakeReply then) => new SlowReply(delay, then);

    private sealed record JsonReply(int Status, string Body, (string Name, string Value)[] Headers) : FakeReply
    {
        public override async Task WriteAsync(HttpContext context)
        {
            context.Response.StatusCode = Status;
            context.Response.ContentType = "application/vnd.neo4j.query";
            foreach (var (name, value) in Headers)
            {
                context.Response.Headers[name] = value;
            }
            await context.Response.WriteAsync(Body, context.RequestAborted);
        }
    }

    private sealed record PlainReply(int Status, string Body) : FakeReply
    {
        public override async Task WriteAsync(HttpContext context)
        {
            context.Response.StatusCode = Status;
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync(Body, context.RequestAborted);
        }
    }

    private sealed record ResetReply : FakeReply
    {
        public override async Task WriteAsync(HttpContext context)
        {
            var partial = Encoding.UTF8.GetBytes("""{"data":{"fields":["n"],"values":[[{"$type":"Int""");
            context.Response.StatusCode = 202;
            context.Response.ContentType = "application/vnd.neo4j.query";
            context.Response.ContentLength = partial.Length * 10;
            await context.Response.Body.WriteAsync(partial, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            context.Abort();
        }
    }

    private sealed record SlowReply(TimeSpan Delay, FakeReply Then) : FakeReply
    {
        public override async Task WriteAsync(HttpContext context)
        {
            try
            {
                await Task.Delay(Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await Then.WriteAsync(context);
        }
    }
}
