using Participation.Api.Bodies;
using Participation.Api.Concept;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Indicators;
using Participation.Api.Measures;
using Participation.Api.Processes;
using Participation.Api.Recommendations;

namespace Participation.Tests.Monitoring;

/// <summary>How much <see cref="MonitoringArrange"/> writes; the benchmark uses the same generator with larger numbers.</summary>
public sealed record MonitoringScale(
    int Bodies = 2, int MembersPerBody = 4, int MeetingsPerBody = 2, int Recommendations = 5, int Measures = 4, int Indicators = 3,
    int Years = 10, int Municipalities = 3, int Areas = 2, int Year = 2025, bool Published = true);

/// <summary>What was written, with the names and texts the tests look for.</summary>
public sealed record MonitoringWorld(
    Guid ProcessId, IReadOnlyList<Guid> AreaIds, Guid SectionId, string SectionCode, IReadOnlyList<Guid> BodyIds,
    IReadOnlyList<Recommendation> Recommendations, IReadOnlyList<Measure> Measures, IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<string> MemberNames, IReadOnlyList<string> MemberEmails);

/// <summary>
/// Writes a process with its monitoring straight through the DbContext (the other features' APIs are built in parallel):
/// bodies with chairs, members, deputies and a member who left, meetings with attendance; recommendations cycling
/// through every state; measures cycling through every status with a dated history and yearly activities;
/// indicators with values over the years for the whole area and each municipality. Deterministic for the same scale.
/// </summary>
public static class MonitoringArrange
{
    public static readonly string[] MunicipalityNames =
        ["Altdorf", "Bergheim", "Celle", "Dornstadt", "Eichenau", "Feldkirch", "Grünwald", "Hainburg", "Immenstadt", "Jettingen",
         "Kirchberg", "Lindau", "Mühlhausen", "Neustadt", "Oberau", "Pfarrkirchen", "Quedlinburg", "Rosenheim", "Sonthofen", "Tegernsee"];

