using Participation.Api.Concept.Printing;

namespace Participation.Api.Concept;

public static class ConceptSetup
{
    public static IServiceCollection AddConcept(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConceptOptions>().Bind(configuration.GetSection("Participation:Concept")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConceptLinks>();
        services.AddScoped<ConceptService>();
        services.AddSingleton<ConceptPrints>();
        return services;
    }
}
