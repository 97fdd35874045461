using System.Net;
using Microsoft.Extensions.Time.Testing;
using Participation.Api.Bodies;
using Participation.Api.Extensions;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Bodies;

/// <summary>The app on a clock that stands still, so the days before "today" are the same for the app and the test.</summary>
public sealed class BodyPagesHost : IDisposable
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public ParticipationFactory Factory { get; }

    public BodyPagesHost() => Factory = new ParticipationFactory { Clock = Clock };

    /// <summary>Today in Europe/Berlin, the zone of the processes the tests create.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZones.InZone(Clock.GetUtcNow().UtcDateTime, "Europe/Berlin").DateTime);

    public void Dispose() => Factory.Dispose();
}

public sealed class BodyPagesTests(BodyPagesHost host) : IClassFixture<BodyPagesHost>
{
    private ParticipationFactory Factory => host.Factory;

    [Fact]
    public async Task Bodies_and_members_made_on_the_pages_show_sub_groups_under_their_parent_and_each_deputy_with_whom_they_stand_in_for()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var pages = await Factory.PageClientAsync();
        var list = $"/organise/processes/{process.Id}/bodies";

        var created = await pages.PostFormAsync(list, new() { ["name"] = "Fokusgruppe Integration", ["kind"] = "FocusGroup", ["description"] = "Trifft sich viermal im Jahr." });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var group = Assert.Single(await BodiesAsync(admin, process.Id));
        Assert.Equal(($"/organise/bodies/{group.Id}", BodyKind.FocusGroup), (created.Headers.Location!.OriginalString, group.Kind));
        var sub = await pages.PostFormAsync(list, new() { ["name"] = "UAG Wohnen", ["kind"] = "WorkingGroup", ["parentId"] = group.Id.ToString(), ["municipality"] = "Neustadt" });
        Assert.Equal(HttpStatusCode.Redirect, sub.StatusCode);

        var page = $"/organise/bodies/{group.Id}";
        await AddAsync(pages, page, new() { ["name"] = "Dr. Petra Schulz", ["role"] = "Chair", ["organisation"] = "Landkreis", ["email"] = "schulz@kreis.example" });
        await AddAsync(pages, page, new() { ["name"] = "Aylin Demir", ["role"] = "Member", ["organisation"] = "Integrationsbeirat", ["perspective"] = "Migrantenorganisation" });
        var demir = (await admin.MembersAsync(group.Id)).Single(m => m.Name == "Aylin Demir");
        await AddAsync(pages, page, new() { ["name"] = "Olena Koval", ["role"] = "Deputy", ["deputyForId"] = demir.Id.ToString(), ["joinedOn"] = "2026-01-15" });

        var html = await pages.GetStringAsync(page);
        var kovalRow = Row(html, "Olena Koval");
        Assert.Contains("<td>Stellvertretung</td>", kovalRow);
        Assert.Contains("<td dir=\"auto\">Aylin Demir</td>", kovalRow);
        Assert.Contains("<td>15.01.2026</td>", kovalRow);
        Assert.Contains("<td dir=\"auto\">Migrantenorganisation</td>", Row(html, "Aylin Demir"));
        Assert.Contains(">UAG Wohnen</a>", html);
        Assert.Equal(1, html.Split("<h1").Length - 1);
        var tree = await pages.GetStringAsync(list);
        Assert.Matches("(?s)>Fokusgruppe Integration</a>.*<ul class=\"plain sub-groups\">.*>UAG Wohnen</a>", tree);

