using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Boards;
using Participation.Api.Concept;
using Participation.Api.Identity;
using Participation.Api.Registrations;
using Participation.Tests.Bodies;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Security;

/// <summary>
/// Throw-away things in process A, made by the administrator (or the participant, for ideas) for one call of
/// a row that deletes or uses up what it is given, so every role meets the same untouched state.
/// </summary>
public sealed class MatrixFresh(MatrixWorld world)
{
    private HttpClient Admin => world.Admin;

    /// <summary>An idea the participant posted (so "their own idea" is what the participant column is about).</summary>
    public async Task<Guid> IdeaAsync()
    {
        var participant = world.ClientFor(MatrixRole.Participant);
        var idea = await (await participant.PostJsonAsync($"/api/boards/{world.BoardId}/ideas",
            new PostIdeaInput(world.ColumnId, "Sprachcafé im Familienzentrum", Guid.NewGuid().ToString("N")))).ReadAsync<IdeaDto>();
        return idea.Id;
    }

    public async Task<Guid> ClusterAsync() =>
        (await (await Admin.PostJsonAsync($"/api/boards/{world.BoardId}/clusters", new { name = "Sprache" })).ReadAsync<ClusterDto>()).Id;

    /// <summary>A registration for the event, and the token of <paramref name="purpose"/> for its link.</summary>
    public async Task<(Guid Id, string Token)> RegistrationAsync(string purpose = RegistrationTokens.Manage)
    {
        var email = $"attendee-{Guid.NewGuid():N}@participation.test";
        var response = await world.Factory.CreateClient().RegisterAsync(world.EventId, RegistrationArrange.Person(email));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = await world.RegistrationIdOfAsync(email);
        return (id, await world.TokenForAsync(id, purpose));
    }

    /// <summary>A walk-in: a registration that is checked in.</summary>
    public async Task<Guid> CheckedInAsync() =>
        (await (await Admin.PostJsonAsync($"/api/events/{world.EventId}/walk-ins", new { name = "Kemal Yıldız" })).ReadAsync<CheckInResponse>()).RegistrationId;

    public async Task<Guid> ProcessAsync()
    {
        var id = (await Admin.CreateProcessAsync()).Id;
        foreach (var (role, name) in new[] { (MatrixRole.Organiser, "organiser"), (MatrixRole.Facilitator, "facilitator") })
        {
            await (await Admin.PutJsonAsync($"/api/processes/{id}/members", new { email = world.Emails[role], role = name })).ReadAsync<JsonElement>();
        }
        return id;
    }

    public async Task<Guid> AreaAsync() => (await Admin.CreateAreaAsync(world.ProcessId, $"Wohnen {Guid.NewGuid():N}")).Id;

