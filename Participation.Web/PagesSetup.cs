using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Security;

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
                foreach (var folder in new[] { "/Organise", "/Credentials" })
                {
                    pages.Conventions.AddFolderApplicationModelConvention(folder, StaffPageLanguage.Mark);
                }
                pages.Conventions.AddPageApplicationModelConvention("/Login", StaffPageLanguage.Mark);
                pages.Conventions.AddPageApplicationModelConvention("/Logout", StaffPageLanguage.Mark);
                pages.Conventions.AddPageRoute("/Organise/Processes/Edit", "/organise/processes/new");
                pages.Conventions.AddPageRoute("/Organise/Areas/Edit", "/organise/processes/{processId:guid}/areas/new");
                pages.Conventions.AddPageRoute("/Organise/Series/Edit", "/organise/processes/{processId:guid}/series/new");
                pages.Conventions.AddPageRoute("/Organise/Events/Edit", "/organise/processes/{processId:guid}/events/new");
                pages.Conventions.AddPageRoute("/Organise/Sessions/Edit", "/organise/events/{eventId:guid}/sessions/new");
                pages.Conventions.AddPageRoute("/Organise/Boards/Edit", "/organise/sessions/{sessionId:guid}/boards/new");
                pages.Conventions.AddPageRoute("/Organise/Concept/Section", "/organise/documents/{documentId:guid}/sections/new");
                // The two forms that take files get the larger limits of the matching API routes.
                pages.Conventions.AddPageApplicationModelConvention("/Organise/Boards/Console",
                    page => page.EndpointMetadata.Add(new BodySizeLimit(UploadBytes.Photo(builder.Configuration))));
                pages.Conventions.AddPageApplicationModelConvention("/Organise/Registrations/Invite",
                    page => page.EndpointMetadata.Add(new BodySizeLimit(UploadBytes.Import(builder.Configuration))));
            })
            .AddMvcOptions(mvc => mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true)
            .AddViewLocalization();
        builder.Services.AddSingleton<PageTexts>();
        builder.Services.AddOptions<MvcOptions>().Configure<PageTexts>(UseLocalisedBindingMessages);
        // Umlauts, Arabic and Cyrillic go out as characters, not as numeric entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
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

    /// <summary>A value the form cannot even be read into (letters in a number field) gets a message in the visitor's language.</summary>
    private static void UseLocalisedBindingMessages(MvcOptions mvc, PageTexts text)
    {
        var messages = mvc.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => text["Form.ValueInvalid"]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => text["Form.ValueInvalid"]);
        messages.SetUnknownValueIsInvalidAccessor(_ => text["Form.ValueInvalid"]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Form.ValueInvalid"]);
        messages.SetValueIsInvalidAccessor(_ => text["Form.ValueInvalid"]);
        messages.SetValueMustBeANumberAccessor(_ => text["Form.ValueInvalid"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Form.ValueInvalid"]);
        messages.SetValueMustNotBeNullAccessor(_ => text["Form.ValueInvalid"]);
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
        app.UseLanguageFromLink();
        app.UseStaffPageLanguage();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
