using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Participation.Bench;

public sealed record SeedSettings(
    int Year, int Bodies, int MembersPerBody, int MeetingsPerBody, int Recommendations, int Measures, int Indicators, int Years,
    int Municipalities, int Parallel);

public sealed record Seeded(
    Guid ProcessId, int Bodies, int Members, int Meetings, int Recommendations, int Decided, int Measures, int StatusChanges,
    int Indicators, int Values, double Seconds);

/// <summary>
/// Builds the process of an annual report through the API: areas and one concept section each, a workshop board whose
/// paper cards the recommendations are made from, bodies with a chair, members, deputies and a member who left, their
/// meetings in the report year with attendance; recommendations cycling through every state (the decided ones decided in
/// the report year); measures cycling through every status with a dated history and yearly activities; indicators with a
/// CSV import of values for the whole county and every municipality over the years.
/// </summary>
public sealed class Seeder(Api api)
{
    private static readonly string[] States = ["draft", "agreed", "submitted", "decided", "inConcept"];
    private static readonly string[] Results = ["adopted", "adoptedWithChanges", "rejected", "deferred"];
    private static readonly string[] Statuses = ["planned", "started", "done", "dropped"];

    public async Task<Seeded> SeedAsync(SeedSettings s, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var y = s.Year;
        var process = (await api.PostAsync<Created>("/api/processes", new
        {
            title = "Integrationskonzept Musterkreis (Jahresbericht-Benchmark)",
            organisation = "Landkreis Musterkreis, Koordinierungsstelle Integration",
            description = "Fokusgruppe, Lenkungsgruppe und Arbeitsgruppen, Empfehlungen an den Kreistag, Maßnahmen und Monitoring.",
            startsOn = $"{y - 2}-01-01",
            endsOn = $"{y + 1}-12-31",
        }, ct)).Id;
        var areas = new List<Guid>();
        foreach (var (name, i) in Texts.Areas.Select((n, i) => (n, i)))
        {
            areas.Add((await api.PostAsync<Created>($"/api/processes/{process}/areas", new { name, description = "Handlungsfeld des Konzepts", position = i }, ct)).Id);
        }
        var document = (await api.PostAsync<Created>($"/api/processes/{process}/documents", new { title = "Integrationskonzept", version = "2.0" }, ct)).Id;
        var sections = new List<Guid>();
        foreach (var (area, i) in areas.Select((a, i) => (a, i)))
        {
            sections.Add((await api.PostAsync<Created>($"/api/documents/{document}/sections",
                new { number = $"3.{i + 1}", title = $"Handlungsfeld {Texts.Areas[i]}", position = i, areaIds = new[] { area } }, ct)).Id);
        }

        var ideas = await IdeasAsync(process, areas[0], s.Recommendations, y, ct);
        var (bodies, members, meetings) = await BodiesAsync(process, s, ct);
        var recommendations = new Guid[s.Recommendations];
        var decided = 0;
        await Parallel.ForAsync(0, s.Recommendations, new ParallelOptions { MaxDegreeOfParallelism = s.Parallel, CancellationToken = ct }, async (i, ct) =>
        {
            recommendations[i] = await RecommendationAsync(process, i, ideas[i], areas[i % areas.Count], bodies[i % bodies.Count], sections[i % sections.Count], y, ct);
            if (i % States.Length >= 3)
            {
                Interlocked.Increment(ref decided);
            }
        });
        var changes = 0;
        await Parallel.ForAsync(0, s.Measures, new ParallelOptions { MaxDegreeOfParallelism = s.Parallel, CancellationToken = ct }, async (i, ct) =>
            Interlocked.Add(ref changes, await MeasureAsync(process, i, areas[i % areas.Count], sections[i % sections.Count], recommendations, y, ct)));
        var values = 0;
        await Parallel.ForAsync(0, s.Indicators, new ParallelOptions { MaxDegreeOfParallelism = s.Parallel, CancellationToken = ct }, async (i, ct) =>
            Interlocked.Add(ref values, await IndicatorAsync(process, i, areas[i % areas.Count], s, ct)));
        await api.PutAsync($"/api/processes/{process}/monitoring/publication", new { published = true }, ct);
        return new Seeded(process, bodies.Count, members, meetings, s.Recommendations, decided, s.Measures, changes, s.Indicators, values, watch.Elapsed.TotalSeconds);
    }

