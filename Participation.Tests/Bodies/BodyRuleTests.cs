using System.Net;
using Participation.Api.Bodies;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Bodies;

/// <summary>Each rule of bodies, seats and attendance refuses with the field it is about, and changes nothing.</summary>
public sealed class BodyRuleTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task A_body_needs_a_name_not_yet_taken_and_a_parent_of_the_same_process_that_is_not_below_it()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var other = await admin.CreateProcessAsync();
        var group = await admin.CreateBodyAsync(process.Id);
        var sub = await admin.CreateBodyAsync(process.Id, BodyArrange.Body("UAG Sprache").With("parentId", group.Id));
        var elsewhere = await admin.CreateBodyAsync(other.Id, BodyArrange.Body("Lenkungsgruppe", "steeringGroup"));

        await ExpectFieldAsync(admin.PostJsonAsync($"/api/processes/{process.Id}/bodies", BodyArrange.Body("")), "name");
        await ExpectFieldAsync(admin.PostJsonAsync($"/api/processes/{process.Id}/bodies", BodyArrange.Body("fokusgruppe integration")), "name");
        await ExpectFieldAsync(admin.PostJsonAsync($"/api/processes/{process.Id}/bodies", BodyArrange.Body("Neu").With("parentId", elsewhere.Id)), "parentId");
        await ExpectFieldAsync(admin.PostJsonAsync($"/api/processes/{process.Id}/bodies", BodyArrange.Body("Neu").With("municipality", new string('x', 121))), "municipality");
        await ExpectFieldAsync(admin.PutJsonAsync($"/api/bodies/{group.Id}", BodyArrange.Body().With("parentId", sub.Id)), "parentId");
        await ExpectFieldAsync(admin.PutJsonAsync($"/api/bodies/{group.Id}", BodyArrange.Body().With("parentId", group.Id)), "parentId");

        var bodies = await (await admin.GetAsync($"/api/processes/{process.Id}/bodies")).ReadAsync<List<BodySummary>>();
        Assert.Equal(["Fokusgruppe Integration", "UAG Sprache"], bodies.Select(b => b.Name).ToArray());
        Assert.Null(bodies[0].ParentId);
    }

    [Fact]
    public async Task A_deputy_stands_in_for_a_current_member_of_the_same_body_who_is_no_deputy_and_nobody_else_names_one()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var group = await admin.CreateBodyAsync(process.Id);
        var otherGroup = await admin.CreateBodyAsync(process.Id, BodyArrange.Body("Koordinierungsstab", "coordinationStaff"));
        var member = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Aylin Demir"));
        var deputy = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Olena Koval", "deputy", deputyForId: member.Id));
        var stranger = await admin.AddMemberAsync(otherGroup.Id, BodyArrange.Member("Jonas Weber"));
        var gone = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Maria Rossi"));
        await (await admin.PostJsonAsync($"/api/bodies/{group.Id}/members/{gone.Id}/leave", new { leftOn = "2026-02-01" })).ReadAsync<MemberResponse>();
        var url = $"/api/bodies/{group.Id}/members";

        await ExpectFieldAsync(admin.PostJsonAsync(url, BodyArrange.Member("Neu", "deputy")), "deputyForId");
        await ExpectFieldAsync(admin.PostJsonAsync(url, BodyArrange.Member("Neu", "member", deputyForId: member.Id)), "deputyForId");
        await ExpectFieldAsync(admin.PostJsonAsync(url, BodyArrange.Member("Neu", "deputy", deputyForId: deputy.Id)), "deputyForId");
        await ExpectFieldAsync(admin.PostJsonAsync(url, BodyArrange.Member("Neu", "deputy", deputyForId: stranger.Id)), "deputyForId");
        await ExpectFieldAsync(admin.PostJsonAsync(url, BodyArrange.Member("Neu", "deputy", deputyForId: gone.Id)), "deputyForId");
        await ExpectFieldAsync(admin.PostJsonAsync(url, BodyArrange.Member("Neu", email: "kein-at-zeichen.example")), "email");
        await ExpectFieldAsync(admin.PostJsonAsync(url, BodyArrange.Member("")), "name");
        await ExpectFieldAsync(admin.PutJsonAsync($"{url}/{member.Id}", BodyArrange.Member("Aylin Demir", "deputy", deputyForId: gone.Id)), "deputyForId");
        await ExpectFieldAsync(admin.PutJsonAsync($"{url}/{deputy.Id}", BodyArrange.Member("Olena Koval", "deputy", deputyForId: deputy.Id)), "deputyForId");
        await ExpectFieldAsync(admin.PostJsonAsync($"{url}/{member.Id}/leave", new { leftOn = "2026-01-14" }), "leftOn");
        await ExpectFieldAsync(admin.PutJsonAsync($"{url}/{gone.Id}", BodyArrange.Member("Maria Rossi").With("joinedOn", "2026-03-01")), "joinedOn");

        var seats = await admin.MembersAsync(group.Id, "?on=2026-03-01");
        Assert.Equal([(member.Id, MemberRole.Member, (Guid?)null, (DateOnly?)null), (deputy.Id, MemberRole.Deputy, member.Id, null)],
            seats.Select(m => (m.Id, m.Role, m.DeputyForId, m.LeftOn)).ToArray());
        Assert.Equal(new DateOnly(2026, 1, 15), Assert.Single(await admin.MembersAsync(group.Id, "?former=true")).JoinedOn);
    }

    [Fact]
    public async Task A_member_with_deputies_cannot_become_a_deputy_and_a_full_body_takes_no_one_more()
    {
        await using var small = new ParticipationFactory { Settings = { ["Participation:Bodies:MaxMembersPerBody"] = "3" } };
        var admin = await small.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var group = await admin.CreateBodyAsync(process.Id);
        var member = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Aylin Demir"));
        var chair = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Dr. Petra Schulz", "chair"));
        var leaver = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Maria Rossi"));
        await (await admin.PostJsonAsync($"/api/bodies/{group.Id}/members/{leaver.Id}/leave", new { })).ReadAsync<MemberResponse>();
        await admin.AddMemberAsync(group.Id, BodyArrange.Member("Olena Koval", "deputy", deputyForId: member.Id));

        var problem = await ExpectFieldAsync(admin.PostJsonAsync($"/api/bodies/{group.Id}/members", BodyArrange.Member("Neu")), "name");
        Assert.Contains("3", problem.MessagesFor("name")[0]);
        await ExpectFieldAsync(admin.PutJsonAsync($"/api/bodies/{group.Id}/members/{member.Id}", BodyArrange.Member("Aylin Demir", "deputy", deputyForId: chair.Id)), "role");

        Assert.Equal(MemberRole.Member, (await admin.MembersAsync(group.Id)).Single(m => m.Id == member.Id).Role);
        Assert.Equal(3, (await admin.MembersAsync(group.Id)).Count);
    }

    [Fact]
    public async Task A_meeting_is_an_event_of_the_same_process_and_attendance_names_members_seated_that_day()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var other = await admin.CreateProcessAsync();
        var meeting = await admin.OpenEventAsync(process.Id, title: "Sitzung");
        var foreign = await admin.OpenEventAsync(other.Id, title: "Fremd");
        var group = await admin.CreateBodyAsync(process.Id);
        var member = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Aylin Demir"));
        var deputy = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Olena Koval", "deputy", deputyForId: member.Id));
        var later = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Jonas Weber").With("joinedOn", "2032-01-01"));
        await ExpectFieldAsync(admin.PostJsonAsync($"/api/bodies/{group.Id}/meetings", new { eventId = foreign.Id }), "eventId");
        await admin.LinkMeetingAsync(group.Id, meeting.Id);
        await ExpectFieldAsync(admin.PostJsonAsync($"/api/bodies/{group.Id}/meetings", new { eventId = meeting.Id }), "eventId");
        var url = $"/api/bodies/{group.Id}/meetings/{meeting.Id}/attendance";

        await ExpectFieldAsync(admin.PutJsonAsync(url, new { entries = new[] { new { memberId = later.Id, kind = "present" } } }), "entries[0].memberId");
        await ExpectFieldAsync(admin.PutJsonAsync(url, new { entries = new[] { new { memberId = member.Id, kind = "invited" } } }), "entries[0].kind");
        await ExpectFieldAsync(admin.PutJsonAsync(url, new
        {
            entries = new object[] { new { memberId = member.Id, kind = "present" }, new { memberId = deputy.Id, kind = "present" }, new { memberId = member.Id, kind = "absent" } },
        }), "entries");
        await ExpectFieldAsync(admin.PutJsonAsync(url, new { entries = new[] { new { memberId = member.Id, kind = "present", stoodInForId = (Guid?)deputy.Id } } }), "entries[0].stoodInForId");
        await ExpectFieldAsync(admin.PutJsonAsync(url, new { entries = new[] { new { memberId = deputy.Id, kind = "present", stoodInForId = (Guid?)deputy.Id } } }), "entries[0].stoodInForId");
        await ExpectFieldAsync(admin.PutJsonAsync(url, new { entries = new[] { new { memberId = deputy.Id, kind = "excused", stoodInForId = (Guid?)member.Id } } }), "entries[0].stoodInForId");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/bodies/{group.Id}/meetings/{foreign.Id}/attendance")).StatusCode);

        var attendance = await admin.AttendanceAsync(group.Id, meeting.Id);
        Assert.Equal([member.Id, deputy.Id], attendance.People.Select(p => p.MemberId).ToArray());
        Assert.All(attendance.People, p => Assert.Null(p.Kind));
    }

    [Fact]
    public async Task Days_of_seats_and_of_dissolving_lie_between_the_earliest_year_and_a_year_ahead()
    {
        var admin = await factory.AdminClientAsync();
        var group = await admin.CreateBodyAsync((await admin.CreateProcessAsync()).Id);
        var member = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Aylin Demir", "member"));

        await ExpectFieldAsync(admin.PostJsonAsync($"/api/bodies/{group.Id}/members", BodyArrange.Member("Hans Becker", "member").With("joinedOn", "1850-01-01")), "joinedOn");
        await ExpectFieldAsync(admin.PostJsonAsync($"/api/bodies/{group.Id}/members/{member.Id}/leave", new { leftOn = "9999-12-31" }), "leftOn");
        var dissolve = await ExpectFieldAsync(admin.PostJsonAsync($"/api/bodies/{group.Id}/dissolve", new { dissolvedOn = "0001-01-01" }), "dissolvedOn");

        Assert.StartsWith("Das Datum muss zwischen dem 01.01.1990 und dem ", Assert.Single(dissolve.MessagesFor("dissolvedOn")));
        var read = await (await admin.GetAsync($"/api/bodies/{group.Id}")).ReadAsync<BodyResponse>();
        Assert.Null(read.DissolvedOn);
        Assert.Null(Assert.Single(read.Members).LeftOn);
    }

    private static async Task<Problem> ExpectFieldAsync(Task<HttpResponseMessage> call, string field)
    {
        var problem = await (await call).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.MessagesFor(field));
        return problem;
    }
}
