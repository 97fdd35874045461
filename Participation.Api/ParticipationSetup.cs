using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Accessibility;
using Participation.Api.Bodies;
using Participation.Api.Boards;
using Participation.Api.Concept;
using Participation.Api.Data;
using Participation.Api.DataProtection;
using Participation.Api.Demo;
using Participation.Api.Documentation;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Health;
using Participation.Api.Identity;
using Participation.Api.Indicators;
using Participation.Api.Measures;
using Participation.Api.Monitoring;
using Participation.Api.Processes;
using Participation.Api.Recommendations;
using Participation.Api.Registrations;
using Participation.Api.Email;
using Participation.Api.Scaling;
using Participation.Api.Security;
using Participation.Api.Telemetry;
using Scalar.AspNetCore;
using Participation.Api.Localisation;

namespace Participation.Api;

/// <summary>The two calls every host makes: <see cref="AddParticipation"/> and <see cref="MapParticipation"/>.</summary>
public static class ParticipationSetup
{
    public static WebApplicationBuilder AddParticipation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<ParticipationOptions>().Bind(configuration.GetSection("Participation"))
            .ValidateDataAnnotations()
            .Validate(o => TimeZones.IsKnown(o.DefaultTimeZone), "Participation:DefaultTimeZone is not a known IANA time zone.")
            .Validate(o => o.TrustedProxies.All(ForwardedHeadersSetup.IsValid), "Participation:TrustedProxies holds an entry that is neither an address nor a network such as 10.0.0.0/8.")
            .PostConfigure(o => o.DataDirectory = Path.GetFullPath(o.DataDirectory))
            .ValidateOnStart();
        services.AddOptions<LimitsOptions>().Bind(configuration.GetSection("Participation:Limits")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection("Participation:Auth")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection("Participation:Admin"));

        var installation = configuration.GetSection("Participation").Get<ParticipationOptions>() ?? new ParticipationOptions();
        var dataDirectory = Path.GetFullPath(installation.DataDirectory);
        services.AddParticipationDatabase(configuration, dataDirectory);
        // First of the hosted services: the background senders start only once the schema is there.
        services.AddHostedService<DatabaseInitializer>();
        // Login cookies and tokens stay valid across restarts: the keys that protect them live with the data.
        services.AddDataProtection().SetApplicationName("Participation")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
        services.AddParticipationIdentity(configuration.GetSection("Participation:Auth").Get<AuthOptions>() ?? new AuthOptions());
        services.AddParticipationSingleSignOn(configuration);
        services.AddBoards(configuration);
        services.AddRegistrations(configuration);
        services.AddConcept(configuration);
        services.AddDataProtectionRules(configuration);
        services.AddAccessibilityStatement(configuration);
        services.AddBodies(configuration);
        services.AddRecommendations(configuration);
        services.AddMeasures(configuration);
        services.AddIndicators(configuration);
        services.AddMonitoring(configuration);
        services.AddScoped<DocumentationBuilder>();
        services.AddAuthorization();

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            CultureInfo[] cultures = [.. SpokenLanguages.All.Select(l => l.Culture)];
            o.DefaultRequestCulture = new RequestCulture(cultures[0]);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

        services.AddValidatorsFromAssemblyContaining<Messages>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = LocalisedProblemTitles.Apply);
        services.AddExceptionHandler<MalformedRequestHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.Converters.Add(new OffsetRequiredConverter());
        });
        services.AddOpenApi(o => o.AddDocumentTransformer<OpenApiDescription>());
        services.AddParticipationHealth(configuration);
        services.AddParticipationTelemetry(configuration, installation.InstanceName);
        services.AddForwardedHeadersFromProxies(configuration);
        services.AddParticipationSecurity(configuration);
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(installation.ShutdownSeconds));
        services.AddHostedService<GracefulShutdown>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TokenGenerator>();
        services.AddScoped<DemoSeeder>();
        return builder;
    }

    public static WebApplication MapParticipation(this WebApplication app)
    {
        UseLocalisedFieldNames(app.Services.GetRequiredService<IStringLocalizer<Messages>>());

        app.UseForwardedHeaders();
        app.UseParticipationSecurity();
        app.UseRequestLocalization();
        app.UseWhen(IsApiRequest, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication: posting is counted per participant.
        app.UseRateLimiter();
        app.UseAuditLog();

        app.MapOpenApi();
        // No fonts from a CDN: administrations often run behind proxies that block them.
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Participation API").DisableDefaultFonts());
        app.MapParticipationHealth();

        app.MapAuth();
        app.MapAccounts();
        app.MapPasswordReset();
        app.MapInvitations();
        app.MapAccountSessions();
        app.MapOwnAccount();
        app.MapMembers();
        app.MapProcesses();
        app.MapAreas();
        app.MapSeries();
        app.MapEvents();
        app.MapSessions();
        app.MapPublicEvents();
        app.MapBoards();
        app.MapIdeas();
        app.MapModeration();
        app.MapPhotos();
        app.MapRegistrations();
        app.MapRegistrationSettings();
        app.MapAttendees();
        app.MapMailings();
        app.MapPrints();
        app.MapCheckIns();
        app.MapEmails();
        app.MapDocuments();
        app.MapSections();
        app.MapContributions();
        app.MapDocumentation();
        app.MapSessionOutcomes();
        app.MapConceptPrints();
        app.MapDataProtection();
        app.MapAccessibility();
        app.MapBodies();
        app.MapRecommendations();
        app.MapMeasures();
        app.MapIndicators();
        app.MapMonitoring();
        app.MapHub<BoardHub>("/hubs/board");
        return app;
    }

    public static bool IsApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/health")
        || context.Request.Path.StartsWithSegments("/openapi") || context.Request.Path.StartsWithSegments("/hubs");

    /// <summary>
    /// Field names in validation messages come from the resource files
    /// ("'Titel' darf nicht leer sein."); error keys stay the JSON names.
    /// FluentValidation only offers this as global configuration.
    /// </summary>
    private static void UseLocalisedFieldNames(IStringLocalizer<Messages> text)
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
        {
            if (member is null)
            {
                return null;
            }
            var label = text[$"Field.{member.Name}"];
            return label.ResourceNotFound ? member.Name : label.Value;
        };
    }
}
