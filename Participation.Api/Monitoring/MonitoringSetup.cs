namespace Participation.Api.Monitoring;

public static class MonitoringSetup
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MonitoringOptions>().Bind(configuration.GetSection("Participation:Monitoring")).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<MonitoringReader>();
        services.AddScoped<AnnualReportBuilder>();
        return services;
    }

    public static IEndpointRouteBuilder MapMonitoring(this IEndpointRouteBuilder routes)
    {
        routes.MapMonitoringApi();
        routes.MapAnnualReport();
        return routes;
    }
}
