using System.Net;
using Participation.Api.Bodies;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Bodies;

/// <summary>Facilitators of the process read its bodies; only its organisers change them; other processes see nothing.</summary>
public sealed class BodyAccessTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task A_facilitator_reads_bodies_members_and_attendance_but_changes_nothing_and_an_organiser_elsewhere_finds_nothing()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var other = await admin.CreateProcessAsync();
        var meeting = await admin.OpenEventAsync(process.Id);
        var group = await admin.CreateBodyAsync(process.Id);
        var member = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Aylin Demir", email: "demir@verein.example"));
        await admin.LinkMeetingAsync(group.Id, meeting.Id);
        var facilitator = (await factory.CreateMemberAsync(admin, process.Id, "facilitator")).Client;
        var organiser = (await factory.CreateMemberAsync(admin, process.Id, "organiser")).Client;
        var elsewhere = (await factory.CreateMemberAsync(admin, other.Id, "organiser")).Client;

        foreach (var url in new[] { $"/api/processes/{process.Id}/bodies", $"/api/bodies/{group.Id}", $"/api/bodies/{group.Id}/members",
                     $"/api/bodies/{group.Id}/meetings", $"/api/bodies/{group.Id}/meetings/{meeting.Id}/attendance" })
        {
            Assert.Equal(HttpStatusCode.OK, (await facilitator.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PostJsonAsync($"/api/processes/{process.Id}/bodies", BodyArrange.Body("Steuerungsgruppe"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PutJsonAsync($"/api/bodies/{group.Id}", BodyArrange.Body("Umbenannt"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PostJsonAsync($"/api/bodies/{group.Id}/members", BodyArrange.Member("Neu"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PostJsonAsync($"/api/bodies/{group.Id}/members/{member.Id}/leave", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PostJsonAsync($"/api/bodies/{group.Id}/meetings/{meeting.Id}/invitations", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PutJsonAsync($"/api/bodies/{group.Id}/meetings/{meeting.Id}/attendance",
            new { entries = new[] { new { memberId = member.Id, kind = "present" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.PostJsonAsync($"/api/bodies/{group.Id}/dissolve", new { })).StatusCode);

        var read = await (await admin.GetAsync($"/api/bodies/{group.Id}")).ReadAsync<BodyResponse>();
        Assert.Equal(("Fokusgruppe Integration", null, 0), (read.Name, read.DissolvedOn, read.Meetings[0].Present));
        Assert.Equal(HttpStatusCode.Created, (await organiser.PostJsonAsync($"/api/bodies/{group.Id}/members", BodyArrange.Member("Neu"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await organiser.PutJsonAsync($"/api/bodies/{group.Id}", BodyArrange.Body("Fokusgruppe Teilhabe"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await organiser.GetAsync($"/api/bodies/{Guid.NewGuid()}")).StatusCode);
    }
}
