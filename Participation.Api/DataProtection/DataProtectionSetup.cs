namespace Participation.Api.DataProtection;

public static class DataProtectionSetup
{
    public static IServiceCollection AddDataProtectionRules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DataProtectionOptions>().Bind(configuration.GetSection("Participation:DataProtection")).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<PrivacyNotices>();
        services.AddScoped<DataRequests>();
        services.AddScoped<Retention>();
        return services;
    }

    public static void MapDataProtection(this IEndpointRouteBuilder routes)
    {
        routes.MapPrivacy();
        routes.MapDataRequests();
        routes.MapAudit();
    }
}
