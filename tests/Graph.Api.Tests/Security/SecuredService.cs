using System.Text;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Tests.Security;

/// <summary>The service over an empty temp store with the given settings (Graph:ApiKey, Graph:AllowedHosts…), for one test.</summary>
internal sealed class SecuredService : IAsyncDisposable
{
    public const string GraphQLBody = """{"query":"{ __typename }"}""";

    private SecuredService(GraphApiFactory factory, CapturedLogs logs) => (Factory, Logs) = (factory, logs);

    public GraphApiFactory Factory { get; }

    public CapturedLogs Logs { get; }

    public static SecuredService Start(params (string Key, string Value)[] settings)
    {
        var logs = new CapturedLogs();
        var factory = new GraphApiFactory(
            RepoPaths.NewTempDirectory("graph-api-security"),
            services: services => services.AddSingleton<ILoggerProvider>(logs),
            settings: settings.ToDictionary(setting => setting.Key, setting => setting.Value));
        return new SecuredService(factory, logs);
    }

    public HttpClient Client() => Factory.CreateClient();

    public static HttpRequestMessage Post(string path, string body, string contentType) =>
        new(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        RepoPaths.DeleteDataDirectory(Factory.DataDirectory);
    }
}
