namespace Participation.Api.Recommendations;

public static class RecommendationsSetup
{
    public static IServiceCollection AddRecommendations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RecommendationsOptions>().Bind(configuration.GetSection("Participation:Recommendations")).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RecommendationService>();
        services.AddScoped<TraceService>();
        return services;
    }

    public static IEndpointRouteBuilder MapRecommendations(this IEndpointRouteBuilder routes)
    {
        routes.MapRecommendationRoutes();
        routes.MapTraces();
        return routes;
    }
}
