using Participation.Api.Email;
using Participation.Api.Registrations.Printing;

namespace Participation.Api.Registrations;

public static class RegistrationSetup
{
    public static IServiceCollection AddRegistrations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RegistrationOptions>().Bind(configuration.GetSection("Participation:Registrations")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection("Participation:Smtp")).ValidateDataAnnotations()
            .Validate(o => Extensions.EmailAddresses.IsValid(o.From), "Participation:Smtp:From is not a valid email address.").ValidateOnStart();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection("Participation:Outbox")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<RegistrationTokens>();
        services.AddSingleton<RegistrationPrints>();
        services.AddScoped<RegistrationMails>();
        services.AddScoped<RegistrationService>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxSender>());
        services.AddHostedService<RegistrationHousekeeping>();
        return services;
    }
}
