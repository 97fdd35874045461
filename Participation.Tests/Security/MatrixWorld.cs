using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Boards;
using Participation.Api.Concept;
using Participation.Api.Data;
using Participation.Api.Registrations;
using Participation.Tests.Bodies;
using Participation.Tests.Boards;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Security;

/// <summary>
/// The data every row of the matrix is tried on, arranged once through the API: process A with a thematic
/// area, a series, a public event open for registration with a session, a board with an idea, a cluster and
/// a photo, a table-host link, an attendee's confirmed registration, a concept document with a section and a
/// published contribution; process B for the "elsewhere" roles; and one account or token per role.
/// Rows that would use up what later rows need take fresh things from <see cref="MatrixFresh"/>.
/// </summary>
public sealed class MatrixWorld : IAsyncLifetime
{
    public ParticipationFactory Factory { get; } = new()
    {
        // The matrix posts many ideas as one participant; the limit is not what it is about.
        Settings = { ["Participation:Boards:MaxPostsPerMinute"] = "100000" },
    };

    public string BaseUrl { get; private set; } = "";
    public HttpClient Admin { get; private set; } = null!;

    /// <summary>The bearer token each role sends; none for nobody and the attendee (whose link is a query token).</summary>
    public Dictionary<MatrixRole, string?> Tokens { get; } = [];

    public Dictionary<MatrixRole, string> Emails { get; } = [];

