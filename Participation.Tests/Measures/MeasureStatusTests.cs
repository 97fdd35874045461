using System.Net;
using Participation.Api.Measures;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Measures;

public sealed class MeasureStatusTests(MeasuresHost host) : IClassFixture<MeasuresHost>
{
    private ParticipationFactory Factory => host.Factory;

    private async Task<(ConceptProcess Process, MeasureResponse Measure)> MeasureAsync()
    {
        var p = await Factory.CreateConceptProcessAsync();
        return (p, await p.Organiser.CreateMeasureAsync(p.Id, MeasureArrange.Measure(host.Year)));
    }

    private static async Task<List<StatusChangeResponse>> HistoryAsync(HttpClient client, Guid measureId) =>
        await (await client.GetAsync($"/api/measures/{measureId}/history")).ReadAsync<List<StatusChangeResponse>>();

    [Fact]
    public async Task Each_status_change_is_written_to_the_history_with_its_date_comment_and_account()
    {
        var (p, measure) = await MeasureAsync();

        var started = await p.Organiser.ChangeStatusAsync(measure.Id, "started", host.Today, "Erster Kurs hat begonnen.");
        var done = await p.Organiser.ChangeStatusAsync(measure.Id, "done", host.Today, "Alle Kurse sind gelaufen.");

        Assert.Equal((MeasureStatus.Started, MeasureStatus.Done), (started.Status, done.Status));
        Assert.Equal(MeasureStatus.Done, (await (await p.Facilitator.GetAsync($"/api/measures/{measure.Id}")).ReadAsync<MeasureResponse>()).Status);
        var history = await HistoryAsync(p.Facilitator, measure.Id);
        Assert.Equal([MeasureStatus.Planned, MeasureStatus.Started, MeasureStatus.Done], history.Select(c => c.Status));
        Assert.Equal([null, "Erster Kurs hat begonnen.", "Alle Kurse sind gelaufen."], history.Select(c => c.Comment));
        Assert.All(history, c => Assert.Equal(host.Today, c.On));
        Assert.Single(history.Select(c => c.AccountId).Distinct());
    }

    [Fact]
    public async Task A_measure_may_be_dropped_only_with_a_comment()
    {
        var (p, measure) = await MeasureAsync();

        var problem = await (await p.Organiser.PutJsonAsync($"/api/measures/{measure.Id}/status", new { status = "dropped", on = host.Today, comment = " " }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var dropped = await p.Organiser.ChangeStatusAsync(measure.Id, "dropped", host.Today, "Kein Träger gefunden.");

        Assert.Equal("Bitte schreiben Sie, warum die Maßnahme nicht umgesetzt wird.", Assert.Single(problem.MessagesFor("comment")));
        Assert.Equal(MeasureStatus.Dropped, dropped.Status);
        Assert.Equal(2, (await HistoryAsync(p.Organiser, measure.Id)).Count);
    }

    [Fact]
    public async Task A_change_to_the_same_status_is_refused()
    {
        var (p, measure) = await MeasureAsync();

        var problem = await (await p.Organiser.PutJsonAsync($"/api/measures/{measure.Id}/status", new { status = "planned", on = host.Today }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Die Maßnahme hat diesen Status schon.", Assert.Single(problem.MessagesFor("status")));
        Assert.Single(await HistoryAsync(p.Organiser, measure.Id));
    }

    [Fact]
    public async Task A_date_before_the_last_change_or_after_today_is_refused()
    {
        var (p, measure) = await MeasureAsync();

        var before = await (await p.Organiser.PutJsonAsync($"/api/measures/{measure.Id}/status", new { status = "started", on = host.Today.AddDays(-1) }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var after = await (await p.Organiser.PutJsonAsync($"/api/measures/{measure.Id}/status", new { status = "started", on = host.Today.AddDays(1) }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var missing = await (await p.Organiser.PutJsonAsync($"/api/measures/{measure.Id}/status", new { status = "started" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var unknown = await (await p.Organiser.PutJsonAsync($"/api/measures/{measure.Id}/status", new { status = "finished", on = host.Today }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal($"Das Datum liegt vor der letzten Änderung ({host.Today:dd.MM.yyyy}).", Assert.Single(before.MessagesFor("on")));
        Assert.Equal($"Das Datum darf nicht nach dem {host.Today:dd.MM.yyyy} liegen.", Assert.Single(after.MessagesFor("on")));
        Assert.NotEmpty(missing.MessagesFor("on"));
        Assert.NotEmpty(unknown.MessagesFor("status"));
        Assert.Single(await HistoryAsync(p.Organiser, measure.Id));
        Assert.Equal(MeasureStatus.Planned, (await (await p.Organiser.GetAsync($"/api/measures/{measure.Id}")).ReadAsync<MeasureResponse>()).Status);
    }

    [Fact]
    public async Task A_status_date_a_few_days_ahead_is_accepted_when_the_setting_allows_it()
    {
        using var factory = new ParticipationFactory { Clock = host.Clock, Settings = { ["Participation:Measures:StatusDateMaxDaysAhead"] = "7" } };
        var p = await factory.CreateConceptProcessAsync();
        var measure = await p.Organiser.CreateMeasureAsync(p.Id, MeasureArrange.Measure(host.Year));

        var started = await p.Organiser.ChangeStatusAsync(measure.Id, "started", host.Today.AddDays(7));
        var tooLate = await (await p.Organiser.PutJsonAsync($"/api/measures/{measure.Id}/status", new { status = "done", on = host.Today.AddDays(8) }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(MeasureStatus.Started, started.Status);
        Assert.NotEmpty(tooLate.MessagesFor("on"));
    }

    [Fact]
    public async Task A_measure_entered_with_the_day_it_was_planned_takes_later_steps_dated_back_and_refuses_a_plan_day_ahead()
    {
        var p = await Factory.CreateConceptProcessAsync();
        var plannedOn = host.Today.AddYears(-3);
        var measure = await p.Organiser.CreateMeasureAsync(p.Id, MeasureArrange.Measure(host.Year - 3).With("plannedOn", plannedOn));

        await p.Organiser.ChangeStatusAsync(measure.Id, "started", plannedOn.AddMonths(2), "Erster Kurs im Frühjahr.");
        var ahead = await (await p.Organiser.PostJsonAsync($"/api/processes/{p.Id}/measures",
            MeasureArrange.Measure(host.Year, "Später").With("plannedOn", host.Today.AddDays(30)))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([(MeasureStatus.Planned, plannedOn), (MeasureStatus.Started, plannedOn.AddMonths(2))],
            (await HistoryAsync(p.Facilitator, measure.Id)).Select(c => (c.Status, c.On)).ToArray());
        Assert.Single(ahead.MessagesFor("plannedOn"));
        Assert.Single(await (await p.Facilitator.GetAsync($"/api/processes/{p.Id}/measures")).ReadAsync<List<MeasureResponse>>());
    }
}
