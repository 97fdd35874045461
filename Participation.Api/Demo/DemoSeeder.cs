using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Api.Boards;
using Participation.Api.Concept;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Processes;
using Participation.Api.Registrations;

namespace Participation.Api.Demo;

/// <summary>
/// A realistic process to look at: a fictional county's integration concept
/// with six thematic areas and the events such a process runs, dated from
/// today on so that the dashboard shows what is coming.
/// </summary>
public sealed partial class DemoSeeder(ParticipationDb db, TimeProvider clock, IOptions<ParticipationOptions> options)
{
    public static readonly Guid ProcessId = new("0193a5c0-0000-7000-8000-00000000d001");

    private static readonly string[] AreaNames =
        ["Sprache", "Bildung", "Arbeit und Beruf", "Gesellschaftliche Teilhabe", "Ehrenamt", "Gesundheit und Pflege"];

    private const string Kreishaus = "Kreishaus Musterland, Großer Sitzungssaal, Am Markt 1, 12345 Musterstadt";

    /// <summary>A board at the conference's first table, with ideas and its log, as a session would leave it.</summary>
    private List<Idea> SeedBoard(Session table, ThematicArea area, DateTime now)
    {
        var board = new Board
        {
            SessionId = table.Id, Title = "Sprache: Was brauchen wir?", JoinCode = "SPRACH", VoteBudget = 3, CreatedAt = now,
        };
        string[] columns = ["Was läuft gut?", "Wo hakt es?", "Was brauchen wir?"];
        board.Columns.AddRange(columns.Select((title, i) => new BoardColumn { BoardId = board.Id, Title = title, Position = i }));
        board.Areas.Add(new BoardArea { BoardId = board.Id, AreaId = area.Id });
        db.Boards.Add(board);
        (int Column, string Text)[] ideas =
        [
            (0, "Die Sprachcafés in der Stadtbibliothek sind immer voll."),
            (1, "Integrationskurse haben lange Wartezeiten, besonders abends."),
            (1, "Für Eltern fehlt eine Kinderbetreuung während der Kurse."),
            (2, "Mehr Sprachpatenschaften mit Ehrenamtlichen."),
            (2, "Kurse mit Kinderbetreuung am Vormittag."),
        ];
        var posted = new List<Idea>();
        foreach (var (column, text) in ideas)
        {
            var idea = new Idea
            {
                BoardId = board.Id, ColumnId = board.Columns[column].Id, AreaId = area.Id, Text = text, ClientId = $"demo-{board.LastSeq + 1}",
                Source = IdeaSource.Paper, CreatedAt = now, UpdatedAt = now,
            };
            db.Ideas.Add(idea);
            posted.Add(idea);
            db.BoardEvents.Add(new BoardEvent
            {
                BoardId = board.Id, Seq = ++board.LastSeq, Type = "ideaPosted", Data = BoardJson.Write(idea.ToDto(board.NamedPosting)), CreatedAt = now,
            });
        }
        return posted;
    }

    /// <summary>The conference open for sign-up with some partners registered, the evening open to anyone.</summary>
    private void SeedRegistrations(Event conference, Event evening, DateTime now)
    {
        db.RegistrationSettings.Add(new RegistrationSettings { EventId = conference.Id, IsOpen = true, Capacity = 75, UpdatedAt = now });
        db.RegistrationSettings.Add(new RegistrationSettings { EventId = evening.Id, IsOpen = true, Capacity = 120, UpdatedAt = now });
        (string Name, string Organisation, string Perspective, string? Interpreter)[] people =
        [
            ("Dr. Katrin Albers", "Landratsamt, Sozialplanung", "Verwaltung", null),
            ("Mehmet Aydın", "Türkischer Elternverein Musterstadt", "Migrantenorganisation", null),
            ("Olena Kovalenko", "Ukrainische Gemeinde Musterland", "Migrantenorganisation", "Ukrainisch"),
            ("Jonas Weber", "Jobcenter Musterland", "Hauptamt", null),
            ("Samira Haddad", "Frauencafé International", "Ehrenamt", "Arabisch"),
            ("Thomas Brenner", "Kreistag, Ausschuss für Soziales", "Politik", null),
            ("Ursula Kämpfer", "Caritasverband, Migrationsberatung", "Hauptamt", null),
            ("Reza Ahmadi", "Integrationsbeirat Musterstadt", "Ehrenamt", "Farsi"),
        ];
        db.Registrations.AddRange(people.Select((p, i) => new Registration
        {
            EventId = conference.Id, ProcessId = ProcessId, Name = p.Name, Organisation = p.Organisation, Perspective = p.Perspective,
            InterpreterLanguage = p.Interpreter, Email = $"demo{i + 1}@musterland.example", Status = RegistrationStatus.Confirmed,
            Source = i < 4 ? RegistrationSource.Invitation : RegistrationSource.Self, TicketCode = ShortCodes.New(12),
            ConsentedAt = now, ConsentVersion = DataProtection.PrivacyNotices.DefaultVersion, EmailConfirmedAt = now, CreatedAt = now, UpdatedAt = now,
        }));
    }

