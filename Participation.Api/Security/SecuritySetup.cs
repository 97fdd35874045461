using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Participation.Api.Security;

/// <summary>Rate limits, request sizes, HSTS and CORS: set up once for both hosts.</summary>
public static class SecuritySetup
{
    private const string CorsPolicy = "api";

    public static IServiceCollection AddParticipationSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection("Participation:Security")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CrossOriginOptions>().Bind(configuration.GetSection("Participation:Cors"))
            .Validate(o => o.AllowedOrigins.All(IsOrigin), "Participation:Cors:AllowedOrigins holds an entry that is not an origin such as https://portal.example.org.")
            .ValidateOnStart();
        var security = configuration.GetSection("Participation:Security").Get<SecurityOptions>() ?? new SecurityOptions();
        var origins = configuration.GetSection("Participation:Cors").Get<CrossOriginOptions>()?.AllowedOrigins ?? [];
        services.AddParticipationRateLimits(configuration);
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = security.MaxRequestBodyKilobytes * 1024L);
        services.Configure<FormOptions>(form =>
        {
            form.ValueLengthLimit = security.MaxRequestBodyKilobytes * 1024;
            form.MultipartBodyLengthLimit = Math.Max(UploadBytes.Photo(configuration), UploadBytes.Import(configuration));
        });
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(security.HstsMaxAgeDays));
        if (origins.Length > 0)
        {
            services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins(origins).AllowAnyHeader().AllowAnyMethod()));
        }
        return services;
    }

    /// <summary>Headers and HSTS first; CORS only for the API and only when origins are named.</summary>
    public static void UseParticipationSecurity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        // UseHsts answers only HTTPS requests (behind a proxy: with X-Forwarded-Proto from a trusted one).
        app.UseHsts();
        // A browser's form says its size up front; the error page then says so, where reading it would fail as a bad form.
        var bodyLimit = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.MaxRequestBodyKilobytes * 1024L;
        app.UseWhen(context => !ParticipationSetup.IsApiRequest(context), pages => pages.Use((context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? bodyLimit;
            if (context.Request.ContentLength > limit && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }
            return next(context);
        }));
        if (app.Configuration.GetSection("Participation:Cors:AllowedOrigins").Get<string[]>() is { Length: > 0 })
        {
            app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseCors(CorsPolicy));
        }
    }

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.AbsolutePath == "/"
        && !value.EndsWith('/') && uri.Query.Length == 0;
}
