using Graph.Core.Cypher;
using Graph.Cypher;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>Graph:ImportDirectory is where the service's LOAD CSV reads file:/// URLs; without it, import in the data directory.</summary>
public sealed class ImportDirectoryTests
{
    [Fact]
    public async Task The_setting_names_the_folder_load_csv_reads()
    {
        var data = RepoPaths.NewTempDirectory("graph-api-import");
        var csv = RepoPaths.NewTempDirectory("graph-api-csv");
        await File.WriteAllTextAsync(Path.Combine(csv, "n.csv"), "name\nAda\n", TestContext.Current.CancellationToken);
        try
        {
            await using (var factory = new GraphApiFactory(data, settings: new Dictionary<string, string> { ["Graph:ImportDirectory"] = csv }))
            {
                var session = factory.Services.GetRequiredService<ICypherSession>();

                var result = await session.RunAsync("LOAD CSV WITH HEADERS FROM 'file:///n.csv' AS row RETURN row.name AS name",
                    mode: CypherAccessMode.Read, cancellationToken: TestContext.Current.CancellationToken);

                Assert.Equal("Ada", result.Single("name"));
                Assert.Equal(Path.GetFullPath(csv), ((EmbeddedCypherSession)session).ImportDirectory);
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
            Directory.Delete(csv, recursive: true);
        }
    }

    [Fact]
    public async Task Without_it_the_import_folder_is_inside_the_data_directory()
    {
        var data = RepoPaths.NewTempDirectory("graph-api-import");
        try
        {
            await using var factory = new GraphApiFactory(data);

            var session = (EmbeddedCypherSession)factory.Services.GetRequiredService<ICypherSession>();

            Assert.Equal(Path.Combine(Path.GetFullPath(data), "import"), session.ImportDirectory);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
