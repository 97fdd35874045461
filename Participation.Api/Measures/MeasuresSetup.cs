namespace Participation.Api.Measures;

public static class MeasuresSetup
{
    public static IServiceCollection AddMeasures(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapMeasures(this IEndpointRouteBuilder routes)
    {
        return routes;
    }
}
