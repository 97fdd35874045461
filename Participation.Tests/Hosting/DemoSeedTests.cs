using System.Net;
using Participation.Api.Bodies;
using Participation.Api.Concept;
using Participation.Api.Demo;
using Participation.Api.Events;
using Participation.Api.Indicators;
using Participation.Api.Measures;
using Participation.Api.Monitoring;
using Participation.Api.Processes;
using Participation.Api.Recommendations;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Hosting;

public sealed class DemoSeedTests
{
    private static readonly Dictionary<string, string?> SeedDemo = new() { ["Participation:SeedDemo"] = "true" };

    [Fact]
    public async Task The_demo_process_is_seeded_once_across_two_starts()
    {
        string dataDirectory;
        await using (var first = new ParticipationFactory { Settings = SeedDemo, KeepDataDirectory = true })
        {
            dataDirectory = first.DataDirectory;
            await AssertDemoAsync(await first.AdminClientAsync());
        }

        await using var second = new ParticipationFactory { Settings = SeedDemo, DataDirectory = dataDirectory };
        var admin = await second.AdminClientAsync();

        await AssertDemoAsync(admin);
        var processes = await (await admin.GetAsync("/api/processes")).ReadAsync<List<ProcessResponse>>();
        Assert.Single(processes);
        Assert.Equal(2, (await (await admin.GetAsync($"/api/processes/{DemoSeeder.ProcessId}/bodies")).ReadAsync<List<BodySummary>>()).Count);
    }