    public static async Task<MonitoringWorld> SeedAsync(ParticipationDb db, MonitoringScale scale, string title = "Integrationskonzept Musterkreis")
    {
        var now = new DateTime(scale.Year, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        var process = new Process
        {
            Title = title, Organisation = "Landkreis Musterkreis, Koordinierungsstelle Integration", TimeZone = "Europe/Berlin",
            MonitoringPublishedAt = scale.Published ? now : null, CreatedAt = now, UpdatedAt = now,
        };
        db.Processes.Add(process);
        string[] areaNames = ["Sprache und Bildung", "Arbeit und Ausbildung", "Wohnen", "Gesundheit", "Soziales und Kultur"];
        var areas = Enumerable.Range(0, scale.Areas).Select(i => new ThematicArea
        {
            ProcessId = process.Id, Name = i < areaNames.Length ? areaNames[i] : $"Handlungsfeld {i + 1}", Position = i,
        }).ToList();
        db.Areas.AddRange(areas);
        var document = new ConceptDocument { ProcessId = process.Id, Title = "Integrationskonzept", Version = "1.0", CreatedAt = now, UpdatedAt = now };
        var section = new ConceptSection
        {
            DocumentId = document.Id, Code = ShortCodes.New(6), Number = "3.1", Title = "Sprache von Anfang an", Position = 0, CreatedAt = now, UpdatedAt = now,
        };
        section.Areas.Add(new SectionArea { SectionId = section.Id, AreaId = areas[0].Id });
        document.Sections.Add(section);
        db.ConceptDocuments.Add(document);

        var (bodyIds, names, emails) = Bodies(db, process, scale, now);
        var recommendations = Recommendations(db, process, areas, bodyIds, section, scale, now);
        var measures = Measures(db, process, areas, recommendations, section, scale, now);
        var indicators = Indicators(db, process, areas, scale, now);
        await db.SaveChangesAsync();
        return new MonitoringWorld(process.Id, areas.Select(a => a.Id).ToList(), section.Id, section.Code, bodyIds, recommendations, measures, indicators, names, emails);
    }

    private static (List<Guid>, List<string>, List<string>) Bodies(ParticipationDb db, Process process, MonitoringScale scale, DateTime now)
    {
        var ids = new List<Guid>();
        var names = new List<string>();
        var emails = new List<string>();
        for (var b = 0; b < scale.Bodies; b++)
        {
            var body = new Body
            {
                ProcessId = process.Id, Name = b == 0 ? "Fokusgruppe Integration" : $"Arbeitsgruppe {b}", Kind = b == 0 ? BodyKind.FocusGroup : BodyKind.WorkingGroup,
                Description = "Trifft sich mehrmals im Jahr.", CreatedAt = now, UpdatedAt = now,
            };
            db.Bodies.Add(body);
            ids.Add(body.Id);
            var members = new List<BodyMember>();
            for (var m = 0; m < scale.MembersPerBody; m++)
            {
                var role = m == 0 ? MemberRole.Chair : m % 3 == 2 ? MemberRole.Deputy : MemberRole.Member;
                var member = new BodyMember
                {
                    BodyId = body.Id, Name = $"Mitglied {b + 1}-{m + 1} Özdemir", Organisation = m % 2 == 0 ? "Jobcenter" : "Migrantenorganisation Brücke e. V.",
                    Perspective = m % 2 == 0 ? "Verwaltung" : "Zivilgesellschaft", Email = $"mitglied{b + 1}-{m + 1}@example.org", Role = role,
                    DeputyForId = role == MemberRole.Deputy ? members[^1].Id : null,
                    JoinedOn = new DateOnly(scale.Year - 2, 1, 1),
                    // The last member left before the report year: kept for old meetings, not among this year's members.
                    LeftOn = m == scale.MembersPerBody - 1 && m > 2 ? new DateOnly(scale.Year - 1, 6, 30) : null,
                    CreatedAt = now, UpdatedAt = now,
                };
                members.Add(member);
                names.Add(member.Name);
                emails.Add(member.Email);
            }
            db.BodyMembers.AddRange(members);
            for (var meeting = 0; meeting < scale.MeetingsPerBody; meeting++)
            {
                var starts = new DateTime(scale.Year, 2 + meeting * 10 / Math.Max(1, scale.MeetingsPerBody), 10 + b % 15, 15, 0, 0, DateTimeKind.Utc);
                var @event = new Event
                {
                    ProcessId = process.Id, Title = $"{body.Name}: Sitzung {meeting + 1}", Kind = EventKind.FocusGroup, StartsAt = starts, EndsAt = starts.AddHours(2),
                    TimeZone = "Europe/Berlin", Venue = "Kreishaus", CreatedAt = now, UpdatedAt = now,
                };
                db.Events.Add(@event);
                db.BodyMeetings.Add(new BodyMeeting { BodyId = body.Id, EventId = @event.Id, CreatedAt = now });
                for (var m = 0; m < members.Count; m++)
                {
                    if (members[m].LeftOn is not null)
                    {
                        continue;
                    }
                    db.MeetingAttendances.Add(new MeetingAttendance
                    {
                        BodyId = body.Id, EventId = @event.Id, MemberId = members[m].Id, Name = members[m].Name, Role = members[m].Role,
                        Kind = m == 1 && meeting % 2 == 1 ? AttendanceKind.Excused : AttendanceKind.Present, RecordedAt = now,
                    });
                }
            }
        }
        return (ids, names, emails);
    }

    private static List<Recommendation> Recommendations(
        ParticipationDb db, Process process, List<ThematicArea> areas, List<Guid> bodies, ConceptSection section, MonitoringScale scale, DateTime now)
    {
        var states = Enum.GetValues<RecommendationState>();
        var results = Enum.GetValues<DecisionResult>();
        var list = new List<Recommendation>();
        for (var i = 0; i < scale.Recommendations; i++)
        {
            var state = states[i % states.Length];
            var reached = (int)state;
            var r = new Recommendation
            {
                ProcessId = process.Id, Kind = i % 4 == 3 ? RecommendationKind.Guideline : RecommendationKind.Recommendation,
                AreaId = areas[i % areas.Count].Id, BodyId = bodies.Count > 0 ? bodies[i % bodies.Count] : null,
                Title = $"Empfehlung {i + 1}: Sprachkurse mit Kinderbetreuung", Text = $"Text der Empfehlung {i + 1}. Kurse am Vormittag mit Betreuung für Kinder.",
                Rationale = "Eltern können sonst nicht teilnehmen.", State = state,
                AgreedOn = reached >= 1 ? new DateOnly(scale.Year, 3, 1 + i % 28) : null,
                SubmittedOn = reached >= 2 ? new DateOnly(scale.Year, 5, 1 + i % 28) : null,
                Committee = reached >= 2 ? "Ausschuss für Soziales" : null,
                DecidedOn = reached >= 3 ? new DateOnly(scale.Year, 7, 1 + i % 28) : null,
                DecisionReference = reached >= 3 ? $"{scale.Year}/{i + 1:000}" : null,
                DecisionResult = reached >= 3 ? results[i % results.Length] : null,
                SectionId = state == RecommendationState.InConcept ? section.Id : null,
                CreatedAt = now, UpdatedAt = now,
            };
            db.Recommendations.Add(r);
            foreach (var (reachedState, on) in new[] { (RecommendationState.Agreed, r.AgreedOn), (RecommendationState.Submitted, r.SubmittedOn), (RecommendationState.Decided, r.DecidedOn) })
            {
                if (on is { } date)
                {
                    db.RecommendationStateChanges.Add(new RecommendationStateChange
                    {
                        RecommendationId = r.Id, State = reachedState, On = date, Committee = r.Committee, CreatedAt = now,
                        DecisionReference = reachedState == RecommendationState.Decided ? r.DecisionReference : null,
                        DecisionResult = reachedState == RecommendationState.Decided ? r.DecisionResult : null,
                    });
                }
            }
            list.Add(r);
        }
        return list;
    }

    private static List<Measure> Measures(
        ParticipationDb db, Process process, List<ThematicArea> areas, List<Recommendation> recommendations, ConceptSection section, MonitoringScale scale, DateTime now)
    {
        var statuses = Enum.GetValues<MeasureStatus>();
        var list = new List<Measure>();
        for (var i = 0; i < scale.Measures; i++)
        {
            var status = statuses[i % statuses.Length];
            var m = new Measure
            {
                ProcessId = process.Id, AreaId = areas[i % areas.Count].Id, Title = $"Maßnahme {i + 1}: Sprachcafé in der Bibliothek",
                Description = "Ein offener Treff zum Deutschüben.", ResponsibleOrganisation = i % 2 == 0 ? "Volkshochschule" : "Integrationsbüro",
                StartYear = scale.Year - 1, EndYear = scale.Year + 2, Status = status, CreatedAt = now, UpdatedAt = now,
            };
            db.Measures.Add(m);
            db.MeasureStatusChanges.Add(new MeasureStatusChange { MeasureId = m.Id, Status = MeasureStatus.Planned, On = new DateOnly(scale.Year - 1, 1, 15), Comment = "Aufgenommen.", CreatedAt = now });
            if (status != MeasureStatus.Planned)
            {
                db.MeasureStatusChanges.Add(new MeasureStatusChange
                {
                    MeasureId = m.Id, Status = status, On = new DateOnly(scale.Year, 4, 1 + i % 28), Comment = $"Stand der Maßnahme {i + 1} im Frühjahr.", CreatedAt = now,
                });
            }
            db.MeasureActivities.Add(new MeasureActivity { MeasureId = m.Id, Year = scale.Year, Text = $"Zehn Termine für Maßnahme {i + 1}", Position = 0 });
            db.MeasureActivities.Add(new MeasureActivity { MeasureId = m.Id, Year = scale.Year + 1, Text = "Ausweiten auf zwei Orte", Position = 0 });
            if (recommendations.Count > 0)
            {
                db.MeasureRecommendations.Add(new MeasureRecommendation { MeasureId = m.Id, RecommendationId = recommendations[i % recommendations.Count].Id });
            }
            if (i == 0)
            {
                db.MeasureSections.Add(new MeasureSection { MeasureId = m.Id, SectionId = section.Id });
            }
            list.Add(m);
        }
        return list;
    }

    private static List<Indicator> Indicators(ParticipationDb db, Process process, List<ThematicArea> areas, MonitoringScale scale, DateTime now)
    {
        var list = new List<Indicator>();
        for (var i = 0; i < scale.Indicators; i++)
        {
            var indicator = new Indicator
            {
                ProcessId = process.Id, AreaId = areas[i % areas.Count].Id, Name = $"Indikator {i + 1}: Anteil mit Sprachzertifikat B1",
                Definition = "Anteil der Teilnehmenden, die die Prüfung bestehen.", Unit = "%", Source = "Statistik des Kreises",
                Direction = i % 3 == 1 ? IndicatorDirection.LowerIsBetter : i % 3 == 2 ? IndicatorDirection.Neutral : IndicatorDirection.HigherIsBetter,
                Target = 60.5m, TargetYear = scale.Year + 5, Position = i, CreatedAt = now, UpdatedAt = now,
            };
            db.Indicators.Add(indicator);
            var places = new[] { "" }.Concat(MunicipalityNames.Take(scale.Municipalities)).ToList();
            for (var y = 0; y < scale.Years; y++)
            {
                for (var p = 0; p < places.Count; p++)
                {
                    db.IndicatorValues.Add(new IndicatorValue
                    {
                        IndicatorId = indicator.Id, Year = scale.Year - scale.Years + 1 + y, Municipality = places[p],
                        Value = Value(i, y, p), UpdatedAt = now,
                    });
                }
            }
            list.Add(indicator);
        }
        return list;
    }

    /// <summary>A value with a decimal part, so the report's German decimal comma shows: 40,25 + 1,5 a year, offset by place.</summary>
    public static decimal Value(int indicator, int year, int place) => 40.25m + indicator + year * 1.5m + place * 0.75m;
}
