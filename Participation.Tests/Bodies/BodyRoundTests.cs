using System.Net;
using Participation.Api.Bodies;
using Participation.Api.Registrations;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Bodies;

/// <summary>A focus group through a year: its seats, a sub-group, a meeting with invitations by email, attendance, and a member who leaves.</summary>
public sealed class BodyRoundTests
{
    [Fact]
    public async Task A_focus_group_meets_its_members_are_invited_by_email_attend_and_one_who_leaves_stays_in_the_history_of_the_meeting()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var factory = new ParticipationFactory { Settings = RegistrationArrange.Smtp(smtp) };
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var meetingEvent = await admin.OpenEventAsync(process.Id, title: "Fokusgruppe, 2. Sitzung");

        var group = await admin.CreateBodyAsync(process.Id);
        var subGroup = await admin.CreateBodyAsync(process.Id, BodyArrange.Body("UAG Wohnen", "workingGroup").With("parentId", group.Id).With("municipality", "Neustadt"));
        var chair = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Dr. Petra Schulz", "chair", "schulz@kreis.example"));
        var member = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Aylin Demir", "member", "demir@verein.example"));
        var deputy = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Olena Koval", "deputy", "koval@verein.example", member.Id));
        var offline = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Hans Becker", "member"));
        Assert.Equal(("Aylin Demir", MemberRole.Deputy), (deputy.DeputyForName, deputy.Role));
        await admin.LinkMeetingAsync(group.Id, meetingEvent.Id);

        var first = await (await admin.PostJsonAsync($"/api/bodies/{group.Id}/meetings/{meetingEvent.Id}/invitations", new { })).ReadAsync<MeetingInvitationReport>();
        Assert.Equal((2, 0), (first.Invited, first.AlreadyRegistered));
        Assert.Equal(["Hans Becker"], first.WithoutEmail);
        var withDeputies = await (await admin.PostJsonAsync($"/api/bodies/{group.Id}/meetings/{meetingEvent.Id}/invitations", new { includeDeputies = true }))
            .ReadAsync<MeetingInvitationReport>();
        Assert.Equal((1, 2), (withDeputies.Invited, withDeputies.AlreadyRegistered));
        var mails = await smtp.WaitForCountAsync(3, TimeSpan.FromSeconds(20));
        Assert.Equal(["demir@verein.example", "koval@verein.example", "schulz@kreis.example"], mails.Select(m => m.Recipient()).Order().ToArray());
        Assert.All(mails, m => Assert.Contains("Fokusgruppe, 2. Sitzung", m.Subject));

        var invited = await admin.AttendanceAsync(group.Id, meetingEvent.Id);
        Assert.Equal(3, invited.Meeting.Invited);
        var demir = invited.People.Single(p => p.MemberId == member.Id);
        Assert.NotNull(demir.RegistrationId);
        (await admin.PostJsonAsync($"/api/events/{meetingEvent.Id}/checkins", new { registrationId = demir.RegistrationId, force = true })).EnsureSuccessStatusCode();

        var recorded = await (await admin.PutJsonAsync($"/api/bodies/{group.Id}/meetings/{meetingEvent.Id}/attendance", new
        {
            entries = new object[]
            {
                new { memberId = chair.Id, kind = "excused" },
                new { memberId = deputy.Id, kind = "present", stoodInForId = chair.Id },
                new { memberId = offline.Id, kind = "absent" },
            },
        })).ReadAsync<MeetingAttendanceResponse>();
        Assert.Equal((4, 0, 2, 1, 1), (recorded.People.Count, recorded.Meeting.Invited, recorded.Meeting.Present, recorded.Meeting.Excused, recorded.Meeting.Absent));
        var checkedIn = recorded.People.Single(p => p.MemberId == member.Id);
        Assert.Equal((AttendanceKind.Present, true), (checkedIn.Kind, checkedIn.CheckedIn));
        Assert.Equal("Dr. Petra Schulz", recorded.People.Single(p => p.MemberId == deputy.Id).StoodInForName);

        var left = await (await admin.PostJsonAsync($"/api/bodies/{group.Id}/members/{member.Id}/leave", new { leftOn = "2031-06-01" })).ReadAsync<MemberResponse>();
        Assert.Equal(new DateOnly(2031, 6, 1), left.LeftOn);

        Assert.DoesNotContain(await admin.MembersAsync(group.Id, "?on=2031-07-01"), m => m.Id == member.Id);
        Assert.Equal([member.Id], (await admin.MembersAsync(group.Id, "?on=2031-07-01&former=true")).Select(m => m.Id).ToArray());
        var history = await admin.AttendanceAsync(group.Id, meetingEvent.Id);
        var stillThere = history.People.Single(p => p.MemberId == member.Id);
        Assert.Equal(("Aylin Demir", MemberRole.Member, AttendanceKind.Present), (stillThere.Name, stillThere.Role, stillThere.Kind));

        var read = await (await admin.GetAsync($"/api/bodies/{group.Id}")).ReadAsync<BodyResponse>();
        Assert.Equal([subGroup.Id], read.SubGroups.Select(s => s.Id).ToArray());
        Assert.Equal(["Dr. Petra Schulz", "Aylin Demir", "Hans Becker", "Olena Koval"], read.Members.Select(m => m.Name).ToArray());
        var meeting = Assert.Single(read.Meetings);
        Assert.Equal((meetingEvent.Id, 2, 1, 1), (meeting.EventId, meeting.Present, meeting.Excused, meeting.Absent));
        // The annual report counts the check-in of the invited member as the meeting page does.
        var report = await admin.GetStringAsync($"/api/processes/{process.Id}/report?year={meeting.StartsAt.Year}&format=html");
        Assert.Matches(@"Fokusgruppe, 2\. Sitzung</td><td class=""number"">2</td><td class=""number"">1</td><td class=""number"">1</td>", report);
        var sub = await (await admin.GetAsync($"/api/bodies/{subGroup.Id}")).ReadAsync<BodyResponse>();
        Assert.Equal((group.Id, "Fokusgruppe Integration", "Neustadt"), (sub.ParentId!.Value, sub.ParentName, sub.Municipality));
    }

    [Fact]
    public async Task Dissolving_a_body_ends_the_open_seats_on_that_day_and_keeps_its_members_as_former_members()
    {
        await using var factory = new ParticipationFactory();
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var group = await admin.CreateBodyAsync(process.Id, BodyArrange.Body("Runder Tisch Wohnen", "roundTable"));
        var member = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Kemal Yıldız"));

        var dissolved = await (await admin.PostJsonAsync($"/api/bodies/{group.Id}/dissolve", new { dissolvedOn = "2026-06-30" })).ReadAsync<BodyResponse>();

        Assert.Equal(new DateOnly(2026, 6, 30), dissolved.DissolvedOn);
        Assert.Empty(dissolved.Members);
        var former = Assert.Single(await admin.MembersAsync(group.Id, "?former=true"));
        Assert.Equal((member.Id, new DateOnly(2026, 6, 30)), (former.Id, former.LeftOn!.Value));
        Assert.Equal([member.Id], (await admin.MembersAsync(group.Id, "?on=2026-06-29")).Select(m => m.Id).ToArray());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync($"/api/bodies/{group.Id}/members", BodyArrange.Member("Neu"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync($"/api/bodies/{group.Id}/dissolve", new { })).StatusCode);
        var listed = Assert.Single(await (await admin.GetAsync($"/api/processes/{process.Id}/bodies")).ReadAsync<List<BodySummary>>());
        Assert.Equal((0, new DateOnly(2026, 6, 30)), (listed.Members, listed.DissolvedOn!.Value));
    }
}
