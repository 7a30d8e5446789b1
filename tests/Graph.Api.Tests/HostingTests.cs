using System.Net;
using System.Text.Json;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Tests;

/// <summary>What an operator sees of each request: one log line, levels from appsettings.json, and errors with a body.</summary>
public sealed class HostingTests : IAsyncLifetime
{
    private readonly CapturedLogs logs = new();
    private GraphApiFactory factory = null!;

    public ValueTask InitializeAsync()
    {
        factory = new GraphApiFactory(RepoPaths.NewTempDirectory("graph-api-hosting"), services: services => services.AddSingleton<ILoggerProvider>(logs));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        RepoPaths.DeleteDataDirectory(factory.DataDirectory);
    }

    [Fact]
    public async Task A_request_is_one_log_line_without_its_query_string_or_headers()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/health/live", TestContext.Current.CancellationToken); // the service has started and logged its start
        logs.Clear();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D&key=s3cret-value");
        request.Headers.Add("X-Api-Key", "s3cret-header");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(logs.Entries);
        Assert.Equal("Graph.Api.Requests", entry.Category);
        Assert.Matches(@"^GET /graphql 200 \d+ ms$", entry.Message);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("s3cret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Log_levels_come_from_appsettings_json_beside_the_program()
    {
        using var settings = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), TestContext.Current.CancellationToken));
        var levels = settings.RootElement.GetProperty("Logging").GetProperty("LogLevel");
        Assert.Equal("Warning", levels.GetProperty("Microsoft.AspNetCore").GetString());

        await factory.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.DoesNotContain(logs.Entries, e => e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && e.Level < LogLevel.Warning);
    }

    [Fact]
    public async Task An_unknown_path_answers_404_with_a_body_naming_where_the_service_answers()
    {
        using var response = await factory.CreateClient().GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var error = body.RootElement.GetProperty("error");
        Assert.Equal("NotFound", error.GetProperty("code").GetString());
        Assert.StartsWith("GET /no-such-page: there is no such page or endpoint. This service answers at / (explorer), /console (Cypher), /graphql", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_method_an_endpoint_does_not_take_answers_405_naming_the_ones_it_does()
    {
        using var response = await factory.CreateClient().DeleteAsync("/graphql", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var message = body.RootElement.GetProperty("error").GetProperty("message").GetString();
        Assert.StartsWith("DELETE /graphql: this endpoint does not take DELETE; it takes ", message, StringComparison.Ordinal);
        Assert.Contains("POST", message, StringComparison.Ordinal);
    }
}
