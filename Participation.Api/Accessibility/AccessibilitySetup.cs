namespace Participation.Api.Accessibility;

public static class AccessibilitySetup
{
    public static IServiceCollection AddAccessibilityStatement(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccessibilityOptions>().Bind(configuration.GetSection("Participation:Accessibility")).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<AccessibilityStatements>();
        return services;
    }
}