        var members = await admin.MembersAsync(group.Id);
        Assert.Equal(["Dr. Petra Schulz", "Aylin Demir", "Olena Koval"], members.Select(m => m.Name).ToArray());
        var koval = members.Single(m => m.Name == "Olena Koval");
        Assert.Equal((MemberRole.Deputy, demir.Id, "Aylin Demir", new DateOnly(2026, 1, 15)), (koval.Role, koval.DeputyForId!.Value, koval.DeputyForName, koval.JoinedOn));
        var subGroup = (await BodiesAsync(admin, process.Id)).Single(b => b.Name == "UAG Wohnen");
        Assert.Equal((group.Id, "Neustadt"), (subGroup.ParentId!.Value, subGroup.Municipality));
    }

    [Fact]
    public async Task A_member_who_leaves_stays_in_the_past_meeting_and_the_attendance_recorded_on_the_page_is_what_the_api_reads()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var group = await admin.CreateBodyAsync(process.Id);
        var joined = host.Today.AddDays(-90).ToString("yyyy-MM-dd");
        var chair = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Dr. Petra Schulz", "chair").With("joinedOn", joined));
        var member = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Aylin Demir").With("joinedOn", joined));
        var deputy = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Olena Koval", "deputy", deputyForId: chair.Id).With("joinedOn", joined));
        var meetingDay = host.Today.AddDays(-30).ToString("yyyy-MM-dd");
        var meeting = await admin.CreateEventAsync(process.Id, Arrange.Event("Fokusgruppe, 2. Sitzung")
            .With("startsAt", $"{meetingDay}T09:00:00Z").With("endsAt", $"{meetingDay}T12:00:00Z"));
        var pages = await Factory.PageClientAsync();
        var page = $"/organise/bodies/{group.Id}";

        var linked = await pages.PostFormAsync(page, new() { ["eventId"] = meeting.Id.ToString() }, $"{page}?handler=LinkMeeting");
        var meetingPage = $"{page}/meetings/{meeting.Id}";
        Assert.Equal(meetingPage, linked.Headers.Location!.OriginalString);
        var people = (await admin.AttendanceAsync(group.Id, meeting.Id)).People.Select(p => p.MemberId).ToList();
        Assert.Equal([chair.Id, member.Id, deputy.Id], people);
        var recorded = await pages.PostFormAsync(meetingPage, new()
        {
            ["entries[0].memberId"] = chair.Id.ToString(), ["entries[0].kind"] = "Excused",
            ["entries[1].memberId"] = member.Id.ToString(), ["entries[1].kind"] = "Present",
            ["entries[2].memberId"] = deputy.Id.ToString(), ["entries[2].kind"] = "Present", ["entries[2].stoodInForId"] = chair.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var left = await pages.PostFormAsync(page, new() { ["memberId"] = member.Id.ToString(), ["leftOn"] = host.Today.AddDays(-10).ToString("yyyy-MM-dd") }, $"{page}?handler=Leave");
        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);

        var attendance = await admin.AttendanceAsync(group.Id, meeting.Id);
        Assert.Equal([AttendanceKind.Excused, AttendanceKind.Present, AttendanceKind.Present], attendance.People.Select(p => p.Kind!.Value).ToArray());
        Assert.Equal("Dr. Petra Schulz", attendance.People.Single(p => p.MemberId == deputy.Id).StoodInForName);
        Assert.Equal((1, 2), (attendance.Meeting.Excused, attendance.Meeting.Present));
        Assert.Equal([member.Id], (await admin.MembersAsync(group.Id, "?former=true")).Select(m => m.Id).ToArray());

        var body = await pages.GetStringAsync(page);
        var (current, former) = (body[..body.IndexOf("id=\"former-heading\"")], body[body.IndexOf("id=\"former-heading\"")..]);
        Assert.DoesNotContain("<td dir=\"auto\">Aylin Demir</td>", current);
        Assert.Contains($"<td>{host.Today.AddDays(-10):dd.MM.yyyy}</td>", Row(former, "Aylin Demir"));
        var shown = await pages.GetStringAsync(meetingPage);
        Assert.Contains("<td>Anwesend</td>", Row(shown, "Aylin Demir"));
        Assert.Contains("<td>Entschuldigt</td>", Row(shown, "Dr. Petra Schulz"));
        Assert.Contains("<td dir=\"auto\">Dr. Petra Schulz</td>", Row(shown, "Olena Koval"));
    }

    [Fact]
    public async Task A_deputy_without_whom_a_body_without_a_name_and_a_wrong_stand_in_show_the_error_next_to_the_field_and_change_nothing()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var pages = await Factory.PageClientAsync();

        var nameless = await pages.PostFormAsync($"/organise/processes/{process.Id}/bodies", new() { ["name"] = "", ["kind"] = "RoundTable" });
        Assert.Equal(HttpStatusCode.OK, nameless.StatusCode);
        Assert.Matches("<p class=\"error\" id=\"name-error\">[^<]+</p>", await nameless.Content.ReadAsStringAsync());
        Assert.Empty(await BodiesAsync(admin, process.Id));

        var group = await admin.CreateBodyAsync(process.Id);
        var page = $"/organise/bodies/{group.Id}";
        var lonely = await pages.PostFormAsync(page, new() { ["name"] = "Olena Koval", ["role"] = "Deputy" }, $"{page}?handler=AddMember");
        Assert.Equal(HttpStatusCode.OK, lonely.StatusCode);
        var html = WebUtility.HtmlDecode(await lonely.Content.ReadAsStringAsync());
        Assert.Contains("<p class=\"error\" id=\"deputyForId-error\">Bitte wählen Sie, wen die Stellvertretung vertritt.</p>", html);
        Assert.Contains("value=\"Olena Koval\"", html);
        Assert.Empty(await admin.MembersAsync(group.Id));

        var joined = host.Today.AddDays(-90).ToString("yyyy-MM-dd");
        var member = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Aylin Demir").With("joinedOn", joined));
        var deputy = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Olena Koval", "deputy", deputyForId: member.Id).With("joinedOn", joined));
        var day = host.Today.AddDays(-30).ToString("yyyy-MM-dd");
        var meeting = await admin.CreateEventAsync(process.Id, Arrange.Event().With("startsAt", $"{day}T09:00:00Z").With("endsAt", $"{day}T12:00:00Z"));
        await admin.LinkMeetingAsync(group.Id, meeting.Id);
        var meetingPage = $"{page}/meetings/{meeting.Id}";
        var wrong = await pages.PostFormAsync(meetingPage, new()
        {
            ["entries[0].memberId"] = member.Id.ToString(), ["entries[0].kind"] = "Present",
            ["entries[1].memberId"] = deputy.Id.ToString(), ["entries[1].kind"] = "Excused", ["entries[1].stoodInForId"] = member.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var answer = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("<p class=\"error\" id=\"entries[1].stoodInForId-error\">Wen jemand vertreten hat, zählt nur bei Anwesenheit.</p>", answer);
        Assert.DoesNotContain("id=\"entries[0].kind-error\"", answer);
        Assert.All((await admin.AttendanceAsync(group.Id, meeting.Id)).People, p => Assert.Null(p.Kind));
    }

    [Fact]
    public async Task Inviting_from_the_meeting_page_reports_who_was_invited_and_who_has_no_address()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var group = await admin.CreateBodyAsync(process.Id);
        var chair = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Dr. Petra Schulz", "chair", "schulz@kreis.example"));
        await admin.AddMemberAsync(group.Id, BodyArrange.Member("Hans Becker"));
        await admin.AddMemberAsync(group.Id, BodyArrange.Member("Olena Koval", "deputy", "koval@verein.example", chair.Id));
        var closed = await admin.CreateEventAsync(process.Id, RegistrationArrange.FutureEvent("Noch ohne Anmeldung"));
        var open = await admin.OpenEventAsync(process.Id, title: "Fokusgruppe, 3. Sitzung");
        await admin.LinkMeetingAsync(group.Id, closed.Id);
        await admin.LinkMeetingAsync(group.Id, open.Id);
        var pages = await Factory.PageClientAsync();
        var meetingPage = $"/organise/bodies/{group.Id}/meetings/{open.Id}";

        var sent = await pages.PostFormAsync(meetingPage, new() { ["language"] = "de" }, $"{meetingPage}?handler=Invite");

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var html = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());
        Assert.Contains("Einladungen verschickt: 1; schon angemeldet: 0.", html);
        Assert.Contains("<bdi>Hans Becker</bdi>", html);
        var invited = await admin.AttendanceAsync(group.Id, open.Id);
        Assert.Equal(AttendanceKind.Invited, invited.People.Single(p => p.MemberId == chair.Id).Kind);
        Assert.Equal(1, invited.Meeting.Invited);

        var closedPage = $"/organise/bodies/{group.Id}/meetings/{closed.Id}";
        var refused = await pages.PostFormAsync(closedPage, new() { ["includeDeputies"] = "true", ["language"] = "de" }, $"{closedPage}?handler=Invite");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"includeDeputies-error\"", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, (await admin.AttendanceAsync(group.Id, closed.Id)).Meeting.Invited);
    }

    [Fact]
    public async Task A_body_and_a_seat_changed_on_their_pages_and_a_dissolving_are_what_the_api_reads_and_the_list_marks_it()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var group = await admin.CreateBodyAsync(process.Id);
        var member = await admin.AddMemberAsync(group.Id, BodyArrange.Member("Kemal Yıldız").With("joinedOn", host.Today.AddDays(-90).ToString("yyyy-MM-dd")));
        var pages = await Factory.PageClientAsync();
        var page = $"/organise/bodies/{group.Id}";

        Assert.Contains("value=\"Fokusgruppe Integration\"", await pages.GetStringAsync($"{page}/edit"));
        var renamed = await pages.PostFormAsync($"{page}/edit", new() { ["name"] = "Runder Tisch Wohnen", ["kind"] = "RoundTable" });
        Assert.Equal(page, renamed.Headers.Location!.OriginalString);
        var seat = $"{page}/members/{member.Id}/edit";
        Assert.Contains("value=\"Kemal Yıldız\"", WebUtility.HtmlDecode(await pages.GetStringAsync(seat)));
        var changed = await pages.PostFormAsync(seat, new() { ["name"] = "Kemal Yıldız", ["role"] = "Chair", ["organisation"] = "Mieterverein" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var dissolvedOn = host.Today.AddDays(-1);
        var unconfirmed = await pages.PostFormAsync(page, new() { ["dissolvedOn"] = dissolvedOn.ToString("yyyy-MM-dd") }, $"{page}?handler=Dissolve");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Bitte bestätigen Sie, dass das Gremium aufgelöst werden soll.", WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()));
        Assert.Null((await (await admin.GetAsync($"/api/bodies/{group.Id}")).ReadAsync<BodyResponse>()).DissolvedOn);
        var dissolved = await pages.PostFormAsync(page, new() { ["dissolvedOn"] = dissolvedOn.ToString("yyyy-MM-dd"), ["confirm"] = "true" }, $"{page}?handler=Dissolve");
        Assert.Equal(HttpStatusCode.Redirect, dissolved.StatusCode);

        var read = await (await admin.GetAsync($"/api/bodies/{group.Id}")).ReadAsync<BodyResponse>();
        Assert.Equal(("Runder Tisch Wohnen", BodyKind.RoundTable, dissolvedOn), (read.Name, read.Kind, read.DissolvedOn!.Value));
        var former = Assert.Single(await admin.MembersAsync(group.Id, "?former=true"));
        Assert.Equal((MemberRole.Chair, "Mieterverein", dissolvedOn), (former.Role, former.Organisation, former.LeftOn!.Value));
        Assert.Contains($"Aufgelöst am {dissolvedOn:dd.MM.yyyy}", await pages.GetStringAsync($"/organise/processes/{process.Id}/bodies"));
        var shown = await pages.GetStringAsync(page);
        Assert.DoesNotContain("?handler=AddMember", shown);
        Assert.DoesNotContain("?handler=Dissolve", shown);
    }

    [Fact]
    public async Task A_facilitator_reads_the_body_and_its_meeting_without_the_forms_and_is_refused_the_edit_page()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var group = await admin.CreateBodyAsync(process.Id);
        await admin.AddMemberAsync(group.Id, BodyArrange.Member("Aylin Demir"));
        var meeting = await admin.CreateEventAsync(process.Id);
        await admin.LinkMeetingAsync(group.Id, meeting.Id);
        var facilitator = await Factory.CreateMemberAsync(admin, process.Id, "facilitator");
        var pages = await Factory.PageClientAsync(facilitator.Email, facilitator.Password);

        var body = await pages.GetStringAsync($"/organise/bodies/{group.Id}");
        Assert.Contains("<td dir=\"auto\">Aylin Demir</td>", body);
        Assert.DoesNotContain("?handler=", body);
        Assert.DoesNotContain("id=\"new-body-heading\"", await pages.GetStringAsync($"/organise/processes/{process.Id}/bodies"));
        var attendance = await pages.GetStringAsync($"/organise/bodies/{group.Id}/meetings/{meeting.Id}");
        Assert.Contains("<td dir=\"auto\">Aylin Demir</td>", attendance);
        Assert.DoesNotContain("id=\"record-heading\"", attendance);
        Assert.Equal(HttpStatusCode.Forbidden, (await pages.GetAsync($"/organise/bodies/{group.Id}/edit")).StatusCode);
    }

    [Fact]
    public async Task Someone_without_a_role_in_the_process_is_refused_the_pages_and_cannot_add_a_member()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var group = await admin.CreateBodyAsync(process.Id);
        var meeting = await admin.CreateEventAsync(process.Id);
        await admin.LinkMeetingAsync(group.Id, meeting.Id);
        var account = await Factory.CreateAccountAsync(admin);
        var stranger = await Factory.PageClientAsync(account.Email, account.Password);

        foreach (var url in new[]
        {
            $"/organise/processes/{process.Id}/bodies", $"/organise/bodies/{group.Id}", $"/organise/bodies/{group.Id}/edit",
            $"/organise/bodies/{group.Id}/meetings/{meeting.Id}",
        })
        {
            Assert.Contains((await stranger.GetAsync(url)).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        }
        var token = await stranger.TokenAsync("/organise");
        var posted = await stranger.PostAsync($"/organise/bodies/{group.Id}?handler=AddMember", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["name"] = "Eindringling", ["role"] = "Member",
        }));
        Assert.Contains(posted.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Empty(await admin.MembersAsync(group.Id));
    }

    private static async Task AddAsync(HttpClient pages, string page, Dictionary<string, string> fields)
    {
        var response = await pages.PostFormAsync(page, fields, $"{page}?handler=AddMember");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    private static async Task<List<BodySummary>> BodiesAsync(HttpClient admin, Guid processId) =>
        await (await admin.GetAsync($"/api/processes/{processId}/bodies")).ReadAsync<List<BodySummary>>();

    /// <summary>The table row that starts with the person's name.</summary>
    private static string Row(string html, string name)
    {
        var rows = html.Split("<tr>").Where(r => r.TrimStart().StartsWith($"<td dir=\"auto\">{name}</td>", StringComparison.Ordinal)).ToList();
        Assert.True(rows.Count == 1, $"{rows.Count} rows name {name}");
        return rows[0][..rows[0].IndexOf("</tr>", StringComparison.Ordinal)];
    }
}
