using System.Net;
using Participation.Api.Bodies;
using Participation.Api.Indicators;
using Participation.Api.Measures;
using Participation.Tests.Bodies;
using Participation.Tests.Concept;
using Participation.Tests.Indicators;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Monitoring;

/// <summary>Writes that meet at the same moment on a unique index: none of them fails with a server error.</summary>
public sealed class SimultaneousWritesTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    private const int Writers = 6;

    [Fact]
    public async Task Simultaneous_imports_of_the_same_years_all_succeed_and_store_each_value_once()
    {
        var admin = await factory.AdminClientAsync();
        var indicator = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);

        var answers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i =>
            admin.PutCsvAsync(indicator.Id, $"Jahr;Kommune;Wert\n2020;;{i}\n2021;Neustadt;{i}\n2022;Altdorf;{i}\n")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var values = await admin.ValuesAsync(indicator.Id);
        Assert.Equal([(2020, ""), (2021, "Neustadt"), (2022, "Altdorf")], values.Select(v => (v.Year, v.Municipality)).ToArray());
        Assert.Single(values.Select(v => v.Value).Distinct());
    }

    [Fact]
    public async Task Simultaneous_concept_versions_take_consecutive_numbers()
    {
        var p = await factory.CreateConceptProcessAsync();
        var document = await p.Organiser.CreateDocumentAsync(p.Id, version: "2026");

        var answers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => p.Organiser.PostJsonAsync($"/api/documents/{document.Id}/versions", new { })));

        var numbers = new List<int>();
        foreach (var answer in answers)
        {
            numbers.Add((await answer.ReadAsync<VersionResponse>(HttpStatusCode.Created)).Number);
        }
        Assert.Equal(Enumerable.Range(1, Writers), numbers.Order());
    }

    [Fact]
    public async Task Simultaneous_bodies_of_one_name_make_one_body_and_name_the_field_for_the_others()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ =>
            admin.PostJsonAsync($"/api/processes/{process.Id}/bodies", BodyArrange.Body("Steuerungsgruppe", "steeringGroup"))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
        {
            Assert.NotEmpty((await refused.ProblemAsync(HttpStatusCode.BadRequest)).MessagesFor("name"));
        }
        Assert.Single(await (await admin.GetAsync($"/api/processes/{process.Id}/bodies")).ReadAsync<List<BodySummary>>());
    }

    [Fact]
    public async Task Simultaneous_invitations_to_a_meeting_all_succeed_and_record_each_member_once()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var meeting = await admin.OpenEventAsync(process.Id, title: "Fokusgruppe, 3. Sitzung");
        var group = await admin.CreateBodyAsync(process.Id);
        foreach (var (name, email) in new[] { ("Aylin Demir", "demir@verein.example"), ("Hans Becker", "becker@kreis.example"), ("Olena Koval", "koval@verein.example") })
        {
            await admin.AddMemberAsync(group.Id, BodyArrange.Member(name, "member", email));
        }
        await admin.LinkMeetingAsync(group.Id, meeting.Id);

        var answers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ =>
            admin.PostJsonAsync($"/api/bodies/{group.Id}/meetings/{meeting.Id}/invitations", new { })));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var people = (await admin.AttendanceAsync(group.Id, meeting.Id)).People;
        Assert.Equal(3, people.Count);
        Assert.All(people, p => Assert.NotNull(p.RegistrationId));
    }
}
