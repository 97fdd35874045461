namespace Participation.Api.Indicators;

public static class IndicatorsSetup
{
    public static IServiceCollection AddIndicators(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IndicatorsOptions>().Bind(configuration.GetSection("Participation:Indicators")).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IndicatorValues>();
        services.AddSingleton<Charts.ChartCache>();
        return services;
    }

    public static IEndpointRouteBuilder MapIndicators(this IEndpointRouteBuilder routes)
    {
        routes.MapIndicatorsApi();
        routes.MapIndicatorValues();
        routes.MapIndicatorCharts();
        return routes;
    }
}
