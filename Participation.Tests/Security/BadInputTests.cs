using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Participation.Api.Boards;
using Participation.Api.Concept;
using Participation.Api.Extensions;
using Participation.Api.Processes;
using Participation.Tests.Boards;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Security;

/// <summary>Oversized and malformed requests, script in text fields, and path tricks in file names.</summary>
public sealed class BadInputTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Attribute = "\"><img src=x onerror=alert(1)>";
    private const string Markup = Script + Attribute;

    [Theory]
    [InlineData("/api/processes", "{\"title\": \"Offen")]
    [InlineData("/api/processes", "{\"title\": 42, \"timeZone\": [}")]
    [InlineData("/api/auth/login", "nicht json")]
    [InlineData("/api/join/ABCDEF", "{\"displayName\": ")]
    public async Task Malformed_JSON_gets_a_400_problem_and_changes_nothing(string route, string body)
    {
        await using var factory = new ParticipationFactory();
        var admin = await factory.AdminClientAsync();
        var before = await admin.GetStringAsync("/api/processes");
        var response = await admin.PostAsync(route, new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem.Title);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await admin.GetStringAsync("/api/processes"));
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_problem_details_and_a_photo_may_be_larger()
    {
        await using var factory = new ParticipationFactory { Settings = { ["Participation:Security:MaxRequestBodyKilobytes"] = "64" } };
        var baseUrl = factory.StartOnKestrel();
        var board = await factory.CreateBoardAsync();
        using var admin = new HttpClient { BaseAddress = new Uri(baseUrl) };
        admin.DefaultRequestHeaders.Authorization = board.Admin.DefaultRequestHeaders.Authorization;
        using var facilitator = new HttpClient { BaseAddress = new Uri(baseUrl) };
        facilitator.DefaultRequestHeaders.Authorization = board.Facilitator.DefaultRequestHeaders.Authorization;
        var before = await admin.GetStringAsync("/api/processes");

        var huge = await admin.PostJsonAsync("/api/processes", Arrange.Process(new string('x', 200_000)));
        var problem = await huge.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Die Anfrage ist zu groß.", problem.Title);
        Assert.Equal(before, await admin.GetStringAsync("/api/processes"));

        var photo = await facilitator.PostAsync($"/api/sessions/{board.SessionId}/photos", Photo("flipchart.png", 300_000));
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
    }

    [Fact]
    public async Task A_form_over_the_limit_gets_the_readable_413_page()
    {
        await using var factory = new ParticipationFactory { Settings = { ["Participation:Security:MaxRequestBodyKilobytes"] = "64" } };
        var baseUrl = factory.StartOnKestrel();
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id);
        using var browser = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var response = await browser.PostAsync($"/events/{@event.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Name"] = new string('x', 200_000), ["Form.Email"] = "gross@verein.example",
        }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Contains("Zu groß"), html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task A_hub_message_over_the_limit_closes_that_connection_and_stores_nothing()
    {
        // The idea itself may be this long: only the message size can refuse it.
        await using var factory = new ParticipationFactory
        {
            Settings = { ["Participation:Boards:MaxHubMessageBytes"] = "4096", ["Participation:Boards:IdeaMaxLength"] = "10000" },
        };
        var baseUrl = factory.StartOnKestrel();
        var board = await factory.CreateBoardAsync();
        var anna = await factory.JoinAsync(board, "Anna");
        var (hub, _) = await BoardClient.JoinAsync(baseUrl, anna.Token, "Anna", board.Id);
        await using var _ = hub;
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => hub.PostIdeaAsync(board.Id, board.Column(0), new string('x', 9_000)));
        // Not the validator's refusal (the idea is within its length): the server closed the connection.
        Assert.Contains("closed the connection", failure.Message);
        Assert.Empty((await board.SnapshotAsync()).Ideas);
    }

    [Fact]
    public async Task Script_in_titles_ideas_registrations_and_contributions_is_stored_as_typed_and_shown_as_text()
    {
        await using var factory = new ParticipationFactory();
        var admin = await factory.AdminClientAsync();
        var pages = await factory.PageClientAsync();
        var process = await admin.CreateProcessAsync(Markup);
        Assert.Equal(Markup, (await (await admin.GetAsync($"/api/processes/{process.Id}")).ReadAsync<ProcessResponse>()).Title);
        AssertShownAsText(await pages.GetStringAsync("/organise"));

        var @event = await admin.OpenEventAsync(process.Id, title: Markup);
        AssertShownAsText(await factory.CreateClient().GetStringAsync($"/events/{@event.Id}"));

        var person = RegistrationArrange.Person("skript@verein.example", Markup).With("organisation", Markup).With("perspective", Markup)
            .With("remarks", Markup).With("accessibilityNeeds", Markup).With("dietaryNeeds", Markup);
        Assert.Equal(HttpStatusCode.Accepted, (await factory.CreateClient().RegisterAsync(@event.Id, person)).StatusCode);
        var stored = await (await admin.GetAsync($"/api/events/{@event.Id}/registrations")).ReadAsync<List<Participation.Api.Registrations.RegistrationResponse>>();
        Assert.Equal((Markup, Markup, Markup), (stored.Single().Name, stored.Single().Organisation, stored.Single().Remarks));
        AssertShownAsText(await pages.GetStringAsync($"/organise/events/{@event.Id}/attendees"));

        var board = await factory.CreateBoardAsync();
        var participant = await factory.JoinAsync(board, Markup);
        await (await participant.Client.PostJsonAsync($"/api/boards/{board.Id}/ideas", BoardArrange.Idea(board.Column(0), Markup))).ReadAsync<IdeaDto>();
        await (await board.Facilitator.PutJsonAsync($"/api/boards/{board.Id}/results", new PublishInput(true))).ReadAsync<bool>();
        Assert.Equal(Markup, (await board.SnapshotAsync()).Ideas.Single().Text);
        AssertShownAsText(await factory.CreateClient().GetStringAsync($"/b/{board.Id}/results"));

        var concept = await factory.CreateConceptProcessAsync();
        var document = await concept.Organiser.CreateDocumentAsync(concept.Id, reviews: false);
        var section = await concept.Organiser.CreateSectionAsync(document.Id);
        var contribution = await factory.CreateClient().PostJsonAsync($"/api/k/{section.Code}/contributions",
            ConceptArrange.Contribution(Markup).With("authorName", Script));
        Assert.True(contribution.IsSuccessStatusCode, await contribution.Content.ReadAsStringAsync());
        Assert.Contains((await factory.CreateClient().PublicSectionAsync(section.Code)).Contributions, c => c.Text == Markup);
        AssertShownAsText(await factory.CreateClient().GetStringAsync($"/k/{section.Code}"));
    }

    private static void AssertShownAsText(string html)
    {
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.DoesNotContain(Script, html);
        Assert.DoesNotContain("<img src=x", html);
    }

    [Theory]
    [InlineData("../../x.png", "x.png")]
    [InlineData("..\\..\\x.png", "x.png")]
    [InlineData("/etc/passwd.png", "passwd.png")]
    [InlineData("con.png", "_con.png")]
    [InlineData("LPT1", "_LPT1")]
    [InlineData("bild\0.png", "bild.png")]
    [InlineData("zeile\r\nX-Kopf: 1.png", "zeileX-Kopf 1.png")]
    [InlineData("..", "photo.png")]
    [InlineData("Pinnwand Ökologie.png", "Pinnwand Ökologie.png")]
    public void An_uploaded_file_name_keeps_only_a_harmless_last_part(string typed, string kept) =>
        Assert.Equal(kept, Files.SafeUploadName(typed, "photo.png"));

    [Fact]
    public async Task A_photo_named_with_path_tricks_stays_in_the_data_directory_and_downloads_under_a_clean_name()
    {
        await using var factory = new ParticipationFactory();
        var board = await factory.CreateBoardAsync();
        var outside = Path.GetFullPath(Path.Combine(factory.DataDirectory, "..", "x.png"));
        foreach (var name in new[] { "../../x.png", "..\\..\\x.png", "con.png", "bild\u0001\u0007.png" })
        {
            var uploaded = await (await board.Facilitator.PostAsync($"/api/sessions/{board.SessionId}/photos", Photo(name, 2_000))).ReadAsync<PhotoResponse>();
            Assert.DoesNotContain("..", uploaded.FileName);
            Assert.DoesNotContain(uploaded.FileName, c => char.IsControl(c) || c is '/' or '\\');
            var download = await board.Facilitator.GetAsync(new Uri(uploaded.Url, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(uploaded.Url).PathAndQuery : uploaded.Url);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            var disposition = download.Content.Headers.ContentDisposition!;
            Assert.DoesNotContain("..", (disposition.FileNameStar ?? disposition.FileName)!);
        }
        Assert.False(File.Exists(outside));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(outside)!, "x.png"));
    }

    [Fact]
    public async Task A_download_named_after_a_title_with_path_tricks_gets_a_clean_file_name()
    {
        await using var factory = new ParticipationFactory();
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id, title: "../../etc/passwd " + Script);
        var csv = await admin.GetAsync($"/api/events/{@event.Id}/registrations?format=csv");
        var disposition = csv.Content.Headers.ContentDisposition!;
        var name = disposition.FileNameStar ?? disposition.FileName!;
        Assert.DoesNotContain("..", name);
        Assert.DoesNotContain("/", name);
        Assert.DoesNotContain("<", name);
        Assert.EndsWith(".csv", name.Trim('"'));
    }

    private static MultipartFormDataContent Photo(string fileName, int bytes)
    {
        var png = new byte[bytes];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }.CopyTo(png, 0);
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var form = new MultipartFormDataContent();
        form.Add(file, "file", "placeholder.png");
        // Set by hand: HttpClient would quote and escape the name the way a browser need not.
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"" + fileName.Replace("\"", "") + "\"" };
        return form;
    }
}
