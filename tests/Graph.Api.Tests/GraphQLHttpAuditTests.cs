using System.Diagnostics;
using System.Text.Json;
using Graph.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>
/// The graphql-http audit suite (npm graphql-http, auditServer) against the real service on Kestrel over loopback:
/// every MUST and SHOULD audit passes. tests/graphql-audit holds the runner and its lockfile; `npm ci` runs there once.
/// </summary>
public sealed class GraphQLHttpAuditTests
{
    private static readonly string AuditDirectory = Path.Combine(RepoPaths.Root, "tests", "graphql-audit");

    [Fact(Timeout = 180_000)]
    public async Task Every_MUST_and_SHOULD_audit_passes()
    {
        var token = TestContext.Current.CancellationToken;
        if (!Directory.Exists(Path.Combine(AuditDirectory, "node_modules", "graphql-http")))
        {
            var (code, output) = await RunAsync("npm", "ci --no-audit --no-fund", token);
            Assert.True(code == 0, $"npm ci in {AuditDirectory} failed:\n{output}");
        }
        var dataDirectory = RepoPaths.NewTempDirectory("graph-api-audit");
        var app = GraphApp.Build(["--urls", "http://127.0.0.1:0", "--Graph:DataDirectory", dataDirectory, "--Graph:ImportWiki", RepoPaths.SampleWiki]);
        try
        {
            await app.StartAsync(token);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

            var (exit, text) = await RunAsync("node", $"audit.mjs {address}/graphql", token);
            Assert.True(exit == 0, $"the audit runner failed:\n{text}");

            var results = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Where(line => line.StartsWith('{'))
                .Select(line => JsonDocument.Parse(line).RootElement)
                .ToList();
            var required = results.Where(result => result.GetProperty("name").GetString()!.StartsWith("MUST", StringComparison.Ordinal)
                || result.GetProperty("name").GetString()!.StartsWith("SHOULD", StringComparison.Ordinal)).ToList();
            Assert.True(required.Count >= 20, $"the audit should run dozens of MUST/SHOULD checks:\n{text}");
            var failed = required.Where(result => result.GetProperty("status").GetString() != "ok").ToList();
            Assert.True(failed.Count == 0, "failed audits:\n" + string.Join("\n", failed.Select(result => result.ToString())));
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            RepoPaths.DeleteDataDirectory(dataDirectory);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string arguments, CancellationToken token)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = AuditDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip($"'{program}' is not installed; the graphql-http audit needs Node.js and npm.");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(token);
            var errors = process.StandardError.ReadToEndAsync(token);
            await process.WaitForExitAsync(token);
            return (process.ExitCode, await output + await errors);
        }
    }
}