    /// <summary>A workshop of the year before with one board: one paper card per recommendation to be made from it.</summary>
    private async Task<List<Guid>> IdeasAsync(Guid process, Guid area, int count, int y, CancellationToken ct)
    {
        var day = new DateTimeOffset(y - 1, 10, 14, 16, 0, 0, TimeSpan.Zero);
        var workshop = await api.PostAsync<Created>($"/api/processes/{process}/events", new
        {
            title = "Werkstatt Integration", kind = "workshop", startsAt = day, endsAt = day.AddHours(3), venue = "Volkshochschule", areaIds = new[] { area },
            timeZone = "Europe/Berlin",
        }, ct);
        var session = await api.PostAsync<Created>($"/api/events/{workshop.Id}/sessions", new { title = "Was brauchen wir?", areaId = area, position = 0 }, ct);
        var board = await api.PostAsync<Board>($"/api/sessions/{session.Id}/boards", new
        {
            title = "Pinnwand", columns = new[] { new { title = "Was brauchen wir?" } }, areaIds = new[] { area },
        }, ct);
        var ideas = new List<Guid>();
        for (var start = 0; start < count; start += 100)
        {
            var lines = Enumerable.Range(start, Math.Min(100, count - start)).Select(i => $"Karte {i + 1}: {Texts.Topics[i % Texts.Topics.Length]}");
            var cards = await api.PostAsync<List<Card>>($"/api/boards/{board.Id}/cards", new
            {
                columnId = board.Columns[0].Id, lines = string.Join('\n', lines), areaId = area, batchId = $"report-bench-{start}",
            }, ct);
            ideas.AddRange(cards.Select(c => c.Id));
        }
        return ideas;
    }

    private async Task<(List<Guid> Bodies, int Members, int Meetings)> BodiesAsync(Guid process, SeedSettings s, CancellationToken ct)
    {
        var y = s.Year;
        var bodies = new Guid[s.Bodies];
        var members = 0;
        var meetings = 0;
        await Parallel.ForAsync(0, s.Bodies, new ParallelOptions { MaxDegreeOfParallelism = s.Parallel, CancellationToken = ct }, async (b, ct) =>
        {
            var name = b < Texts.BodyNames.Length ? Texts.BodyNames[b] : $"Arbeitsgruppe {b + 1}";
            var body = (await api.PostAsync<Created>($"/api/processes/{process}/bodies", new
            {
                name, kind = Texts.BodyKinds[b % Texts.BodyKinds.Length], description = "Trifft sich mehrmals im Jahr und schreibt Empfehlungen.",
                municipality = Texts.BodyKinds[b % Texts.BodyKinds.Length] == "workingGroup" ? Texts.Municipalities[b % Texts.Municipalities.Length] : null,
            }, ct)).Id;
            bodies[b] = body;
            // A chair, members, every fourth seat a deputy of the seat before it, and the last member leaves mid-year.
            var seats = new List<Guid>();
            for (var m = 0; m < s.MembersPerBody; m++)
            {
                var deputy = m % 4 == 3;
                var n = b * s.MembersPerBody + m;
                seats.Add((await api.PostAsync<Created>($"/api/bodies/{body}/members", new
                {
                    name = $"{Texts.People[n % Texts.People.Length]} ({b + 1}-{m + 1})",
                    role = m == 0 ? "chair" : deputy ? "deputy" : "member",
                    organisation = Texts.Organisations[n % Texts.Organisations.Length],
                    perspective = Texts.Perspectives[n % Texts.Perspectives.Length],
                    email = $"mitglied-{b + 1}-{m + 1}@bench.test",
                    deputyForId = deputy ? seats[m - 1] : (Guid?)null,
                    joinedOn = $"{y - 2}-01-01",
                }, ct)).Id);
            }
            await api.PostAsync<System.Text.Json.JsonElement>($"/api/bodies/{body}/members/{seats[^1]}/leave", new { leftOn = $"{y}-06-30" }, ct);
            Interlocked.Add(ref members, seats.Count);
            for (var meeting = 0; meeting < s.MeetingsPerBody; meeting++)
            {
                var month = 2 + meeting * 10 / Math.Max(1, s.MeetingsPerBody);
                var starts = new DateTimeOffset(y, month, 10 + b % 15, 16, 0, 0, TimeSpan.Zero);
                var @event = (await api.PostAsync<Created>($"/api/processes/{process}/events", new
                {
                    title = $"{name}: Sitzung {meeting + 1}", kind = "focusGroup", startsAt = starts, endsAt = starts.AddHours(2), venue = "Kreishaus, Raum 104",
                    timeZone = "Europe/Berlin",
                }, ct)).Id;
                await api.PostAsync<System.Text.Json.JsonElement>($"/api/bodies/{body}/meetings", new { eventId = @event }, ct);
                var seated = month <= 6 ? seats : seats.Take(seats.Count - 1).ToList();
                await api.PutAsync($"/api/bodies/{body}/meetings/{@event}/attendance", new
                {
                    entries = seated.Select((id, m) => new { memberId = id, kind = (m + meeting) % 5 == 4 ? "excused" : m % 4 == 3 ? "absent" : "present" }).ToArray(),
                }, ct);
                Interlocked.Increment(ref meetings);
            }
        });
        return (bodies.ToList(), members, meetings);
    }

