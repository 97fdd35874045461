using System.Net;
using Participation.Api.Identity;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Identity;

public sealed class MemberTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task An_organiser_adds_changes_and_removes_members()
    {
        var admin = await factory.AdminClientAsync();
        var organiser = await factory.CreateAccountAsync(admin, mayCreateProcesses: true);
        var colleague = await factory.CreateAccountAsync(admin);
        var process = await organiser.Client.CreateProcessAsync();
        var url = $"/api/processes/{process.Id}/members";

        var added = await (await organiser.Client.PutJsonAsync(url, new { email = colleague.Email, role = "facilitator" })).ReadAsync<MembershipResponse>();
        Assert.Equal((colleague.Id, ProcessRole.Facilitator, process.Title), (added.AccountId, added.Role, added.ProcessTitle));
        Assert.Equal(HttpStatusCode.OK, (await colleague.Client.GetAsync($"/api/processes/{process.Id}")).StatusCode);

        await (await organiser.Client.PutJsonAsync(url, new { email = colleague.Email, role = "organiser" })).ReadAsync<MembershipResponse>();
        var members = await (await organiser.Client.GetAsync(url)).ReadAsync<List<MembershipResponse>>();
        Assert.Equal([ProcessRole.Organiser, ProcessRole.Organiser], members.Select(m => m.Role));

        Assert.Equal(HttpStatusCode.NoContent, (await organiser.Client.DeleteAsync($"{url}/{colleague.Id}")).StatusCode);
        Assert.Equal([organiser.Id], (await (await organiser.Client.GetAsync(url)).ReadAsync<List<MembershipResponse>>()).Select(m => m.AccountId));
        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.Client.GetAsync($"/api/processes/{process.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_last_organiser_cannot_be_removed_or_demoted()
    {
        var admin = await factory.AdminClientAsync();
        var organiser = await factory.CreateAccountAsync(admin, mayCreateProcesses: true);
        var process = await organiser.Client.CreateProcessAsync();
        var url = $"/api/processes/{process.Id}/members";

        var removal = await (await organiser.Client.DeleteAsync($"{url}/{organiser.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        var demotion = await (await organiser.Client.PutJsonAsync(url, new { email = organiser.Email, role = "facilitator" })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("Ein Prozess braucht mindestens eine Person, die ihn organisiert.", removal.Title);
        Assert.Equal(removal.Title, demotion.Title);
        var member = Assert.Single(await (await organiser.Client.GetAsync(url)).ReadAsync<List<MembershipResponse>>());
        Assert.Equal(ProcessRole.Organiser, member.Role);
    }

    [Theory]
    [InlineData("nobody@participation.test", "facilitator", "email")]
    [InlineData("not-an-address", "facilitator", "email")]
    [InlineData("", "facilitator", "email")]
    [InlineData("admin@participation.test", "chef", "role")]
    public async Task An_invalid_member_is_rejected_naming_the_field_and_nothing_is_stored(string email, string role, string field)
    {
        var admin = await factory.AdminClientAsync();
        var organiser = await factory.CreateAccountAsync(admin, mayCreateProcesses: true);
        var process = await organiser.Client.CreateProcessAsync();
        var url = $"/api/processes/{process.Id}/members";

        var problem = await (await organiser.Client.PutJsonAsync(url, new { email, role })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor(field));
        Assert.Single(await (await organiser.Client.GetAsync(url)).ReadAsync<List<MembershipResponse>>());
    }

    [Fact]
    public async Task Removing_an_account_that_is_no_member_answers_404()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();

        var problem = await (await admin.DeleteAsync($"/api/processes/{process.Id}/members/{Guid.CreateVersion7()}")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Dieses Konto gehört nicht zum Prozess.", problem.Title);
    }
}