    [Fact]
    public async Task The_demo_has_bodies_recommendations_measures_and_indicators_with_a_public_monitoring()
    {
        await using var factory = new ParticipationFactory { Settings = SeedDemo };
        var admin = await factory.AdminClientAsync();
        var id = DemoSeeder.ProcessId;

        var bodies = await (await admin.GetAsync($"/api/processes/{id}/bodies")).ReadAsync<List<BodySummary>>();
        Assert.Equal([BodyKind.FocusGroup, BodyKind.SteeringGroup], bodies.Select(b => b.Kind).Order());
        var focusGroup = await (await admin.GetAsync($"/api/bodies/{bodies.Single(b => b.Kind == BodyKind.FocusGroup).Id}")).ReadAsync<BodyResponse>();
        Assert.Equal(11, focusGroup.Members.Count);
        Assert.Single(focusGroup.Members, m => m.Role == MemberRole.Chair);
        Assert.Equal(3, focusGroup.Members.Count(m => m.Role == MemberRole.Deputy && m.DeputyForId is not null));
        var former = Assert.Single(await (await admin.GetAsync($"/api/bodies/{focusGroup.Id}/members?former=true")).ReadAsync<List<MemberResponse>>());
        Assert.Equal(6, focusGroup.Meetings.Count);
        var held = focusGroup.Meetings.Where(m => m.Present > 0).OrderBy(m => m.StartsAt).ToList();
        Assert.Equal(2, held.Count);
        var first = await (await admin.GetAsync($"/api/bodies/{focusGroup.Id}/meetings/{held[0].EventId}/attendance")).ReadAsync<MeetingAttendanceResponse>();
        var second = await (await admin.GetAsync($"/api/bodies/{focusGroup.Id}/meetings/{held[1].EventId}/attendance")).ReadAsync<MeetingAttendanceResponse>();
        Assert.Contains(first.People, p => p.MemberId == former.Id && p.Kind == AttendanceKind.Present);
        Assert.DoesNotContain(second.People, p => p.MemberId == former.Id && p.Kind is not null);
        Assert.Contains(first.People, p => p.Kind == AttendanceKind.Present && p.StoodInForId is not null);

        var recommendations = await (await admin.GetAsync($"/api/processes/{id}/recommendations")).ReadAsync<List<RecommendationResponse>>();
        Assert.Equal(6, recommendations.Count);
        Assert.Equal(Enum.GetValues<RecommendationState>(), recommendations.Select(r => r.State).Distinct().Order());
        Assert.Contains(recommendations, r => r.Kind == RecommendationKind.Guideline);
        Assert.All(recommendations, r => Assert.NotEmpty(r.IdeaIds));
        var decided = Assert.Single(recommendations, r => r.DecisionReference == "2026/032");
        Assert.Equal((RecommendationState.Decided, "Kreistag", DecisionResult.Adopted), (decided.State, decided.Committee, decided.DecisionResult));
        Assert.NotNull(decided.DecidedOn);
        var documents = await (await admin.GetAsync($"/api/processes/{id}/documents")).ReadAsync<List<DocumentResponse>>();
        var language = (await (await admin.GetAsync($"/api/documents/{documents[0].Id}")).ReadAsync<DocumentResponse>()).Sections.Single(s => s.Code == "KAPT2A");
        Assert.Equal(language.Id, Assert.Single(recommendations, r => r.State == RecommendationState.InConcept).SectionId);

        var measures = await (await admin.GetAsync($"/api/processes/{id}/measures")).ReadAsync<List<MeasureResponse>>();
        Assert.Equal(6, measures.Count);
        Assert.Equal(Enum.GetValues<MeasureStatus>(), measures.Select(m => m.Status).Distinct().Order());
        Assert.All(measures, m => Assert.True(m.Activities.Count >= 3));
        var done = measures.Single(m => m.Status == MeasureStatus.Done);
        var history = await (await admin.GetAsync($"/api/measures/{done.Id}/history")).ReadAsync<List<StatusChangeResponse>>();
        Assert.Equal([MeasureStatus.Planned, MeasureStatus.Started, MeasureStatus.Done], history.OrderBy(h => h.On).Select(h => h.Status));

        var indicators = await (await admin.GetAsync($"/api/processes/{id}/indicators")).ReadAsync<List<IndicatorResponse>>();
        Assert.Equal(5, indicators.Count);
        Assert.Equal(3, indicators.Select(i => i.AreaId).Distinct().Count());
        Assert.All(indicators, i => Assert.Equal((50, 9), (i.ValueCount, i.LastYear - i.FirstYear)));
        Assert.Single(indicators, i => i.Target is not null);
        var values = await (await admin.GetAsync($"/api/indicators/{indicators[0].Id}/values")).ReadAsync<List<IndicatorValueResponse>>();
        Assert.Equal(5, values.Select(v => v.Municipality).Distinct().Count());

        // Public, and the language chapter's QR code leads to its figures.
        var anonymous = factory.CreateClient();
        var monitoring = await (await anonymous.GetAsync($"/api/processes/{id}/monitoring?section=KAPT2A")).ReadAsync<MonitoringResponse>();
        Assert.NotNull(monitoring.PublishedAt);
        Assert.Equal(2, monitoring.Areas.Sum(a => a.Indicators.Count));
        Assert.Contains(monitoring.Measures, m => m.Title == "Sprachcafés in allen Gemeinden");
        Assert.Contains(monitoring.Recommendations, r => r.SectionCode == "KAPT2A");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/monitoring/{id}")).StatusCode);
    }

    private static async Task AssertDemoAsync(HttpClient admin)
    {
        var id = DemoSeeder.ProcessId;
        var areas = await (await admin.GetAsync($"/api/processes/{id}/areas")).ReadAsync<List<AreaResponse>>();
        var events = await (await admin.GetAsync($"/api/processes/{id}/events")).ReadAsync<List<EventResponse>>();

        Assert.Equal(6, areas.Count);
        var conference = Assert.Single(events, e => e.Kind == EventKind.Conference);
        Assert.Equal(75, conference.Capacity);
        // Four meetings in the coming year, and the two the focus group has held already.
        var meetings = events.Where(e => e.Kind == EventKind.FocusGroup).ToList();
        Assert.Equal(4, meetings.Count(e => e.StartsAt > DateTimeOffset.UtcNow));
        Assert.Equal(6, meetings.Count);
        var seriesId = Assert.Single(meetings.Select(e => e.SeriesId).Distinct());
        Assert.NotNull(seriesId);
        Assert.Equal(6, (await (await admin.GetAsync($"/api/series/{seriesId}")).ReadAsync<SeriesResponse>()).EventCount);
    }
}