    /// <summary>Made from one card; walks the states up to its own (i mod 5), the decided ones in the report year.</summary>
    private async Task<Guid> RecommendationAsync(Guid process, int i, Guid idea, Guid area, Guid body, Guid section, int y, CancellationToken ct)
    {
        var topic = Texts.Topics[i % Texts.Topics.Length];
        var id = (await api.PostAsync<Created>($"/api/processes/{process}/recommendations", new
        {
            kind = i % 4 == 3 ? "guideline" : "recommendation",
            title = $"Empfehlung {i + 1}: {topic}",
            text = $"Der Landkreis soll {topic.ToLowerInvariant()} in allen Gemeinden anbieten und dafür Mittel im Haushalt {y + 1} vorsehen. " +
                   "Die Fokusgruppe begleitet die Umsetzung und berichtet jährlich.",
            rationale = "In den Werkstätten und in der Fokusgruppe wurde das mehrfach als größte Hürde genannt.",
            areaId = area, bodyId = body, ideaIds = new[] { idea },
        }, ct)).Id;
        var target = i % States.Length;
        var day = 1 + i % 28;
        var committee = i % 2 == 0 ? "Ausschuss für Soziales und Integration" : "Kreistag";
        if (target >= 1)
        {
            await api.PutAsync($"/api/recommendations/{id}/state", new { state = "agreed", on = D(y, 3, day) }, ct);
        }
        if (target >= 2)
        {
            await api.PutAsync($"/api/recommendations/{id}/state", new { state = "submitted", on = D(y, 5, day), committee }, ct);
        }
        if (target >= 3)
        {
            var result = target == 4 ? Results[i % 2] : Results[i % Results.Length];
            await api.PutAsync($"/api/recommendations/{id}/state", new
            {
                state = "decided", on = D(y, 7, day), committee, decisionReference = $"{y}/{i + 1:000}", result,
            }, ct);
        }
        if (target == 4)
        {
            await api.PutAsync($"/api/recommendations/{id}/state", new { state = "inConcept", sectionId = section, on = D(y, 9, day) }, ct);
        }
        return id;
    }