    /// <summary>The draft concept with one chapter per area; its codes are fixed so the demo's printed pages work (/k/KAPT2A …).</summary>
    private List<ConceptSection> SeedConcept(List<ThematicArea> areas, DateTime now)
    {
        var document = new ConceptDocument
        {
            ProcessId = ProcessId, Title = "Integrationskonzept Landkreis Musterland", Version = "Entwurf 1.0", ReviewsContributions = true,
            CreatedAt = now, UpdatedAt = now,
        };
        document.Sections.AddRange(areas.Select((area, i) =>
        {
            var section = new ConceptSection
            {
                DocumentId = document.Id, Code = $"KAPT2{(char)('A' + i)}", Number = $"3.{i + 1}", Title = $"Handlungsfeld {area.Name}",
                PrintPage = 14 + 4 * i, Position = i, CreatedAt = now, UpdatedAt = now,
                Summary = $"Was im Handlungsfeld {area.Name} gut läuft, wo es hakt und welche Maßnahmen der Landkreis in den nächsten Jahren angeht. " +
                          "Grundlage sind die Zukunftskonferenz und der Workshop zu diesem Handlungsfeld.",
            };
            section.Areas.Add(new SectionArea { SectionId = section.Id, AreaId = area.Id });
            return section;
        }));
        db.ConceptDocuments.Add(document);
        return document.Sections;
    }

