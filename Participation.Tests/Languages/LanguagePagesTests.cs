using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Participation.Api.Localisation;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Languages;

/// <summary>Each language reaches the pages and the API from its resource files, and a chosen language sticks.</summary>
public sealed class LanguagePagesTests : IAsyncLifetime
{
    private readonly ParticipationFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    public static TheoryData<string> Codes => [.. SpokenLanguages.Codes];

    [Theory]
    [MemberData(nameof(Codes))]
    public async Task A_participant_page_opened_with_a_language_speaks_it_and_says_so(string code)
    {
        var language = SpokenLanguages.Find(code)!;
        var client = Anonymous();

        var html = await client.GetStringAsync($"/?culture={Uri.EscapeDataString(code)}");

        Assert.Contains($"<html lang=\"{language.HtmlLang}\" dir=\"{language.Direction}\" data-language=\"{language.Code}\">", html);
        Assert.Contains(Text("Participation.Web/Resources/PublicTexts", code, "Home.Intro"), WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task The_browser_language_is_followed_down_to_its_parent_and_a_language_from_a_link_is_remembered()
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fa-IR");
        Assert.Contains("<html lang=\"fa\" dir=\"rtl\"", await client.GetStringAsync("/"));

        var fromLink = await client.GetAsync("/?culture=uk");
        Assert.Contains(fromLink.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal) && c.Contains("uk"));
        var cookie = fromLink.Headers.GetValues("Set-Cookie").First().Split(';')[0];

        using var next = new HttpRequestMessage(HttpMethod.Get, "/");
        next.Headers.Add("Cookie", cookie);
        next.Headers.AcceptLanguage.ParseAdd("fa-IR");
        Assert.Contains("<html lang=\"uk\" dir=\"ltr\"", await (await client.SendAsync(next)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_language_switch_wins_over_the_language_the_link_named()
    {
        var client = Anonymous();
        var page = await client.GetStringAsync("/?culture=ar&x=1");
        Assert.Contains("name=\"returnUrl\" value=\"/?x=1\"", page);
        Assert.All(SpokenLanguages.All, l => Assert.Contains($"<option value=\"{l.Code}\" lang=\"{l.HtmlLang}\" dir=\"{l.Direction}\"", page));

        var switched = await client.PostFormAsync("/?culture=ar&x=1", new() { ["culture"] = "ru", ["returnUrl"] = "/?x=1" }, "/culture");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/?x=1", switched.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"ru\" dir=\"ltr\"", await client.GetStringAsync("/?x=1"));
    }

    [Theory]
    [InlineData("ar", "en")]
    [InlineData("tr", "en")]
    [InlineData(SpokenLanguages.PlainGerman, "de")]
    [InlineData("en", "en")]
    public async Task Organiser_pages_speak_German_or_English_whatever_the_visitor_reads(string visitor, string shown)
    {
        var html = await Anonymous().GetStringAsync($"/login?culture={visitor}");

        Assert.Contains($"<html lang=\"{shown}\" dir=\"ltr\"", html);
        Assert.Contains(Text("Participation.Web/Resources/SharedResource", shown, "Login.Title"), WebUtility.HtmlDecode(html));
        Assert.DoesNotContain("<option value=\"ar\"", html);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData(SpokenLanguages.PlainGerman)]
    [InlineData("uk")]
    public async Task The_API_answers_a_participant_in_their_language(string code)
    {
        var client = Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/join/NOSUCH?culture={Uri.EscapeDataString(code)}") { Content = JsonContent.Create(new { }) };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Text("Participation.Api/Resources/Messages", code, "Join.UnknownCode"), problem.GetProperty("title").GetString());
    }

    private HttpClient Anonymous() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static string Text(string set, string code, string key)
    {
        var file = code == SpokenLanguages.Default.Code ? $"{set}.resx" : $"{set}.{code}.resx";
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Participation.sln")))
        {
            root = root.Parent!;
        }
        return XDocument.Load(Path.Combine(root.FullName, file)).Root!.Elements("data")
            .Single(d => (string)d.Attribute("name")! == key).Element("value")!.Value;
    }
}
