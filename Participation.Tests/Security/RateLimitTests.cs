using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Participation.Api.Boards;
using Participation.Tests.Boards;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Security;

public sealed class RateLimitTests
{
    private static ParticipationFactory WithLimit(string policy, int permits) => new()
    {
        DefaultRateLimits = true,
        Settings = { [$"Participation:RateLimits:{policy}:PermitLimit"] = permits.ToString(), [$"Participation:RateLimits:{policy}:WindowSeconds"] = "3600" },
    };

    /// <summary>Sends until the limit is spent, then once more, and checks that answer.</summary>
    private static async Task<Problem> RefusedAfterAsync(int permits, Func<int, Task<HttpResponseMessage>> send)
    {
        for (var i = 0; i < permits; i++)
        {
            var allowed = await send(i);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }
        var refused = await send(permits);
        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        AssertRetryAfter(refused);
        Assert.Equal("Zu viele Anfragen. Bitte warten Sie einen Moment.", problem.Title);
        return problem;
    }

    private static void AssertRetryAfter(HttpResponseMessage refused)
    {
        var seconds = refused.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.True(seconds is > 0 and <= 3600, $"Retry-After was {refused.Headers.RetryAfter}");
    }

    [Fact]
    public async Task Logging_in_too_often_from_one_address_answers_429_with_Retry_After()
    {
        await using var factory = WithLimit("Login", 3);
        var client = factory.CreateClient();
        await RefusedAfterAsync(3, _ => client.PostJsonAsync("/api/auth/login", new { email = ParticipationFactory.AdminEmail, password = "falsch" }));
        // The refresh route shares the login budget.
        var refresh = await client.PostJsonAsync("/api/auth/refresh", new { refreshToken = "x" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refresh.StatusCode);
    }

    [Fact]
    public async Task Registering_too_often_from_one_address_answers_429_and_registers_nobody_more()
    {
        await using var factory = WithLimit("Registration", 2);
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id);
        var anonymous = factory.CreateClient();
        await RefusedAfterAsync(2, i => anonymous.RegisterAsync(@event.Id, RegistrationArrange.Person($"person{i}@verein.example")));
        var list = await admin.GetStringAsync($"/api/events/{@event.Id}/registrations");
        Assert.DoesNotContain("person2@verein.example", list);
    }

    [Fact]
    public async Task Joining_too_often_from_one_address_answers_429()
    {
        await using var factory = WithLimit("Join", 2);
        var board = await factory.CreateBoardAsync();
        var anonymous = factory.CreateClient();
        await RefusedAfterAsync(2, _ => anonymous.PostJsonAsync($"/api/join/{board.Board.JoinCode}", new { }));
    }

    [Fact]
    public async Task Posting_too_many_ideas_over_REST_answers_429_for_that_participant_only()
    {
        await using var factory = WithLimit("Ideas", 2);
        var board = await factory.CreateBoardAsync();
        var anna = await factory.JoinAsync(board, "Anna");
        var ben = await factory.JoinAsync(board, "Ben");
        await RefusedAfterAsync(2, i => anna.Client.PostJsonAsync($"/api/boards/{board.Id}/ideas", BoardArrange.Idea(board.Column(0), $"Idee {i}")));
        var bens = await ben.Client.PostJsonAsync($"/api/boards/{board.Id}/ideas", BoardArrange.Idea(board.Column(0), "Bens Idee"));
        Assert.Equal(HttpStatusCode.OK, bens.StatusCode);
    }

    [Fact]
    public async Task Contributing_and_supporting_too_often_from_one_address_answers_429()
    {
        await using var factory = WithLimit("Contributions", 2);
        var process = await factory.CreateConceptProcessAsync();
        var document = await process.Organiser.CreateDocumentAsync(process.Id, reviews: false);
        var section = await process.Organiser.CreateSectionAsync(document.Id);
        var reader = factory.CreateClient();
        await RefusedAfterAsync(2, i => i < 2
            ? reader.PostJsonAsync($"/api/k/{section.Code}/contributions", ConceptArrange.Contribution($"Beitrag {i}"))
            : reader.PostAsync($"/api/contributions/{Guid.NewGuid()}/supports", null));
    }

