using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Boards;
using Participation.Api.Concept;
using Participation.Api.Data;
using Participation.Api.Registrations;
using Participation.Tests.Boards;
using Participation.Tests.Browser;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;
using Participation.Tests.Monitoring;
using Participation.Tests.Registrations;

namespace Participation.Tests.Accessibility;

/// <summary>
/// One process with everything a participant can see, arranged once through the API: a series with a public
/// event open for registration, a session with a board collecting ideas (one of them in Arabic) and a table-host
/// link, the board's published results, a concept document with a section and a published contribution, the
/// process's privacy notice, and a registration waiting for its confirmation next to a confirmed one. And the
/// Chromium the pages are opened in.
/// </summary>
public sealed class AxeWorld : IAsyncLifetime
{
    public ParticipationFactory Factory { get; } = new();
    public Chromium Chromium { get; } = new();
    public string BaseUrl { get; private set; } = "";

    public Guid ProcessId { get; private set; }
    public Guid SeriesId { get; private set; }
    public Guid EventId { get; private set; }
    public Guid BoardId { get; private set; }
    public string JoinCode { get; private set; } = "";
    public string HostToken { get; private set; } = "";
    public Guid DocumentId { get; private set; }
    public string SectionCode { get; private set; } = "";
    public string ConfirmToken { get; private set; } = "";
    public string ManageToken { get; private set; } = "";
    public Guid MonitoringProcessId { get; private set; }

    public async Task InitializeAsync()
    {
        await Chromium.InitializeAsync();
        BaseUrl = Factory.StartOnKestrel();
        var admin = await Factory.AdminClientAsync();

        ProcessId = (await admin.CreateProcessAsync()).Id;
        await (await admin.PutJsonAsync($"/api/processes/{ProcessId}/privacy",
            new { notice = "Verantwortlich ist der Landkreis Testland, Koordinierungsstelle Integration.", consentText = "Ich bin einverstanden." }))
            .ReadAsync<JsonElement>();
        SeriesId = (await admin.CreateSeriesAsync(ProcessId)).Id;
        EventId = (await admin.CreateEventAsync(ProcessId, RegistrationArrange.FutureEvent().With("seriesId", SeriesId))).Id;
        await admin.OpenRegistrationAsync(EventId);
        var session = await admin.CreateSessionAsync(EventId, Arrange.Session().With("startsAt", null).With("endsAt", null));

        var board = await (await admin.PostJsonAsync($"/api/sessions/{session.Id}/boards", BoardArrange.Board())).ReadAsync<BoardDto>(HttpStatusCode.Created);
        (BoardId, JoinCode) = (board.Id, board.JoinCode);
        var joined = await (await Factory.CreateClient().PostJsonAsync($"/api/join/{JoinCode}", new { displayName = "Amira" })).ReadAsync<JoinResponse>();
        var participant = Factory.WithToken(joined.ParticipantToken);
        foreach (var text in new[] { "Sprachcafé im Familienzentrum", "دورات لغة مع رعاية الأطفال" })
        {
            (await participant.PostJsonAsync($"/api/boards/{BoardId}/ideas", BoardArrange.Idea(board.Columns[0].Id, text))).EnsureSuccessStatusCode();
        }
        (await admin.PostJsonAsync($"/api/boards/{BoardId}/clusters", new { name = "Sprache" })).EnsureSuccessStatusCode();
        await (await admin.PutJsonAsync($"/api/boards/{BoardId}/results", new { published = true })).ReadAsync<JsonElement>();
        HostToken = (await (await admin.PostJsonAsync($"/api/sessions/{session.Id}/hosts", new { name = "Tisch 1" })).ReadAsync<HostResponse>()).HostToken;

        DocumentId = (await admin.CreateDocumentAsync(ProcessId)).Id;
        SectionCode = (await admin.CreateSectionAsync(DocumentId)).Code;
        var contribution = ConceptArrange.Contribution("Bitte auch Sprachkurse am Abend anbieten.");
        (await Factory.CreateClient().PostJsonAsync($"/api/k/{SectionCode}/contributions", contribution)).EnsureSuccessStatusCode();
        var contributionId = (await admin.ContributionsAsync(DocumentId)).Single().Id;
        (await admin.PostAsync($"/api/contributions/{contributionId}/publish", null)).EnsureSuccessStatusCode();

        ConfirmToken = await RegisterAsync("waiting-for-confirmation@participation.test", RegistrationTokens.Confirm);
        var confirmed = await RegisterAsync("confirmed@participation.test", RegistrationTokens.Confirm);
        (await Factory.CreateClient().PostAsync($"/api/registrations/confirm?token={Uri.EscapeDataString(confirmed)}", null)).EnsureSuccessStatusCode();
        ManageToken = await TokenAsync("confirmed@participation.test", RegistrationTokens.Manage);

        using var scope = Factory.Services.CreateScope();
        MonitoringProcessId = (await MonitoringArrange.SeedAsync(scope.ServiceProvider.GetRequiredService<ParticipationDb>(), new MonitoringScale())).ProcessId;
    }

    private async Task<string> RegisterAsync(string email, string purpose)
    {
        var response = await Factory.CreateClient().RegisterAsync(EventId, RegistrationArrange.Person(email));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await TokenAsync(email, purpose);
    }

    /// <summary>The token of an emailed link, made the way the product makes it for the registration's current stamp.</summary>
    private async Task<string> TokenAsync(string email, string purpose)
    {
        using var scope = Factory.Services.CreateScope();
        var registration = await scope.ServiceProvider.GetRequiredService<ParticipationDb>().Registrations.AsNoTracking()
            .SingleAsync(r => r.Email == email && r.EventId == EventId);
        return scope.ServiceProvider.GetRequiredService<RegistrationTokens>().Create(purpose, registration, DateTime.UtcNow.AddDays(30));
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await Factory.DisposeAsync();
    }
}
