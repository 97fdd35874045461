using System.Diagnostics;

namespace Participation.Bench;

public sealed record SeedSettings(int Areas, int Events, int SessionsPerEvent, int Ideas, int VotersPerBoard, int AttendeesPerEvent, int BatchSize, int Parallel);

public sealed record Seeded(Guid ProcessId, string Title, int Events, int Sessions, int Boards, int Ideas, int Dots, int Attendees, int Marked, double Seconds);

/// <summary>
/// Builds a process through the API as a county's workshop series leaves it: areas, events of mixed kinds, sessions with
/// one board each (three columns), the ideas typed in as paper cards, dots from a few participants per board in the
/// vote phase (the only way to dots: facilitators cannot vote), some ideas marked as results, the facilitators'
/// summaries, and walk-ins at every event so the attendance tables are filled.
/// </summary>
public sealed class Seeder(Api api)
{
    private static readonly string[] Kinds = ["workshop", "conference", "expertRound", "focusGroup", "participationEvent", "workshop", "other", "workshop", "focusGroup", "conference"];

    public async Task<Seeded> SeedAsync(string title, SeedSettings s, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var process = await api.PostAsync<Created>("/api/processes", new
        {
            title,
            organisation = "Landkreis Süderbrück, Amt für Kreisentwicklung",
            description = "Beteiligungsprozess zum Kreisentwicklungskonzept 2035: Workshops, Fachrunden und Foren in allen Gemeinden.",
            startsOn = "2026-03-01",
            endsOn = "2026-10-31",
        }, ct);
        var areas = new List<Guid>();
        for (var i = 0; i < s.Areas; i++)
        {
            areas.Add((await api.PostAsync<Created>($"/api/processes/{process.Id}/areas",
                new { name = Texts.Areas[i % Texts.Areas.Length] + (i >= Texts.Areas.Length ? $" {i / Texts.Areas.Length + 1}" : ""), description = "Handlungsfeld des Konzepts", position = i }, ct)).Id);
        }

        // Events a fortnight apart, each with two areas; sessions take one of them; each session one board tagged with it.
        var sessions = new List<(Guid Event, Guid Session, Guid Area, int Index)>();
        var events = new List<Guid>();
        for (var e = 0; e < s.Events; e++)
        {
            var day = new DateTimeOffset(2026, 3, 7, 0, 0, 0, TimeSpan.Zero).AddDays(14 * e);
            var eventAreas = new[] { areas[e % areas.Count], areas[(e + 1) % areas.Count] };
            var meeting = await api.PostAsync<Created>($"/api/processes/{process.Id}/events", new
            {
                title = $"{Kind(e)} {e + 1}: {Texts.Areas[e % Texts.Areas.Length]}",
                kind = Kinds[e % Kinds.Length],
                startsAt = day.AddHours(9),
                endsAt = day.AddHours(16),
                venue = Texts.Places[e % Texts.Places.Length],
                description = "Öffentliche Veranstaltung mit Kleingruppen an Thementischen.",
                areaIds = eventAreas,
                timeZone = "Europe/Berlin",
            }, ct);
            events.Add(meeting.Id);
            for (var j = 0; j < s.SessionsPerEvent; j++)
            {
                var area = eventAreas[j % eventAreas.Length];
                var session = await api.PostAsync<Created>($"/api/events/{meeting.Id}/sessions", new
                {
                    title = $"Thementisch {j + 1}: {Texts.Areas[(e + j % 2) % Texts.Areas.Length]}",
                    description = "Kleingruppe mit Moderation, Ergebnisse auf Karten an der Pinnwand.",
                    areaId = area,
                    location = $"Raum {j + 1}",
                    position = j,
                }, ct);
                sessions.Add((meeting.Id, session.Id, area, sessions.Count));
            }
        }

        var ideasPerBoard = s.Ideas / sessions.Count;
        var extra = s.Ideas % sessions.Count;
        var dots = 0;
        var marked = 0;
        var ideasMade = 0;
        await Parallel.ForEachAsync(sessions, new ParallelOptions { MaxDegreeOfParallelism = s.Parallel, CancellationToken = ct }, async (x, ct) =>
        {
            var board = await api.PostAsync<Board>($"/api/sessions/{x.Session}/boards", new
            {
                title = "Pinnwand",
                columns = Texts.Columns.Select(c => new { title = c }).ToArray(),
                voteBudget = 5,
                maxVotesPerIdea = 2,
                areaIds = new[] { x.Area },
            }, ct);
            var count = ideasPerBoard + (x.Index < extra ? 1 : 0);
            var cards = new List<Guid>();
            for (var column = 0; column < board.Columns.Count; column++)
            {
                // This column's share of the board's ideas, typed in in batches of at most BatchSize lines.
                var from = count * column / board.Columns.Count;
                var to = count * (column + 1) / board.Columns.Count;
                for (var start = from; start < to; start += s.BatchSize)
                {
                    var lines = Enumerable.Range(start, Math.Min(s.BatchSize, to - start)).Select(i => Texts.Idea(x.Index * ideasPerBoard + i));
                    var added = await api.PostAsync<List<Card>>($"/api/boards/{board.Id}/cards", new
                    {
                        columnId = board.Columns[column].Id,
                        lines = string.Join('\n', lines),
                        areaId = x.Area,
                        batchId = $"bench-{x.Index}-{column}-{start}",
                    }, ct);
                    cards.AddRange(added.Select(c => c.Id));
                }
            }
            Interlocked.Add(ref ideasMade, cards.Count);

            // Dots: a few participants, five dots each, at most two on one idea, skewed so a few ideas collect many.
            if (s.VotersPerBoard > 0 && cards.Count > 0)
            {
                await api.PutAsync($"/api/boards/{board.Id}/phase", new { phase = "vote" }, ct);
                var random = new Random(x.Index);
                for (var v = 0; v < s.VotersPerBoard; v++)
                {
                    var voter = await api.PostAsync<Joined>($"/api/join/{board.JoinCode}", new { displayName = Texts.Names[v % Texts.Names.Length] }, ct);
                    var mine = new Dictionary<Guid, int>();
                    for (var d = 0; d < 5; d++)
                    {
                        var idea = cards[(int)(cards.Count * Math.Pow(random.NextDouble(), 3))];
                        if (mine.GetValueOrDefault(idea) >= 2)
                        {
                            continue;
                        }
                        mine[idea] = mine.GetValueOrDefault(idea) + 1;
                        await api.PostAsync<System.Text.Json.JsonElement>($"/api/boards/{board.Id}/ideas/{idea}/votes", new { delta = 1 }, ct, voter.ParticipantToken);
                        Interlocked.Increment(ref dots);
                    }
                }
                await api.PutAsync($"/api/boards/{board.Id}/phase", new { phase = "closed" }, ct);
            }

            // Two results and a guideline candidate per board, and the facilitator's notes.
            foreach (var (idea, mark) in cards.Take(3).Zip(new[] { "result", "result", "guidelineCandidate" }))
            {
                await api.PutAsync($"/api/ideas/{idea}/mark", new { mark }, ct);
                Interlocked.Increment(ref marked);
            }
            await api.PutAsync($"/api/sessions/{x.Session}/outcome", new
            {
                summary = "Die Gruppe hat lebhaft diskutiert; die Vorschläge zur Verkehrsberuhigung fanden breite Zustimmung. Kritisch gesehen wurden die Kosten.",
                keyResults = "1. Tempo 30 in der Ortsmitte prüfen\n2. Mehr Sitzgelegenheiten und Schatten\n3. Übersetzungen (Arabisch, Türkisch) für Aushänge",
                nextSteps = "Die Verwaltung prüft bis zur nächsten Sitzung die Förderfähigkeit; Rückmeldung an alle Teilnehmenden.",
            }, ct);
        });

        var attendees = 0;
        foreach (var (meeting, e) in events.Select((id, e) => (id, e)))
        {
            // Walk-ins need the event's registration open.
            await api.PutAsync($"/api/events/{meeting}/registration-settings", new { isOpen = true, capacity = 200, keepsWaitingList = false }, ct);
            for (var a = 0; a < s.AttendeesPerEvent; a++)
            {
                var n = e * s.AttendeesPerEvent + a;
                await api.PostAsync<System.Text.Json.JsonElement>($"/api/events/{meeting}/walk-ins", new
                {
                    name = $"{Texts.Names[n % Texts.Names.Length]} {n + 1}",
                    organisation = Texts.Organisations[n % Texts.Organisations.Length],
                    perspective = Texts.Perspectives[(n * n + n / 3) % Texts.Perspectives.Length], // uneven, as in real rooms
                }, ct);
                attendees++;
            }
        }
        return new Seeded(process.Id, title, events.Count, sessions.Count, sessions.Count, ideasMade, dots, attendees, marked, watch.Elapsed.TotalSeconds);
    }

    private static string Kind(int e) => Kinds[e % Kinds.Length] switch
    {
        "workshop" => "Werkstatt",
        "conference" => "Zukunftskonferenz",
        "expertRound" => "Fachrunde",
        "focusGroup" => "Fokusgruppe",
        "participationEvent" => "Bürgerforum",
        _ => "Ortsbegehung",
    };
}
