using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Participation.Tests.Infrastructure;

/// <summary>A browser without script: a client holding the login cookie, and forms posted with the antiforgery token the page gave.</summary>
public static partial class PageClients
{
    public static async Task<HttpClient> PageClientAsync(this WebApplicationFactory<Participation.Web.SharedResource> factory,
        string email = ParticipationFactory.AdminEmail, string password = ParticipationFactory.AdminPassword)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");
        var login = await client.PostFormAsync("/login", new() { ["email"] = email, ["password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    /// <summary>Opens the page, reads the token of its form and posts the fields to <paramref name="action"/> (the page itself by default).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, Dictionary<string, string> fields, string? action = null)
    {
        var token = await TokenAsync(client, page);
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> TokenAsync(this HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {page}");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="(?<token>[^"]+)""")]
    private static partial Regex TokenField();
}
