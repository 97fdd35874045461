using Microsoft.Extensions.Options;
using Participation.Api.Identity;

namespace Participation.Api.Security;

/// <summary>
/// The headers every answer carries. Set when the response starts, so error answers and re-executed
/// error pages (which clear the headers) carry them too.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "font-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>The API reference (Scalar) runs inline script and styles; only its page gets them.</summary>
    public const string ApiDocsContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; " +
        "form-action 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var oidc = app.ApplicationServices.GetService<IOptions<OidcOptions>>()?.Value;
        var pages = WithSignOnProvider(ContentSecurityPolicy, oidc);
        var apiDocs = WithSignOnProvider(ApiDocsContentSecurityPolicy, oidc);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                SetHeaders(context, context.Request.Path.StartsWithSegments("/api/docs") ? apiDocs : pages);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>
    /// The login form's single sign-on button posts here and is redirected to the provider; browsers hold
    /// that redirect to form-action too, so the provider's origin joins 'self' when sign-on is configured.
    /// </summary>
    public static string WithSignOnProvider(string policy, OidcOptions? oidc) =>
        oidc is { IsConfigured: true } && Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority)
            ? policy.Replace("form-action 'self'", $"form-action 'self' {authority.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal)
            : policy;

    private static void SetHeaders(HttpContext context, string contentSecurityPolicy)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        // Links carry tokens in their paths (/r/{token}, /host/{token}): no address leaves with a click.
        headers["Referrer-Policy"] = "no-referrer";
        // The door's check-in scanner needs the camera; nothing needs anything else.
        headers["Permissions-Policy"] = "camera=(self), microphone=(), geolocation=(), payment=(), usb=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
    }
}