    [Fact]
    public async Task The_login_form_posted_too_often_shows_a_readable_page_with_429()
    {
        await using var factory = WithLimit("Login", 1);
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var first = await browser.PostFormAsync("/login", new() { ["email"] = ParticipationFactory.AdminEmail, ["password"] = "falsch" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        // Reading the form again is not counted; only the post is.
        var second = await browser.PostFormAsync("/login", new() { ["email"] = ParticipationFactory.AdminEmail, ["password"] = "falsch" });
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("Zu viele Anfragen", html);
        Assert.Contains("<html lang=\"de\"", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task The_registration_form_posted_too_often_shows_a_readable_page_with_429()
    {
        await using var factory = WithLimit("Registration", 1);
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id);
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Dictionary<string, string> Form(int i) => new()
        {
            ["Form.Name"] = "Aylin Demir", ["Form.Email"] = $"p{i}@verein.example", ["Form.PrivacyConsent"] = "true",
        };
        var first = await browser.PostFormAsync($"/events/{@event.Id}", Form(0));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        var second = await browser.PostFormAsync($"/events/{@event.Id}", Form(1));
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Contains("Zu viele Anfragen", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_join_code_form_and_the_contribution_form_posted_too_often_show_the_429_page()
    {
        await using var factory = new ParticipationFactory
        {
            DefaultRateLimits = true,
            Settings = { ["Participation:RateLimits:Join:PermitLimit"] = "1", ["Participation:RateLimits:Contributions:PermitLimit"] = "1" },
        };
        var concept = await factory.CreateConceptProcessAsync();
        var document = await concept.Organiser.CreateDocumentAsync(concept.Id, reviews: false);
        var section = await concept.Organiser.CreateSectionAsync(document.Id);
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await browser.PostFormAsync("/j", new() { ["Code"] = "ABCDEF" })).StatusCode);
        var join = await browser.PostFormAsync("/j", new() { ["Code"] = "ABCDEF" });
        Assert.Equal(HttpStatusCode.TooManyRequests, join.StatusCode);
        Assert.Contains("Zu viele Anfragen", await join.Content.ReadAsStringAsync());

        Dictionary<string, string> Contribution() => new() { ["Form.Text"] = "Bitte mehr Abendkurse.", ["Form.PrivacyConsent"] = "true", ["Form.Kind"] = "comment" };
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await browser.PostFormAsync($"/k/{section.Code}", Contribution())).StatusCode);
        var contribution = await browser.PostFormAsync($"/k/{section.Code}", Contribution());
        Assert.Equal(HttpStatusCode.TooManyRequests, contribution.StatusCode);
        Assert.Contains("Zu viele Anfragen", await contribution.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Posting_too_many_ideas_over_the_hub_is_refused_with_a_readable_hub_error()
    {
        await using var factory = WithLimit("Ideas", 2);
        var baseUrl = factory.StartOnKestrel();
        var board = await factory.CreateBoardAsync();
        var anna = await factory.JoinAsync(board, "Anna");
        var (hub, _) = await BoardClient.JoinAsync(baseUrl, anna.Token, "Anna", board.Id);
        await using var _ = hub;
        await hub.PostIdeaAsync(board.Id, board.Column(0), "Eins");
        await hub.PostIdeaAsync(board.Id, board.Column(0), "Zwei");
        var refused = await Assert.ThrowsAsync<HubException>(() => hub.PostIdeaAsync(board.Id, board.Column(0), "Drei"));
        Assert.Contains("Sekunden", refused.Message);
        var snapshot = await board.SnapshotAsync();
        Assert.DoesNotContain(snapshot.Ideas, i => i.Text == "Drei");
    }

    [Fact]
    public async Task A_realistic_session_is_never_limited_with_the_default_settings()
    {
        await using var factory = new ParticipationFactory { DefaultRateLimits = true };
        var admin = await factory.AdminClientAsync();
        var board = await factory.CreateBoardAsync();
        var table = new List<TestParticipant>();
        for (var i = 0; i < 12; i++)
        {
            table.Add(await factory.JoinAsync(board, $"Person {i}"));
        }
        var ideas = new List<IdeaDto>();
        for (var i = 0; i < 10; i++)
        {
            ideas.Add(await (await table[0].Client.PostJsonAsync($"/api/boards/{board.Id}/ideas", BoardArrange.Idea(board.Column(0), $"Idee {i}"))).ReadAsync<IdeaDto>());
        }
        await (await board.Facilitator.PutJsonAsync($"/api/boards/{board.Id}/phase", new PhaseInput(BoardPhase.Vote))).ReadAsync<BoardPhase>();
        foreach (var person in table)
        {
            await (await person.Client.PostJsonAsync($"/api/boards/{board.Id}/ideas/{ideas[0].Id}/votes", new VoteInput(1))).ReadAsync<VoteResult>();
        }
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id);
        var anonymous = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var registered = await anonymous.RegisterAsync(@event.Id, RegistrationArrange.Person($"kollegin{i}@verein.example"));
            Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        }
    }
}