    public Guid ProcessId { get; private set; }
    public Guid OtherProcessId { get; private set; }
    public Guid AreaId { get; private set; }
    public Guid SeriesId { get; private set; }
    public Guid EventId { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid BoardId { get; private set; }
    public BoardDto Board { get; private set; } = null!;
    public Guid ColumnId => Board.Columns[0].Id;
    public Guid IdeaId { get; private set; }
    public Guid ClusterId { get; private set; }
    public Guid PhotoId { get; private set; }
    public Guid DocumentId { get; private set; }
    public Guid SectionId { get; private set; }
    public Guid IndicatorId { get; private set; }
    public string SectionCode { get; private set; } = "";
    public Guid ContributionId { get; private set; }
    public Guid EmailId { get; private set; }
    public Guid RecommendationId { get; private set; }
    /// <summary>A measure linked to the recommendation, written to the database (its API is another feature's).</summary>
    public Guid TracedMeasureId { get; private set; }

    /// <summary>A focus group with one member (who has an address) and the event as its meeting.</summary>
    public const string BodyName = "Fokusgruppe Integration";
    public Guid BodyId { get; private set; }
    public Guid BodyMemberId { get; private set; }

    /// <summary>The registration organisers act on (GET/PUT /api/registrations/{id}).</summary>
    public Guid RegistrationId { get; private set; }

    /// <summary>The attendee's own registration, confirmed, and the tokens of its emailed links.</summary>
    public string ManageToken { get; private set; } = "";
    public string ConfirmToken { get; private set; } = "";

    public string AttendeeEmail { get; private set; } = "";

    public string RefreshToken { get; private set; } = "";
    public string SpareEmail { get; private set; } = "";
    public const string LoginPassword = Logins.Password;
    public string LoginEmail { get; private set; } = "";

    /// <summary>The event's body, sent back unchanged by PUT so it stays in the future (host links, registration).</summary>
    public Dictionary<string, object?> EventBody { get; private set; } = [];
    public Dictionary<string, object?> SessionBody { get; } = Arrange.Session().With("startsAt", null).With("endsAt", null);
    public Dictionary<string, object?> BoardBody => new()
    {
        ["title"] = Board.Title,
        ["columns"] = Board.Columns.Select(c => new { title = c.Title, id = c.Id }).ToArray(),
        ["voteBudget"] = 3,
        ["maxVotesPerIdea"] = 2,
        ["namedPosting"] = false,
        ["silentBrainstorm"] = false,
    };

    public MatrixFresh Fresh => new(this);

    public async Task InitializeAsync()
    {
        BaseUrl = Factory.StartOnKestrel();
        Admin = await Factory.AdminClientAsync();
        Tokens[MatrixRole.Nobody] = null;
        Tokens[MatrixRole.Attendee] = null;
        Tokens[MatrixRole.Administrator] = Admin.DefaultRequestHeaders.Authorization!.Parameter;

        ProcessId = (await Admin.CreateProcessAsync()).Id;
        OtherProcessId = (await Admin.CreateProcessAsync()).Id;
        await AddAccountAsync(MatrixRole.Organiser, ProcessId, "organiser", mayCreateProcesses: true);
        await AddAccountAsync(MatrixRole.Facilitator, ProcessId, "facilitator", mayCreateProcesses: false);
        await AddAccountAsync(MatrixRole.OrganiserElsewhere, OtherProcessId, "organiser", mayCreateProcesses: true);
        await AddAccountAsync(MatrixRole.FacilitatorElsewhere, OtherProcessId, "facilitator", mayCreateProcesses: false);
        var spare = await Factory.CreateAccountAsync(Admin);
        SpareEmail = spare.Email;
        LoginEmail = (await Factory.CreateAccountAsync(Admin)).Email;
        RefreshToken = (await (await Factory.CreateClient().PostJsonAsync("/api/auth/login", new { email = LoginEmail, password = LoginPassword }))
            .ReadAsync<TokenResponse>()).RefreshToken;

        AreaId = (await Admin.CreateAreaAsync(ProcessId, "Sprache")).Id;
        SeriesId = (await Admin.CreateSeriesAsync(ProcessId)).Id;
        EventBody = RegistrationArrange.FutureEvent().With("seriesId", SeriesId);
        EventId = (await Admin.CreateEventAsync(ProcessId, EventBody)).Id;
        await Admin.OpenRegistrationAsync(EventId);
        SessionId = (await Admin.CreateSessionAsync(EventId, SessionBody)).Id;

        Board = await (await Admin.PostJsonAsync($"/api/sessions/{SessionId}/boards", BoardArrange.Board())).ReadAsync<BoardDto>(HttpStatusCode.Created);
        BoardId = Board.Id;
        var joined = await (await Factory.CreateClient().PostJsonAsync($"/api/join/{Board.JoinCode}", new { displayName = "Anna" })).ReadAsync<JoinResponse>();
        Tokens[MatrixRole.Participant] = joined.ParticipantToken;
        var host = await (await Admin.PostJsonAsync($"/api/sessions/{SessionId}/hosts", new { name = "Tisch 1" })).ReadAsync<HostResponse>();
        Tokens[MatrixRole.TableHost] = host.HostToken;
        await AddElsewhereTokensAsync();
        IdeaId = await Fresh.IdeaAsync();
        ClusterId = await Fresh.ClusterAsync();
        await (await Admin.PutJsonAsync($"/api/boards/{BoardId}/results", new { published = true })).ReadAsync<JsonElement>();
        PhotoId = await AddPhotoAsync();

        (RegistrationId, _) = await Fresh.RegistrationAsync();
        var (attendee, confirmToken) = await Fresh.RegistrationAsync(RegistrationTokens.Confirm);
        AttendeeEmail = await EmailOfAsync(attendee);
        ConfirmToken = confirmToken;
        (await Factory.CreateClient().PostAsync($"/api/registrations/confirm?token={Uri.EscapeDataString(ConfirmToken)}", null)).EnsureSuccessStatusCode();
        ManageToken = await TokenForAsync(attendee, RegistrationTokens.Manage);
        var emails = await (await Admin.GetAsync($"/api/processes/{ProcessId}/emails")).ReadAsync<JsonElement>();
        EmailId = emails.EnumerateArray().First().GetProperty("id").GetGuid();

        DocumentId = (await Admin.CreateDocumentAsync(ProcessId)).Id;
        IndicatorId = await Fresh.IndicatorAsync();
        var section = await Admin.CreateSectionAsync(DocumentId);
        (SectionId, SectionCode) = (section.Id, section.Code);
        ContributionId = await Fresh.ContributionAsync();
        (await Admin.PostAsync($"/api/contributions/{ContributionId}/publish", null)).EnsureSuccessStatusCode();
        RecommendationId = await Fresh.RecommendationAsync();
        TracedMeasureId = await Fresh.TracedMeasureAsync(RecommendationId);

        BodyId = await Fresh.BodyAsync(BodyName);
        BodyMemberId = (await Admin.AddMemberAsync(BodyId, BodyArrange.Member("Aylin Demir", email: "demir@verein.example"))).Id;
        await Admin.LinkMeetingAsync(BodyId, EventId);
    }

    /// <summary>
    /// A client that sends the role's bearer token (none for nobody and the attendee) and shows redirects
    /// instead of following them (the factory's client options do not reach a Kestrel host).
    /// </summary>
    public HttpClient ClientFor(MatrixRole role)
    {
        if (!clients.TryGetValue(role, out var client))
        {
            client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(BaseUrl) };
            if (Tokens[role] is { } token)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            clients[role] = client;
        }
        return client;
    }

