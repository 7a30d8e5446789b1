using Graph.Api.Data;
using Graph.Api.GraphQL.Translation;
using Graph.Core.Cypher;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL;

/// <summary>Registers the schema, the executer, the Cypher queries behind the resolvers and the request's batch loaders.</summary>
internal static class GraphQLServices
{
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services)
    {
        services.AddOptions<GraphQLLimits>().BindConfiguration(GraphQLLimits.Section);
        services.AddSingleton<GraphQueries>();
        services.AddSingleton<GraphTraversals>();
        services.AddScoped<BatchLoaders>();
        services.AddScoped<GraphQLRequestExecutor>();
        services.AddOptions<GraphQLResponseCacheOptions>().BindConfiguration(GraphQLResponseCacheOptions.Section);
        services.AddSingleton<GraphQLResponseCache>();
        services.AddSingleton<ValidatedDocumentCache>();
        services.AddSingleton<IConfigureExecution>(provider => provider.GetRequiredService<ValidatedDocumentCache>());
        services.AddSingleton<GraphQLAdmission>();
        services.AddSingleton<HeavyRequestGate>();
        services.AddOptions<GraphQLTranslationOptions>().BindConfiguration(GraphQLTranslationOptions.Section);
        services.AddSingleton<TranslationCache>();
        services.AddGraphQL(graphql => graphql
            .AddSchema<KnowledgeGraphSchema>()
            .AddGraphTypes(typeof(KnowledgeGraphSchema).Assembly)
            .AddSystemTextJson()
            .AddValidationRule<SelectionDepthRule>()
            .AddValidationRule<KnownOperationTypesRule>()
            // Queries run serially: batching already makes each level one statement, and parallel resolution of
            // many list items only added thread-pool hops and contention under load.
            .AddExecutionStrategy<TranslatingExecutionStrategy>(OperationType.Query)
            // Complexity depends on variables (first: $n), so it also runs for documents served from the cache.
            .AddValidationRule(provider => ComplexityRule(provider.GetRequiredService<IOptions<GraphQLLimits>>().Value), useForCachedDocuments: true)
            .AddUnhandledExceptionHandler(ReportUnhandled));
        return services;
    }

    private static ComplexityValidationRule ComplexityRule(GraphQLLimits limits) => new(new ComplexityOptions
    {
        MaxComplexity = limits.MaxComplexity,
        DefaultListImpactMultiplier = ComplexityEstimate.RelationshipListSize,
        DefaultComplexityImpactDelegate = new ComplexityEstimate(limits).Of,
        // Within the limit: the cost is kept for the heavy request gate.
        ValidateComplexityDelegate = context =>
        {
            if (context.ValidationContext.UserContext is GraphRequestContext request)
            {
                request.Cost = context.TotalImpact;
            }
            return Task.CompletedTask;
        },
    });

    /// <summary>Serves GraphiQL's embedded browser assets under /lib.</summary>
    public static IApplicationBuilder UseGraphiQLAssets(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/lib",
            FileProvider = new EmbeddedFileProvider(typeof(GraphQLServices).Assembly, "Graph.Api.GraphiQL"),
        });

    /// <summary>Logs resolver failures; a Cypher error keeps its own message (it names the statement's problem, not secrets).</summary>
    private static void ReportUnhandled(global::GraphQL.Execution.UnhandledExceptionContext context)
    {
        // A spent row budget or a full heavy lane is the request's limit, not a fault: its message, no log entry.
        if (context.OriginalException is RowBudgetExceededException or HeavyLaneFullException)
        {
            context.ErrorMessage = context.OriginalException.Message;
            return;
        }
        var logger = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(GraphQLServices).FullName!);
        logger?.LogError(context.OriginalException, "GraphQL field {Path} failed.", context.FieldContext?.Path is { } path ? string.Join('.', path) : "(request)");
        if (context.OriginalException is CypherException cypher)
        {
            context.ErrorMessage = $"The graph store refused a query: {cypher.Message}";
        }
        // A date written by hand as something else: the error names the value, so whoever wrote it can find it.
        if (context.OriginalException is Types.StoredValueNotADateException notADate)
        {
            context.ErrorMessage = notADate.Message;
        }
    }
}
