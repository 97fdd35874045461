using System.Net;
using Participation.Api.Identity;
using Participation.Api.Processes;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Processes;

public sealed class ProcessTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task Creating_a_process_stores_it_and_makes_the_creator_its_organiser()
    {
        var organiser = await factory.CreateAccountAsync(await factory.AdminClientAsync(), mayCreateProcesses: true);

        var response = await organiser.Client.PostJsonAsync("/api/processes", Arrange.Process("Integrationskonzept Testland")
            .With("startsOn", "2026-01-01").With("endsOn", "2026-12-31").With("status", "running"));
        var created = await response.ReadAsync<ProcessResponse>(HttpStatusCode.Created);

        Assert.Equal($"/api/processes/{created.Id}", response.Headers.Location?.OriginalString);
        var read = await (await organiser.Client.GetAsync($"/api/processes/{created.Id}")).ReadAsync<ProcessResponse>();
        Assert.Equal("Integrationskonzept Testland", read.Title);
        Assert.Equal(ProcessStatus.Running, read.Status);
        Assert.Equal(new DateOnly(2026, 12, 31), read.EndsOn);
        Assert.Equal("Europe/Berlin", read.TimeZone);
        var members = await (await organiser.Client.GetAsync($"/api/processes/{created.Id}/members")).ReadAsync<List<MembershipResponse>>();
        var member = Assert.Single(members);
        Assert.Equal((organiser.Id, ProcessRole.Organiser), (member.AccountId, member.Role));
    }

    [Fact]
    public async Task Process_json_uses_camelCase_names_and_enum_strings()
    {
        var admin = await factory.AdminClientAsync();
        var created = await admin.CreateProcessAsync();

        var json = await admin.GetStringAsync($"/api/processes/{created.Id}");

        Assert.Contains("\"status\":\"planning\"", json);
        Assert.Contains("\"timeZone\":\"Europe/Berlin\"", json);
    }

    [Fact]
    public async Task Updating_a_process_changes_what_is_read_back()
    {
        var admin = await factory.AdminClientAsync();
        var created = await admin.CreateProcessAsync();

        var update = Arrange.Process("Neuer Titel").With("status", "completed").With("timeZone", "Europe/Vienna").With("organisation", "Stadt Teststadt");
        await (await admin.PutJsonAsync($"/api/processes/{created.Id}", update)).ReadAsync<ProcessResponse>();

        var read = await (await admin.GetAsync($"/api/processes/{created.Id}")).ReadAsync<ProcessResponse>();
        Assert.Equal(("Neuer Titel", ProcessStatus.Completed, "Europe/Vienna", "Stadt Teststadt"), (read.Title, read.Status, read.TimeZone, read.Organisation));
    }

    [Fact]
    public async Task Deleting_a_process_makes_it_unknown()
    {
        var admin = await factory.AdminClientAsync();
        var created = await admin.CreateProcessAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/processes/{created.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/processes/{created.Id}")).StatusCode);
        var all = await (await admin.GetAsync("/api/processes")).ReadAsync<List<ProcessResponse>>();
        Assert.DoesNotContain(all, p => p.Id == created.Id);
    }

    [Fact]
    public async Task The_process_list_shows_an_organiser_only_their_own_processes()
    {
        var admin = await factory.AdminClientAsync();
        var mine = await factory.CreateAccountAsync(admin, mayCreateProcesses: true);
        var other = await factory.CreateAccountAsync(admin, mayCreateProcesses: true);
        var own = await mine.Client.CreateProcessAsync();
        var foreign = await other.Client.CreateProcessAsync();

        var listed = await (await mine.Client.GetAsync("/api/processes")).ReadAsync<List<ProcessResponse>>();
        var everything = await (await admin.GetAsync("/api/processes")).ReadAsync<List<ProcessResponse>>();

        Assert.Equal([own.Id], listed.Select(p => p.Id));
        Assert.Contains(everything, p => p.Id == foreign.Id);
        Assert.Contains(everything, p => p.Id == own.Id);
    }

    public static TheoryData<string, object?, string> InvalidProcesses => new()
    {
        { "title", "", "title" },
        { "title", new string('x', 201), "title" },
        { "organisation", new string('x', 301), "organisation" },
        { "description", new string('x', 8001), "description" },
        { "timeZone", "Mars/Olympus_Mons", "timeZone" },
        { "endsOn", "2025-12-31", "endsOn" },
        { "status", "bogus", "status" },
        { "startsOn", "tomorrow", "startsOn" },
    };

    [Theory]
    [MemberData(nameof(InvalidProcesses))]
    public async Task An_invalid_process_is_rejected_naming_the_field_and_nothing_is_stored(string field, object? value, string named)
    {
        var admin = await factory.AdminClientAsync();
        var title = $"Ungültig {Guid.NewGuid():N}";
        var body = Arrange.Process(title).With("startsOn", "2026-01-01").With(field, value);

        var problem = await (await admin.PostJsonAsync("/api/processes", body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor(named));
        var all = await (await admin.GetAsync("/api/processes")).ReadAsync<List<ProcessResponse>>();
        Assert.DoesNotContain(all, p => p.Title == title || p.Title == "");
    }

    [Fact]
    public async Task An_invalid_update_leaves_the_process_unchanged()
    {
        var admin = await factory.AdminClientAsync();
        var created = await admin.CreateProcessAsync("Bleibt so");

        var problem = await (await admin.PutJsonAsync($"/api/processes/{created.Id}", Arrange.Process("").With("title", ""))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor("title"));
        Assert.Equal("Bleibt so", (await (await admin.GetAsync($"/api/processes/{created.Id}")).ReadAsync<ProcessResponse>()).Title);
    }
}