    /// <summary>Returns false when the demo process exists already.</summary>
    public async Task<bool> SeedAsync(CancellationToken ct)
    {
        if (await db.Processes.AnyAsync(p => p.Id == ProcessId, ct))
        {
            return false;
        }
        var zone = options.Value.DefaultTimeZone;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(TimeZones.InZone(now, zone).DateTime);
        var process = new Process
        {
            Id = ProcessId,
            Title = "Integrationskonzept Landkreis Musterland 2026",
            Organisation = "Landkreis Musterland, Koordinierungsstelle Integration",
            Description = "Gemeinsam mit Verwaltung, Trägern, Ehrenamt, Migrantenorganisationen und Politik schreibt der Landkreis " +
                          "sein Integrationskonzept fort: von der Zukunftskonferenz über Workshops je Handlungsfeld bis zur Abschlussveranstaltung.",
            Status = ProcessStatus.Running,
            StartsOn = today,
            EndsOn = today.AddMonths(10),
            TimeZone = zone,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var areas = AreaNames.Select((name, i) => new ThematicArea { ProcessId = ProcessId, Name = name, Position = i }).ToList();
        process.Areas.AddRange(areas);
        db.Processes.Add(process);

        Event At(int days, TimeOnly from, TimeOnly to, string title, EventKind kind, string venue, int capacity, bool isPublic, Series? series = null)
        {
            var day = today.AddDays(days);
            var e = new Event
            {
                ProcessId = ProcessId, SeriesId = series?.Id, Title = title, Kind = kind, TimeZone = zone,
                StartsAt = TimeZones.ToUtc(day.ToDateTime(from), zone), EndsAt = TimeZones.ToUtc(day.ToDateTime(to), zone),
                Venue = venue, Capacity = capacity, IsPublic = isPublic, CreatedAt = now, UpdatedAt = now,
            };
            db.Events.Add(e);
            return e;
        }

        var conference = At(28, new(9, 30), new(16, 0), "Zukunftskonferenz Integration", EventKind.Conference, Kreishaus, 75, true);
        conference.Description = "Auftakt des Prozesses: Bestandsaufnahme, Ideen und Ziele für alle sechs Handlungsfelder, an Thementischen.";
        conference.Areas.AddRange(areas.Select(a => new EventArea { EventId = conference.Id, AreaId = a.Id }));
        conference.Sessions.AddRange(areas.Select((a, i) => new Session
        {
            EventId = conference.Id, Title = $"Thementisch {a.Name}", AreaId = a.Id, Location = $"Tisch {i + 1}", Position = i,
            StartsAt = conference.StartsAt.AddHours(1.5), EndsAt = conference.StartsAt.AddHours(4),
        }));

        var workshops = new Series { ProcessId = ProcessId, Title = "Workshopreihe Handlungsfelder", CreatedAt = now,
            Description = "Ein Workshop je Handlungsfeld, offen für Fachleute, Ehrenamtliche und Betroffene." };
        db.Series.Add(workshops);
        for (var i = 0; i < areas.Count; i++)
        {
            var workshop = At(42 + 7 * i, new(17, 0), new(20, 0), $"Workshop {areas[i].Name}", EventKind.Workshop,
                "Volkshochschule Musterstadt, Raum 2.14, Schulstraße 5, 12345 Musterstadt", 25, true, workshops);
            workshop.Areas.Add(new EventArea { EventId = workshop.Id, AreaId = areas[i].Id });
            workshop.Sessions.Add(new Session { EventId = workshop.Id, Title = "Was läuft gut? Wo hakt es?", AreaId = areas[i].Id, Position = 0 });
            workshop.Sessions.Add(new Session { EventId = workshop.Id, Title = "Was brauchen wir? Maßnahmen", AreaId = areas[i].Id, Position = 1 });
        }

        var jobs = At(60, new(10, 0), new(12, 30), "Fachrunde Arbeitsmarktintegration", EventKind.ExpertRound,
            "Jobcenter Musterland, Besprechungsraum 1", 15, false);
        jobs.Areas.Add(new EventArea { EventId = jobs.Id, AreaId = areas[2].Id });
        var health = At(74, new(14, 0), new(16, 30), "Fachrunde Gesundheit und Pflege", EventKind.ExpertRound, Kreishaus, 15, false);
        health.Areas.Add(new EventArea { EventId = health.Id, AreaId = areas[5].Id });

        var focusGroup = new Series { ProcessId = ProcessId, Title = "Fokusgruppe Integration", CreatedAt = now,
            Description = "Zwölf Mitglieder und ihre Stellvertretungen, viermal im Jahr." };
        db.Series.Add(focusGroup);
        // The focus group has met twice already (with attendance); its four meetings of the coming year follow.
        var pastMeetings = new[] { (-150, "konstituierende Sitzung"), (-60, "Sitzung zu den Empfehlungen") }.Select(m => At(m.Item1, new(18, 0), new(20, 0),
            $"Fokusgruppe Integration, {m.Item2}", EventKind.FocusGroup, "Kreishaus Musterland, Raum 104", 20, false, focusGroup)).ToList();
        var upcoming = new List<Event>();
        for (var quarter = 0; quarter < 4; quarter++)
        {
            upcoming.Add(At(35 + 91 * quarter, new(18, 0), new(20, 0), $"Fokusgruppe Integration, Sitzung {quarter + 1}", EventKind.FocusGroup,
                "Kreishaus Musterland, Raum 104", 20, false, focusGroup));
        }

        var evening = At(95, new(18, 0), new(21, 0), "Beteiligungsabend für Vereine und Migrantenorganisationen", EventKind.ParticipationEvent,
            "Bürgerhaus Musterstadt, Lindenallee 12, 12345 Musterstadt", 120, true);
        evening.Description = "Offener Abend für Zivilgesellschaft, Vereine und Migrantenorganisationen, mit Dolmetschung.";
        evening.Areas.AddRange(areas.Select(a => new EventArea { EventId = evening.Id, AreaId = a.Id }));

        var closing = At(240, new(16, 0), new(19, 0), "Abschlussveranstaltung: das Integrationskonzept", EventKind.Other, Kreishaus, 150, true);
        closing.Description = "Vorstellung des Konzepts, Dank an alle Beteiligten, Ausblick auf die Umsetzung.";

        var ideas = SeedBoard(conference.Sessions[0], areas[0], now);
        SeedRegistrations(conference, evening, now);
        var chapters = SeedConcept(areas, now);

        // What follows the workshops: the bodies, their recommendations, the measures and the published monitoring.
        var (bodyOfFocus, steering) = SeedBodies(pastMeetings, upcoming, today, now);
        var recommendations = SeedRecommendations(ideas, areas, bodyOfFocus, steering, chapters[0], today, now);
        SeedMeasures(areas, recommendations, chapters, today, now);
        SeedIndicators(areas, today.Year - 1, now);
        process.MonitoringPublishedAt = now;

        var administrators = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                                    where r.Name == Roles.Administrator select ur.UserId).ToListAsync(ct);
        db.Memberships.AddRange(administrators.Select(id => new ProcessMembership { ProcessId = ProcessId, AccountId = id, Role = ProcessRole.Organiser, CreatedAt = now }));

        await db.SaveChangesAsync(ct);
        return true;
    }
}