    private readonly Dictionary<MatrixRole, HttpClient> clients = [];

    /// <summary>A token of an emailed link, made the way the product makes it for the registration's current stamp.</summary>
    public async Task<string> TokenForAsync(Guid registrationId, string purpose)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        var registration = await db.Registrations.AsNoTracking().SingleAsync(r => r.Id == registrationId);
        return scope.ServiceProvider.GetRequiredService<RegistrationTokens>().Create(purpose, registration, DateTime.UtcNow.AddDays(30));
    }

    private async Task<string> EmailOfAsync(Guid registrationId)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        return await db.Registrations.Where(r => r.Id == registrationId).Select(r => r.Email!).SingleAsync();
    }

    public async Task<Guid> RegistrationIdOfAsync(string email)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        return await db.Registrations.Where(r => r.Email == email && r.EventId == EventId).Select(r => r.Id).SingleAsync();
    }

    private async Task AddAccountAsync(MatrixRole role, Guid processId, string processRole, bool mayCreateProcesses)
    {
        var account = await Factory.CreateAccountAsync(Admin, mayCreateProcesses);
        await (await Admin.PutJsonAsync($"/api/processes/{processId}/members", new { email = account.Email, role = processRole })).ReadAsync<JsonElement>();
        Tokens[role] = account.Client.DefaultRequestHeaders.Authorization!.Parameter;
        Emails[role] = account.Email;
    }

    /// <summary>A browser without script, logged in through the login page as the role's account (the pages know only the cookie).</summary>
    public async Task<HttpClient> PageClientAsync(MatrixRole role)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(BaseUrl) };
        var login = await client.PostFormAsync("/login", new() { ["email"] = Emails[role], ["password"] = Logins.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    /// <summary>A participant and a table host of a board of process B: their tokens must open nothing of process A.</summary>
    private async Task AddElsewhereTokensAsync()
    {
        var sessionId = await BoardArrange.CreateSessionAsync(Admin, OtherProcessId);
        var board = await (await Admin.PostJsonAsync($"/api/sessions/{sessionId}/boards", BoardArrange.Board())).ReadAsync<BoardDto>(HttpStatusCode.Created);
        var joined = await (await Factory.CreateClient().PostJsonAsync($"/api/join/{board.JoinCode}", new { displayName = "Ben" })).ReadAsync<JoinResponse>();
        Tokens[MatrixRole.ParticipantElsewhere] = joined.ParticipantToken;
        var host = await (await Admin.PostJsonAsync($"/api/sessions/{sessionId}/hosts", new { name = "Tisch 9" })).ReadAsync<HostResponse>();
        Tokens[MatrixRole.TableHostElsewhere] = host.HostToken;
    }

    private async Task<Guid> AddPhotoAsync()
    {
        var photo = await (await Admin.PostAsync($"/api/sessions/{SessionId}/photos", MatrixFresh.PhotoUpload())).ReadAsync<PhotoResponse>();
        return photo.Id;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
        await Factory.DisposeAsync();
    }
}
