using System.Globalization;
using System.Text.Json;
using Graph.Api.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Graph.Api.GraphQL;

/// <summary>
/// A GraphQL-over-HTTP request: the document text, the operation to run and the variables as a JSON object.
/// Reading one never throws for bad input: it gives the spec's request error with a message that says what is wrong.
/// </summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, JsonElement? Variables)
{
    /// <summary>POST: a JSON object {query, operationName?, variables?, extensions?} in an application/json body.</summary>
    /// <remarks>A body over <paramref name="maxBytes"/> is refused before it is read: parsing a megabyte of JSON only to refuse the document in it cost other clients' latency.</remarks>
    public static async Task<(GraphQLHttpRequest? Request, GraphQLRequestError? Error)> ReadBodyAsync(HttpRequest http, long maxBytes, CancellationToken cancellationToken)
    {
        if (!JsonBodies.IsJson(http.ContentType))
        {
            return (null, new(StatusCodes.Status415UnsupportedMediaType,
                $"Send the request as application/json, not '{http.ContentType ?? "no content type"}'."));
        }
        // A chunked body is cut off by the server once it passes the limit.
        if (http.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxBytes;
        }
        if (http.ContentLength > maxBytes)
        {
            // Closing the connection spares the server reading the unread body to keep it alive.
            http.HttpContext.Response.Headers.Connection = "close";
            return (null, TooLarge(http.ContentLength.Value, maxBytes));
        }
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(http.Body, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException error)
        {
            return (null, new(StatusCodes.Status400BadRequest, $"The request body is not valid JSON{Position(error)}: {Reason(error)}"));
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(null, maxBytes));
        }
        using (body)
        {
            if (body.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, new(StatusCodes.Status400BadRequest, $"The request body must be a JSON object, not {Describe(body.RootElement.ValueKind)}."));
            }
            var root = body.RootElement;
            return From(
                Member(root, "query"),
                Member(root, "operationName"),
                Member(root, "variables"),
                Member(root, "extensions"));
        }
    }

    /// <summary>GET: query, operationName, and variables/extensions as JSON text, in the query string.</summary>
    public static (GraphQLHttpRequest? Request, GraphQLRequestError? Error) ReadQueryString(IQueryCollection parameters)
    {
        foreach (var name in new[] { "query", "operationName", "variables", "extensions" })
        {
            if (parameters[name].Count > 1)
            {
                return (null, new(StatusCodes.Status400BadRequest, $"The '{name}' parameter is given more than once."));
            }
        }
        var variables = ParseParameter(parameters, "variables", out var variablesError);
        if (variablesError is not null)
        {
            return (null, variablesError);
        }
        var extensions = ParseParameter(parameters, "extensions", out var extensionsError);
        if (extensionsError is not null)
        {
            return (null, extensionsError);
        }
        return From(
            parameters.TryGetValue("query", out var query) ? JsonSerializer.SerializeToElement(query.ToString()) : null,
            parameters.TryGetValue("operationName", out var operation) ? JsonSerializer.SerializeToElement(operation.ToString()) : null,
            variables,
            extensions);
    }

    private static (GraphQLHttpRequest?, GraphQLRequestError?) From(JsonElement? query, JsonElement? operationName, JsonElement? variables, JsonElement? extensions)
    {
        if (query is not { ValueKind: JsonValueKind.String } queryText || string.IsNullOrWhiteSpace(queryText.GetString()))
        {
            return (null, new(StatusCodes.Status400BadRequest, query is null or { ValueKind: JsonValueKind.Null }
                ? "The request has no 'query': send the GraphQL document as a string in 'query'."
                : $"'query' must be a non-empty string, not {Describe(query.Value.ValueKind)}."));
        }
        if (operationName is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) } badName)
        {
            return (null, new(StatusCodes.Status400BadRequest, $"'operationName' must be a string, not {Describe(badName.ValueKind)}."));
        }
        if (variables is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) } badVariables)
        {
            return (null, new(StatusCodes.Status400BadRequest, $"'variables' must be a JSON object, not {Describe(badVariables.ValueKind)}."));
        }
        if (extensions is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) } badExtensions)
        {
            return (null, new(StatusCodes.Status400BadRequest, $"'extensions' must be a JSON object, not {Describe(badExtensions.ValueKind)}."));
        }
        var name = operationName is { ValueKind: JsonValueKind.String } given ? given.GetString() : null;
        var variableValues = variables is { ValueKind: JsonValueKind.Object } values ? values.Clone() : (JsonElement?)null;
        return (new GraphQLHttpRequest(queryText.GetString()!, string.IsNullOrEmpty(name) ? null : name, variableValues), null);
    }

    private static JsonElement? ParseParameter(IQueryCollection parameters, string name, out GraphQLRequestError? error)
    {
        error = null;
        if (!parameters.TryGetValue(name, out var text) || string.IsNullOrEmpty(text.ToString()))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(text.ToString());
            return document.RootElement.Clone();
        }
        catch (JsonException parseError)
        {
            error = new(StatusCodes.Status400BadRequest, $"The '{name}' parameter is not valid JSON{Position(parseError)}: {Reason(parseError)}");
            return null;
        }
    }

    private static GraphQLRequestError TooLarge(long? bytes, long maxBytes) => new(StatusCodes.Status413PayloadTooLarge,
        bytes is { } size
            ? string.Create(CultureInfo.InvariantCulture, $"The request body is {size} bytes; the limit is {maxBytes}.")
            : string.Create(CultureInfo.InvariantCulture, $"The request body is over the limit of {maxBytes} bytes."));

    private static JsonElement? Member(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.Clone() : null;

    private static string Position(JsonException error) =>
        error.LineNumber is { } line ? $" at line {line + 1}, position {(error.BytePositionInLine ?? 0) + 1}" : "";

    /// <summary>System.Text.Json's message without its own path and position suffix.</summary>
    private static string Reason(JsonException error)
    {
        var message = error.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }
        return (cut < 0 ? message : message[..cut]).Trim().TrimEnd('|').Trim();
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}

/// <summary>A request the server cannot run at all: the HTTP status and the message for {errors:[{message}]}.</summary>
internal sealed record GraphQLRequestError(int StatusCode, string Message);
