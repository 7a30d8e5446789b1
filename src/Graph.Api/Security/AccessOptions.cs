namespace Graph.Api.Security;

/// <summary>
/// Who may reach the service, from the "Graph" section: Graph:ApiKey, Graph:AllowedHosts, Graph:AllowAnonymousRemote and
/// Graph:Cors:Origins. Lists are given item by item (Graph__AllowedHosts__0=...) or in one value split on ';' or ','.
/// </summary>
internal sealed record AccessOptions(string? ApiKey, IReadOnlyList<string> AllowedHosts, bool AllowAnonymousRemote, IReadOnlyList<string> CorsOrigins)
{
    public const string ApiKeySetting = "Graph:ApiKey";
    public const string AllowedHostsSetting = "Graph:AllowedHosts";
    public const string AllowAnonymousRemoteSetting = "Graph:AllowAnonymousRemote";
    public const string CorsOriginsSetting = "Graph:Cors:Origins";

    public static AccessOptions From(IConfiguration configuration) => new(
        string.IsNullOrWhiteSpace(configuration[ApiKeySetting]) ? null : configuration[ApiKeySetting],
        List(configuration.GetSection(AllowedHostsSetting)),
        configuration.GetValue<bool>(AllowAnonymousRemoteSetting),
        List(configuration.GetSection(CorsOriginsSetting)));

    private static List<string> List(IConfigurationSection section) =>
        section.GetChildren().Select(item => item.Value).Append(section.Value)
            .SelectMany(value => (value ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
}
