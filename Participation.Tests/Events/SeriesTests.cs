using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Events;

public sealed class SeriesTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task A_series_is_created_listed_read_changed_and_deleted()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var series = await admin.CreateSeriesAsync(process.Id, "Fokusgruppe");
        await admin.CreateEventAsync(process.Id, Arrange.Event("Sitzung 1").With("kind", "focusGroup").With("seriesId", series.Id));

        var changed = await (await admin.PutJsonAsync($"/api/series/{series.Id}", new { title = "Fokusgruppe Integration", description = "Viermal im Jahr" })).ReadAsync<SeriesResponse>();
        Assert.Equal(changed, await (await admin.GetAsync($"/api/series/{series.Id}")).ReadAsync<SeriesResponse>());
        Assert.Equal(("Fokusgruppe Integration", "Viermal im Jahr", 1), (changed.Title, changed.Description, changed.EventCount));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/series/{series.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/series/{series.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_series_list_of_a_process_shows_its_series_with_their_event_counts()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var workshops = await admin.CreateSeriesAsync(process.Id, "Workshops");
        await admin.CreateSeriesAsync(process.Id, "Fokusgruppe");
        await admin.CreateEventAsync(process.Id, Arrange.Event().With("seriesId", workshops.Id));

        var listed = await (await admin.GetAsync($"/api/processes/{process.Id}/series")).ReadAsync<List<SeriesResponse>>();

        Assert.Equal([("Fokusgruppe", 0), ("Workshops", 1)], listed.Select(s => (s.Title, s.EventCount)));
    }

    [Theory]
    [InlineData("title", "")]
    [InlineData("title", "a-very-long-title-that-is-repeated")]
    [InlineData("description", "long")]
    public async Task An_invalid_series_is_rejected_naming_the_field_and_nothing_is_stored(string field, string value)
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var tooLong = field == "title" ? new string('x', 201) : new string('x', 8001);
        var body = new Dictionary<string, object?> { ["title"] = "Reihe" }.With(field, value.Length > 3 ? tooLong : value);

        var problem = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/series", body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor(field));
        // Read from the store itself: the series list of the API fails (see the test above).
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        Assert.False(await db.Series.AnyAsync(s => s.ProcessId == process.Id));
    }

    [Fact]
    public async Task An_invalid_series_update_keeps_the_old_title()
    {
        var admin = await factory.AdminClientAsync();
        var series = await admin.CreateSeriesAsync((await admin.CreateProcessAsync()).Id, "Workshops");

        var problem = await (await admin.PutJsonAsync($"/api/series/{series.Id}", new { title = "" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor("title"));
        Assert.Equal("Workshops", (await (await admin.GetAsync($"/api/series/{series.Id}")).ReadAsync<SeriesResponse>()).Title);
    }
}