    /// <summary>An indicator of its own for each call, since the indicator rows delete or change theirs.</summary>
    public async Task<Guid> IndicatorAsync() =>
        (await (await Admin.PostJsonAsync($"/api/processes/{world.ProcessId}/indicators", new { name = $"Indikator {Guid.NewGuid():N}", unit = "%" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public async Task<Guid> SeriesAsync() => (await Admin.CreateSeriesAsync(world.ProcessId, "Reihe zum Löschen")).Id;

    public async Task<Guid> EventAsync() => (await Admin.CreateEventAsync(world.ProcessId, RegistrationArrange.FutureEvent("Zum Löschen"))).Id;

    public async Task<Guid> SessionAsync() => (await Admin.CreateSessionAsync(world.EventId, Arrange.Session("Zum Löschen").With("startsAt", null).With("endsAt", null))).Id;

    public async Task<Guid> DocumentAsync() => (await Admin.CreateDocumentAsync(world.ProcessId, title: "Zum Löschen")).Id;

    public async Task<Guid> SectionAsync() => (await Admin.CreateSectionAsync(world.DocumentId, "9.9", "Zum Zurückziehen")).Id;

    /// <summary>A measure of process A, which a call may edit, move on or delete.</summary>
    public async Task<Guid> MeasureAsync() =>
        (await (await Admin.PostJsonAsync($"/api/processes/{world.ProcessId}/measures",
            new { title = "Zum Ändern", responsibleOrganisation = "Volkshochschule", startYear = DateTime.UtcNow.Year })).ReadAsync<JsonElement>(HttpStatusCode.Created))
        .GetProperty("id").GetGuid();

    /// <summary>The number of a new version of the shared document.</summary>
    public async Task<int> ConceptVersionAsync() =>
        (await (await Admin.PostJsonAsync($"/api/documents/{world.DocumentId}/versions", new { })).ReadAsync<JsonElement>(HttpStatusCode.Created))
        .GetProperty("number").GetInt32();

    /// <summary>A reader's comment on the shared section (waiting for review).</summary>
    public async Task<Guid> ContributionAsync()
    {
        var text = $"Bitte auch Sprachkurse am Abend anbieten ({Guid.NewGuid():N}).";
        (await world.Factory.CreateClient().PostJsonAsync($"/api/k/{world.SectionCode}/contributions", ConceptArrange.Contribution(text))).EnsureSuccessStatusCode();
        return (await Admin.ContributionsAsync(world.DocumentId)).Single(c => c.Text == text).Id;
    }

    public async Task<Guid> BodyAsync(string? name = null) =>
        (await Admin.CreateBodyAsync(world.ProcessId, BodyArrange.Body(name ?? $"Arbeitsgruppe {Guid.NewGuid():N}", "workingGroup"))).Id;

    /// <summary>A member of the shared body, for a row that lets them leave.</summary>
    public async Task<Guid> BodyMemberAsync() => (await Admin.AddMemberAsync(world.BodyId, BodyArrange.Member("Maria Rossi"))).Id;

    /// <summary>An account that never logs in (logging in costs a password hash).</summary>
    public async Task<Guid> AccountAsync() => (await NewAccountAsync()).Id;

    /// <summary>An account that is a facilitator of process A and nothing else.</summary>
    public async Task<Guid> MemberAsync()
    {
        var account = await NewAccountAsync();
        await (await Admin.PutJsonAsync($"/api/processes/{world.ProcessId}/members", new { email = account.Email, role = "facilitator" })).ReadAsync<JsonElement>();
        return account.Id;
    }

    private async Task<AccountResponse> NewAccountAsync() =>
        await (await Admin.PostJsonAsync("/api/accounts", new
        {
            email = $"fresh-{Guid.NewGuid():N}@participation.test", displayName = "Zum Löschen", password = Logins.Password, mayCreateProcesses = false,
        })).ReadAsync<AccountResponse>(HttpStatusCode.Created);

    /// <summary>A one-pixel PNG as a multipart upload.</summary>
    public static MultipartFormDataContent PhotoUpload()
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", "flipchart.png");
        return content;
    }

    /// <summary>A draft made from the shared idea and the shared contribution, so either can be taken away once.</summary>
    public async Task<Guid> RecommendationAsync() =>
        (await (await Admin.PostJsonAsync($"/api/processes/{world.ProcessId}/recommendations", new
        {
            kind = "recommendation", title = "Sprachkurse am Abend", text = "Der Kreis bietet Sprachkurse auch abends an.",
            ideaIds = new[] { world.IdeaId }, contributionIds = new[] { world.ContributionId },
        })).ReadAsync<Participation.Api.Recommendations.RecommendationResponse>(HttpStatusCode.Created)).Id;

    public async Task<Guid> TracedMeasureAsync(Guid recommendationId)
    {
        using var scope = world.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Participation.Api.Data.ParticipationDb>();
        var measure = new Participation.Api.Measures.Measure { ProcessId = world.ProcessId, Title = "Abendkurse", ResponsibleOrganisation = "VHS", StartYear = 2027 };
        measure.Recommendations.Add(new Participation.Api.Measures.MeasureRecommendation { MeasureId = measure.Id, RecommendationId = recommendationId });
        db.Measures.Add(measure);
        await db.SaveChangesAsync();
        return measure.Id;
    }
}
