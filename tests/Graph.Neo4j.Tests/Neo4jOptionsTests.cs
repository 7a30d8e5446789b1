using Microsoft.Extensions.Configuration;

namespace Graph.Neo4j.Tests;

/// <summary>Options from environment variables and configuration, and the errors for settings that cannot work.</summary>
public sealed class Neo4jOptionsTests
{
    [Fact]
    public void Environment_variables_override_the_defaults()
    {
        var variables = new Dictionary<string, string?>
        {
            ["NEO4J_URI"] = "https://graph.example:7473",
            ["NEO4J_USER"] = "analyst",
            ["NEO4J_PASSWORD"] = "pw",
            ["NEO4J_DATABASE"] = "wiki",
        };

        var options = Neo4jOptions.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.Equal(new Uri("https://graph.example:7473"), options.Uri);
        Assert.Equal(("analyst", "pw", "wiki"), (options.User, options.Password, options.Database));
    }

    [Fact]
    public void Unset_environment_variables_keep_the_defaults()
    {
        var options = Neo4jOptions.FromEnvironment(_ => null);

        Assert.Equal(new Uri("http://localhost:7474"), options.Uri);
        Assert.Equal(("neo4j", (string?)null, "neo4j"), (options.User, options.Password, options.Database));
        options.Validate();
    }

    [Theory]
    [InlineData("neo4j/from-auth", null, "neo4j", "from-auth")]
    [InlineData("neo4j/a/b", null, "neo4j", "a/b")]
    [InlineData("neo4j/from-auth", "analyst", "analyst", "from-auth")]
    [InlineData("none", null, null, null)]
    public void Neo4j_auth_as_the_image_reads_it_gives_user_and_password_unless_overridden(string auth, string? user, string? expectedUser, string? expectedPassword)
    {
        var variables = new Dictionary<string, string?> { ["NEO4J_AUTH"] = auth, ["NEO4J_USER"] = user };

        var options = Neo4jOptions.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.Equal((expectedUser, expectedPassword), (options.User, options.Password));
    }

    [Fact]
    public void A_neo4j_auth_without_a_slash_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Neo4jOptions.FromEnvironment(name => name == "NEO4J_AUTH" ? "secret" : null));

        Assert.Contains("NEO4J_AUTH must be user/password or none", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bolt://db:7687", "use http://db:7474")]
    [InlineData("neo4j://db:7687", "not neo4j://")]
    [InlineData("localhost:7474", "must be an absolute URL")]
    [InlineData("not a uri", "must be an absolute URL")]
    public void A_uri_the_query_api_cannot_use_is_refused_with_advice(string uri, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => Neo4jOptions.FromEnvironment(name => name == "NEO4J_URI" ? uri : null));

        Assert.Contains("NEO4J_URI", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binds_from_a_configuration_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Neo4j:Uri"] = "http://neo4j:7474",
                ["Neo4j:Database"] = "graph",
                ["Neo4j:RequestTimeout"] = "00:00:05",
                ["Neo4j:MaxRetryAttempts"] = "5",
                ["Neo4j:BreakerFailureRatio"] = "0.25",
                ["Neo4j:BreakerBreakDuration"] = "00:01:00",
            })
            .Build();
        var options = new Neo4jOptions();

        configuration.GetSection(Neo4jOptions.SectionName).Bind(options);

        Assert.Equal(new Uri("http://neo4j:7474"), options.Uri);
        Assert.Equal("graph", options.Database);
        Assert.Equal(TimeSpan.FromSeconds(5), options.RequestTimeout);
        Assert.Equal(5, options.MaxRetryAttempts);
        Assert.Equal(0.25, options.BreakerFailureRatio);
        Assert.Equal(TimeSpan.FromMinutes(1), options.BreakerBreakDuration);
        options.Validate();
    }

    [Theory]
    [InlineData(nameof(Neo4jOptions.RequestTimeout))]
    [InlineData(nameof(Neo4jOptions.MaxRetryAttempts))]
    [InlineData(nameof(Neo4jOptions.BreakerFailureRatio))]
    [InlineData(nameof(Neo4jOptions.BreakerMinimumThroughput))]
    [InlineData(nameof(Neo4jOptions.BreakerSamplingDuration))]
    [InlineData(nameof(Neo4jOptions.BreakerBreakDuration))]
    [InlineData(nameof(Neo4jOptions.TransactionTimeout))]
    [InlineData(nameof(Neo4jOptions.Database))]
    public void Validate_names_the_setting_that_cannot_work(string setting)
    {
        var options = new Neo4jOptions();
        switch (setting)
        {
            case nameof(Neo4jOptions.RequestTimeout): options.RequestTimeout = TimeSpan.FromSeconds(-1); break;
            case nameof(Neo4jOptions.MaxRetryAttempts): options.MaxRetryAttempts = -1; break;
            case nameof(Neo4jOptions.BreakerFailureRatio): options.BreakerFailureRatio = 1.5; break;
            case nameof(Neo4jOptions.BreakerMinimumThroughput): options.BreakerMinimumThroughput = 1; break;
            case nameof(Neo4jOptions.BreakerSamplingDuration): options.BreakerSamplingDuration = TimeSpan.FromMilliseconds(100); break;
            case nameof(Neo4jOptions.BreakerBreakDuration): options.BreakerBreakDuration = TimeSpan.FromMilliseconds(100); break;
            case nameof(Neo4jOptions.TransactionTimeout): options.TransactionTimeout = TimeSpan.Zero; break;
            case nameof(Neo4jOptions.Database): options.Database = " "; break;
        }

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(setting, error.ParamName);
        Assert.StartsWith($"Neo4j setting {setting} ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describing_options_never_shows_the_password()
    {
        var options = new Neo4jOptions { Password = "hunter2" };

        Assert.DoesNotContain("hunter2", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("localhost:7474", options.ToString(), StringComparison.Ordinal);
    }
}
