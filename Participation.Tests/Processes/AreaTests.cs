using System.Net;
using Participation.Api.Processes;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Processes;

public sealed class AreaTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task Areas_are_created_listed_in_order_read_changed_and_deleted()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var language = await admin.CreateAreaAsync(process.Id, "Sprache");
        var work = await admin.CreateAreaAsync(process.Id, "Arbeit und Beruf");

        var listed = await (await admin.GetAsync($"/api/processes/{process.Id}/areas")).ReadAsync<List<AreaResponse>>();
        Assert.Equal(["Sprache", "Arbeit und Beruf"], listed.Select(a => a.Name));
        Assert.Equal([0, 1], listed.Select(a => a.Position));

        var changed = await (await admin.PutJsonAsync($"/api/areas/{work.Id}", new { name = "Arbeit", description = "Ausbildung und Beruf", position = 0 })).ReadAsync<AreaResponse>();
        var read = await (await admin.GetAsync($"/api/areas/{work.Id}")).ReadAsync<AreaResponse>();
        Assert.Equal(changed, read);
        Assert.Equal(("Arbeit", "Ausbildung und Beruf", process.Id), (read.Name, read.Description, read.ProcessId));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/areas/{language.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/areas/{language.Id}")).StatusCode);
    }

    [Fact]
    public async Task An_area_name_is_unique_within_its_process_regardless_of_case()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        await admin.CreateAreaAsync(process.Id, "Sprache");

        var problem = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/areas", new { name = " sprache " })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Ein Handlungsfeld mit diesem Namen gibt es in diesem Prozess schon.", Assert.Single(problem.MessagesFor("name")));
        Assert.Single(await (await admin.GetAsync($"/api/processes/{process.Id}/areas")).ReadAsync<List<AreaResponse>>());
    }

    [Fact]
    public async Task The_same_area_name_may_be_used_in_another_process()
    {
        var admin = await factory.AdminClientAsync();
        await admin.CreateAreaAsync((await admin.CreateProcessAsync()).Id, "Sprache");

        var other = await admin.CreateAreaAsync((await admin.CreateProcessAsync()).Id, "Sprache");

        Assert.Equal("Sprache", other.Name);
    }

    [Fact]
    public async Task Renaming_an_area_to_a_taken_name_is_rejected_and_keeps_the_old_name()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        await admin.CreateAreaAsync(process.Id, "Sprache");
        var health = await admin.CreateAreaAsync(process.Id, "Gesundheit");

        var problem = await (await admin.PutJsonAsync($"/api/areas/{health.Id}", new { name = "SPRACHE" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor("name"));
        Assert.Equal("Gesundheit", (await (await admin.GetAsync($"/api/areas/{health.Id}")).ReadAsync<AreaResponse>()).Name);
    }

    public static TheoryData<string, object?> InvalidAreas => new()
    {
        { "name", "" },
        { "name", new string('x', 301) },
        { "description", new string('x', 8001) },
        { "position", -1 },
        { "position", 10_001 },
    };

    [Theory]
    [MemberData(nameof(InvalidAreas))]
    public async Task An_invalid_area_is_rejected_naming_the_field_and_nothing_is_stored(string field, object? value)
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var body = new Dictionary<string, object?> { ["name"] = "Bildung" }.With(field, value);

        var problem = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/areas", body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor(field));
        Assert.Empty(await (await admin.GetAsync($"/api/processes/{process.Id}/areas")).ReadAsync<List<AreaResponse>>());
    }
}
