namespace Graph.Api.Security;

/// <summary>Who may reach the service: allowed hosts, CORS (off unless Graph:Cors:Origins names origins), the API key, and the refusal to listen openly without one.</summary>
internal static class AccessControl
{
    public static IServiceCollection AddAccessControl(this IServiceCollection services)
    {
        services.AddCors();
        services.AddHostedService<RemoteListenGuard>();
        return services;
    }

    /// <summary>In this order: a wrong host is refused first; a CORS preflight (which carries no key) is answered before the key is asked for.</summary>
    public static WebApplication UseAccessControl(this WebApplication app)
    {
        var access = AccessOptions.From(app.Configuration);
        app.UseAllowedHosts(access.AllowedHosts);
        if (access.CorsOrigins.Count > 0)
        {
            app.UseCors(policy => policy.WithOrigins([.. access.CorsOrigins]).WithMethods("GET", "POST")
                .WithHeaders("Content-Type", "Accept", ApiKeyCheck.Header, "Authorization"));
        }
        if (access.ApiKey is { } key)
        {
            app.UseApiKey(key);
        }
        return app;
    }
}
