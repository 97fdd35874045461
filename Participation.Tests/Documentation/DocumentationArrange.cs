using System.Net.Http.Json;
using Participation.Api.Boards;
using Participation.Api.Demo;
using Participation.Api.Events;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Documentation;

/// <summary>The demo process (its conference board has ideas) and the admin's client, for exports.</summary>
public sealed class DemoDocumentationHost : IAsyncLifetime
{
    public ParticipationFactory Factory { get; } = new() { Settings = { ["Participation:SeedDemo"] = "true" } };

    public HttpClient Admin { get; private set; } = null!;

    public Guid ProcessId => DemoSeeder.ProcessId;

    public async Task InitializeAsync() => Admin = await Factory.AdminClientAsync();

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public async Task<byte[]> ExportAsync(string scope, Guid id, string format, string extra = "")
    {
        var response = await Admin.GetAsync($"/api/{scope}/{id}/documentation?format={format}{extra}");
        Assert.True(response.IsSuccessStatusCode, $"{scope} {format}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The demo conference's board ("Sprache: Was brauchen wir?"), found through the API.</summary>
    public async Task<BoardDto> DemoBoardAsync()
    {
        var events = await (await Admin.GetAsync($"/api/processes/{ProcessId}/events")).ReadAsync<List<EventResponse>>();
        var conference = events.Single(e => e.Title == "Zukunftskonferenz Integration");
        var sessions = await (await Admin.GetAsync($"/api/events/{conference.Id}/sessions")).ReadAsync<List<SessionResponse>>();
        foreach (var session in sessions)
        {
            var boards = await (await Admin.GetAsync($"/api/sessions/{session.Id}/boards")).ReadAsync<List<BoardDto>>();
            if (boards.FirstOrDefault(b => b.Title == "Sprache: Was brauchen wir?") is { } board)
            {
                return board;
            }
        }
        throw new InvalidOperationException("The demo board is missing.");
    }

    /// <summary>Types paper cards into the demo board's first column, one idea per line, as a moderator does.</summary>
    public async Task PostCardsAsync(params string[] lines)
    {
        var board = await DemoBoardAsync();
        var response = await Admin.PostAsJsonAsync($"/api/boards/{board.Id}/cards", new { columnId = board.Columns[0].Id, lines = string.Join('\n', lines) });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Attaches a photo to a session as a facilitator's phone does.</summary>
    public async Task AddPhotoAsync(Guid sessionId, byte[] bytes, string fileName, string caption)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        content.Add(new StringContent(caption), "caption");
        var response = await Admin.PostAsync($"/api/sessions/{sessionId}/photos", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
