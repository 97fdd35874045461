using Microsoft.AspNetCore.Identity;
using Participation.Api;

namespace Participation.Web;

public static class PagesSetup
{
    /// <summary>The policy of every organiser page: the login cookie, and a redirect to the login page without it.</summary>
    public const string StaffPolicy = "Staff";

    public static WebApplicationBuilder AddParticipationPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(pages =>
            {
                pages.Conventions.AuthorizeFolder("/Organise", StaffPolicy);
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser());
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/login";
            cookie.LogoutPath = "/logout";
            cookie.AccessDeniedPath = "/error/403";
        });
        return builder;
    }

    /// <summary>Pages get readable error pages in the visitor's language; API routes keep their problem details.</summary>
    public static WebApplication UsePageErrors(this WebApplication app)
    {
        app.UseWhen(context => !ParticipationSetup.IsApiRequest(context), pages =>
        {
            pages.UseExceptionHandler("/error/500");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        return app;
    }

    public static WebApplication MapParticipationPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
