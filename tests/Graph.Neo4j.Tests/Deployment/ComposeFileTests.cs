using Graph.Testing;
using YamlDotNet.RepresentationModel;

namespace Graph.Neo4j.Tests.Deployment;

/// <summary>
/// docker-compose.yml, .env.neo4j and the Dockerfile, checked as far as is possible without Docker: the YAML parses,
/// Neo4j and the service are wired as documented, and the service's environment gives valid Neo4j options.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly YamlMappingNode Services = (YamlMappingNode)Load()["services"];

    private static YamlMappingNode Neo4j => (YamlMappingNode)Services["neo4j"];

    private static YamlMappingNode Graph => (YamlMappingNode)Services["graph"];

    [Fact]
    public void Neo4j_runs_the_526_community_image_with_auth_from_the_env_file_a_data_volume_and_a_healthcheck()
    {
        Assert.Equal("neo4j:5.26-community", Text(Neo4j["image"]));
        Assert.Equal(".env.neo4j", Text(Neo4j["env_file"]));
        Assert.Contains("neo4j-data:/data", Sequence(Neo4j["volumes"]));
        Assert.Contains("7474:7474", Sequence(Neo4j["ports"]));
        var test = Sequence(((YamlMappingNode)Neo4j["healthcheck"])["test"]);
        Assert.Equal("CMD-SHELL", test[0]);
        Assert.Contains("http://localhost:7474", test[1], StringComparison.Ordinal);
        Assert.Contains("neo4j-data", ((YamlMappingNode)Load()["volumes"]).Children.Keys.Select(Text));
    }

    [Fact]
    public void The_service_waits_for_a_healthy_neo4j_imports_the_samples_and_serves_on_a_published_port()
    {
        Assert.Equal(".", Text(Graph["build"]));
        Assert.Equal("service_healthy", Text(((YamlMappingNode)((YamlMappingNode)Graph["depends_on"])["neo4j"])["condition"]));
        var command = Sequence(Graph["command"]);
        Assert.Equal("serve", command[0]);
        Assert.Equal("neo4j", command[command.IndexOf("--store") + 1]);
        Assert.Equal("/app/samples/wiki", command[command.IndexOf("--import") + 1]);
        Assert.Equal("http://0.0.0.0:8080", command[command.IndexOf("--urls") + 1]);
        Assert.Contains("8080:8080", Sequence(Graph["ports"]));
        var dockerfile = File.ReadAllText(Path.Combine(RepoPaths.Root, "Dockerfile"));
        Assert.Contains("COPY samples ./samples", dockerfile, StringComparison.Ordinal);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"graph.dll\"]", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void The_services_environment_gives_neo4j_options_that_reach_the_neo4j_container_with_its_credentials()
    {
        Assert.Equal(".env.neo4j", Text(Graph["env_file"]));
        var variables = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".env.neo4j"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        foreach (var (name, value) in ((YamlMappingNode)Graph["environment"]).Children)
        {
            variables[Text(name)] = Text(value);
        }

        var options = Neo4jOptions.FromEnvironment(name => variables.GetValueOrDefault(name));
        options.Validate();

        Assert.Equal(new Uri("http://neo4j:7474"), options.Uri);
        Assert.Equal(variables["NEO4J_AUTH"], $"{options.User}/{options.Password}");
        Assert.Equal("neo4j", options.Database);
    }

    [Fact]
    public void Every_service_restarts_and_the_graph_services_check_their_own_health()
    {
        foreach (var (name, service) in Services.Children)
        {
            Assert.Equal("unless-stopped", Text(((YamlMappingNode)service)["restart"]));
            var test = Sequence(((YamlMappingNode)((YamlMappingNode)service)["healthcheck"])["test"]);
            if (Text(name) != "neo4j")
            {
                Assert.Contains("/health/ready", test[^1], StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_graph_services_listen_beyond_loopback_so_they_require_an_api_key_their_healthcheck_sends()
    {
        foreach (var name in new[] { "graph", "graph-embedded" })
        {
            var service = (YamlMappingNode)Services[name];
            var command = Sequence(service["command"]);
            Assert.Equal("http://0.0.0.0:8080", command[command.IndexOf("--urls") + 1]);
            // ${VAR:?message}: compose stops with the message when the variable is unset or empty.
            Assert.StartsWith("${GRAPH_API_KEY:?set GRAPH_API_KEY", Text(((YamlMappingNode)service["environment"])["Graph__ApiKey"]), StringComparison.Ordinal);
            var test = Sequence(((YamlMappingNode)service["healthcheck"])["test"]);
            Assert.Contains("X-Api-Key: %s", test[^1], StringComparison.Ordinal);
            Assert.Contains("\"$$Graph__ApiKey\"", test[^1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_embedded_profile_keeps_its_data_in_a_named_volume()
    {
        var embedded = (YamlMappingNode)Services["graph-embedded"];

        Assert.Equal("embedded", Sequence(embedded["profiles"]).Single());
        Assert.Contains("graph-data:/data", Sequence(embedded["volumes"]));
        var command = Sequence(embedded["command"]);
        Assert.Equal("/data", command[command.IndexOf("--data") + 1]);
        Assert.Contains("graph-data", ((YamlMappingNode)Load()["volumes"]).Children.Keys.Select(Text));
    }

    [Fact]
    public void The_image_restores_in_its_own_layer_builds_with_a_current_node_and_runs_as_a_non_root_user()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "Dockerfile"));
        int At(string start) => Array.FindIndex(lines, line => line.StartsWith(start, StringComparison.Ordinal));

        Assert.True(At("RUN dotnet restore") > 0 && At("RUN dotnet restore") < At("COPY . ."), "restore runs before the sources are copied");
        Assert.True(At("RUN cd src/Graph.Api/ClientApp && npm ci") < At("COPY . ."), "the npm packages install before the sources are copied");
        Assert.Matches(@"^FROM node:(2[2-9]|[3-9]\d)-", lines[At("FROM node:")]);
        Assert.True(At("USER app") > At("FROM mcr.microsoft.com/dotnet/aspnet"), "the runtime stage drops to the non-root user");
        Assert.True(At("HEALTHCHECK") > At("FROM mcr.microsoft.com/dotnet/aspnet"));
        Assert.Contains("/health/live", lines[At("HEALTHCHECK") + 1], StringComparison.Ordinal);
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepoPaths.Root, "docker-compose.yml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    private static List<string> Sequence(YamlNode node) => ((YamlSequenceNode)node).Children.Select(Text).ToList();
}
