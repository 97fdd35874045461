namespace Participation.Api.Monitoring;

public static class MonitoringSetup
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapMonitoring(this IEndpointRouteBuilder routes)
    {
        return routes;
    }
}
