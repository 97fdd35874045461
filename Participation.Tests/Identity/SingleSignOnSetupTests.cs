using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participation.Api.Identity;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Identity;

/// <summary>Single sign-on exists only by configuration, and a half-done configuration stops the start.</summary>
public sealed class SingleSignOnSetupTests
{
    private static Dictionary<string, string?> Keycloak() => new()
    {
        ["Participation:Auth:Oidc:Authority"] = "https://sso.kreis.example/realms/verwaltung",
        ["Participation:Auth:Oidc:ClientId"] = "participation",
        ["Participation:Auth:Oidc:ClientSecret"] = "geheim",
        ["Participation:Auth:Oidc:DisplayName"] = "Kreis-Login",
    };

    [Fact]
    public async Task Without_an_authority_there_is_no_handler_and_no_button()
    {
        await using var factory = new ParticipationFactory();

        var html = await factory.CreateClient().GetStringAsync("/login");

        Assert.Null(await factory.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OidcOptions.Scheme));
        Assert.DoesNotContain("Anmelden mit", html);
    }

    [Fact]
    public async Task With_an_authority_the_handler_is_registered_and_the_login_page_offers_the_button()
    {
        await using var factory = new ParticipationFactory { Settings = Keycloak() };

        var html = await factory.CreateClient().GetStringAsync("/login");

        var scheme = await factory.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OidcOptions.Scheme);
        Assert.Equal("Kreis-Login", scheme?.DisplayName);
        Assert.Contains("Anmelden mit Kreis-Login", html);
        Assert.False(factory.Services.GetRequiredService<IOptions<OidcOptions>>().Value.CreateAccounts);
    }

    [Theory]
    [InlineData("Participation:Auth:Oidc:ClientId", "")]
    [InlineData("Participation:Auth:Oidc:Authority", "http://sso.kreis.example/realms/verwaltung")]
    [InlineData("Participation:Auth:Oidc:Authority", "kein-uri")]
    public async Task A_half_done_configuration_stops_the_start_naming_the_setting(string key, string value)
    {
        var settings = Keycloak();
        settings[key] = value;
        await using var factory = new ParticipationFactory { Settings = settings };

        var failure = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Participation:Auth:Oidc", failure.Message);
    }

    [Fact]
    public async Task An_unknown_provider_posted_to_the_login_page_changes_nothing()
    {
        await using var factory = new ParticipationFactory { Settings = Keycloak() };
        var page = factory.CreateClient(new() { AllowAutoRedirect = false });

        var answer = await page.PostFormAsync("/login", new() { ["provider"] = "Bearer" }, "/login?handler=External");

        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
    }
}