    /// <summary>
    /// A measure over four years with an activity a year, two linked recommendations and its status history; returns the
    /// status changes made. The API dates a new measure's "planned" today and takes no change before the last one, so the
    /// history is dated today (the report year is the current one for that reason).
    /// </summary>
    private async Task<int> MeasureAsync(Guid process, int i, Guid area, Guid section, Guid[] recommendations, int y, CancellationToken ct)
    {
        var topic = Texts.Topics[i % Texts.Topics.Length];
        var id = (await api.PostAsync<Created>($"/api/processes/{process}/measures", new
        {
            title = $"Maßnahme {i + 1}: {topic}",
            responsibleOrganisation = Texts.Organisations[i % Texts.Organisations.Length],
            startYear = y - 2, endYear = y + 1, areaId = area,
            description = $"Umsetzung der Empfehlungen zu „{topic}“ gemeinsam mit den Gemeinden und freien Trägern.",
            recommendationIds = new[] { recommendations[i % recommendations.Length], recommendations[(i + 7) % recommendations.Length] },
            sectionIds = new[] { section },
            activities = Enumerable.Range(y - 2, 4).Select(year => new { year, text = $"{year}: zehn Termine in {Texts.Municipalities[(i + year) % Texts.Municipalities.Length]}, Auswertung mit der Fokusgruppe" }).ToArray(),
        }, ct)).Id;
        var status = Statuses[i % Statuses.Length];
        var changes = 0;
        if (status != "planned")
        {
            await api.PutAsync($"/api/measures/{id}/status", new { status = "started", on = Today, comment = "Mit dem ersten Termin begonnen." }, ct);
            changes++;
        }
        if (status is "done" or "dropped")
        {
            await api.PutAsync($"/api/measures/{id}/status", new
            {
                status, on = Today, comment = status == "done" ? "Abgeschlossen, Bericht an den Ausschuss." : "Eingestellt: keine Förderung mehr.",
            }, ct);
            changes++;
        }
        return changes;
    }

    /// <summary>An indicator and its values as one CSV upload (Jahr;Kommune;Wert, decimal comma); returns the values imported.</summary>
    private async Task<int> IndicatorAsync(Guid process, int i, Guid area, SeedSettings s, CancellationToken ct)
    {
        var k = i % Texts.Indicators.Length;
        var id = (await api.PostAsync<Created>($"/api/processes/{process}/indicators", new
        {
            name = $"{Texts.Indicators[k]} ({i + 1})", unit = Texts.Units[k], direction = Texts.Directions[k],
            definition = "Stand zum 31. Dezember; Kreis insgesamt und je Gemeinde.", source = "Statistisches Landesamt, eigene Erhebung",
            target = i % 2 == 0 ? 60.5m + k : (decimal?)null, targetYear = i % 2 == 0 ? s.Year + 5 : (int?)null, areaId = area, position = i,
        }, ct)).Id;
        var csv = new StringBuilder("Jahr;Kommune;Wert\n");
        var places = new[] { "" }.Concat(Texts.Municipalities.Take(s.Municipalities)).ToList();
        for (var year = s.Year - s.Years + 1; year <= s.Year; year++)
        {
            foreach (var (place, p) in places.Select((p, n) => (p, n)))
            {
                var value = 20.25m + i + (year - s.Year + s.Years) * 1.5m + p * 0.75m;
                csv.Append(CultureInfo.InvariantCulture, $"{year};{place};{value.ToString(CultureInfo.GetCultureInfo("de-DE"))}\n");
            }
        }
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/indicators/{id}/values")
        {
            Content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.Admin);
        using var answer = await api.Http.SendAsync(request, ct);
        var said = await answer.Content.ReadAsStringAsync(ct);
        if (!answer.IsSuccessStatusCode || !said.Contains("\"rejected\":[]", StringComparison.Ordinal))
        {
            throw new HttpRequestException($"PUT /api/indicators/{id}/values: {(int)answer.StatusCode} {said}");
        }
        return places.Count * s.Years;
    }

    private static string Today => D(DateTime.UtcNow.Year, DateTime.UtcNow.Month, DateTime.UtcNow.Day);

    private static string D(int year, int month, int day) => new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
