namespace Participation.Api.Indicators;

public static class IndicatorsSetup
{
    public static IServiceCollection AddIndicators(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapIndicators(this IEndpointRouteBuilder routes)
    {
        return routes;
    }
}
