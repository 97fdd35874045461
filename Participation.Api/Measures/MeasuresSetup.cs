namespace Participation.Api.Measures;

public static class MeasuresSetup
{
    public static IServiceCollection AddMeasures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MeasuresOptions>().Bind(configuration.GetSection("Participation:Measures")).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<MeasureLinks>();
        services.AddScoped<ConceptSnapshots>();
        return services;
    }

    public static IEndpointRouteBuilder MapMeasures(this IEndpointRouteBuilder routes)
    {
        routes.MapMeasuresApi();
        routes.MapMeasureStatus();
        routes.MapConceptVersions();
        return routes;
    }
}
