using Participation.Api.Bodies;
using Participation.Api.Boards;
using Participation.Api.Concept;
using Participation.Api.Measures;
using Participation.Api.Processes;
using Participation.Api.Recommendations;

namespace Participation.Api.Demo;

public sealed partial class DemoSeeder
{
    private sealed record Step(RecommendationState State, int DaysAgo, string? Committee = null, string? Reference = null, DecisionResult? Result = null);

    /// <summary>
    /// Six recommendations and guidelines from the conference board's ideas, one in each state a council uses (one decided as
    /// "2026/032", one already in the language chapter), each with its history. Returns them in the order written.
    /// </summary>
    private List<Recommendation> SeedRecommendations(
        IReadOnlyList<Idea> ideas, IReadOnlyList<ThematicArea> areas, Body focusGroup, Body steeringGroup, ConceptSection languageChapter, DateOnly today, DateTime now)
    {
        const string Committee = "Ausschuss für Soziales, Gesundheit und Integration";
        (RecommendationKind Kind, string Title, string Text, string Rationale, int Area, Body Body, int[] Ideas, Step[] Steps)[] planned =
        [
            (RecommendationKind.Recommendation, "Sprachcafés in allen Gemeinden",
                "Der Landkreis fördert in jeder Gemeinde ein offenes Sprachcafé, angebunden an Bibliothek oder Familienzentrum.",
                "Das Sprachcafé in der Stadtbibliothek ist immer voll; in den kleineren Gemeinden gibt es kein Angebot.", 0, focusGroup, [0, 3],
                [new(RecommendationState.Agreed, 150), new(RecommendationState.Submitted, 130, Committee),
                 new(RecommendationState.Decided, 110, Committee, "2026/018", DecisionResult.AdoptedWithChanges), new(RecommendationState.InConcept, 100)]),
            (RecommendationKind.Recommendation, "Integrationskurse mit Kinderbetreuung am Vormittag",
                "Der Landkreis schafft mit den Kursträgern Integrationskurse am Vormittag mit Kinderbetreuung im selben Haus.",
                "Eltern, vor allem Mütter kleiner Kinder, können sonst nicht teilnehmen; die Wartezeiten am Abend sind lang.", 0, focusGroup, [1, 2, 4],
                [new(RecommendationState.Agreed, 60), new(RecommendationState.Submitted, 45, Committee),
                 new(RecommendationState.Decided, 20, "Kreistag", "2026/032", DecisionResult.Adopted)]),
            (RecommendationKind.Recommendation, "Sprachpatenschaften mit Ehrenamtlichen ausbauen",
                "Die Freiwilligenagentur vermittelt Sprachpatenschaften und schult die Patinnen und Paten zweimal im Jahr.",
                "Viele Ehrenamtliche möchten helfen, wissen aber nicht wie; Zugewanderte wünschen sich Gespräche im Alltag.", 4, focusGroup, [3],
                [new(RecommendationState.Agreed, 60), new(RecommendationState.Submitted, 45, Committee)]),
            (RecommendationKind.Guideline, "Leitlinie: Mehrsprachig und in einfacher Sprache informieren",
                "Alle Ämter des Landkreises informieren über ihre Angebote in einfacher Sprache und in den häufigsten Herkunftssprachen.",
                "In allen Workshops war fehlende Information die erste Hürde.", 3, steeringGroup, [0],
                [new(RecommendationState.Agreed, 40)]),
            (RecommendationKind.Recommendation, "Abendkurse für Berufstätige",
                "Der Landkreis prüft mit Volkshochschule und Jobcenter Integrationskurse am Abend und am Samstag für Berufstätige.",
                "Wer arbeitet, kann tagsüber keinen Kurs besuchen.", 2, focusGroup, [1],
                [new(RecommendationState.Agreed, 60), new(RecommendationState.Submitted, 45, Committee),
                 new(RecommendationState.Decided, 20, "Kreistag", "2026/033", DecisionResult.Deferred)]),
            (RecommendationKind.Recommendation, "Kinderbetreuung bei allen Beteiligungsveranstaltungen",
                "Bei Workshops und Sitzungen des Integrationsprozesses wird eine Kinderbetreuung angeboten.",
                "Damit Eltern mitreden können.", 3, focusGroup, [2], []),
        ];
        var list = new List<Recommendation>();
        foreach (var p in planned)
        {
            var r = new Recommendation
            {
                ProcessId = ProcessId, Kind = p.Kind, Title = p.Title, Text = p.Text, Rationale = p.Rationale, AreaId = areas[p.Area].Id, BodyId = p.Body.Id,
                State = RecommendationState.Draft, CreatedAt = now, UpdatedAt = now,
            };
            db.Recommendations.Add(r);
            db.RecommendationSources.AddRange(p.Ideas.Select(i => new RecommendationSource { RecommendationId = r.Id, IdeaId = ideas[i].Id }));
            foreach (var step in p.Steps)
            {
                var on = today.AddDays(-step.DaysAgo);
                r.State = step.State;
                switch (step.State)
                {
                    case RecommendationState.Agreed: r.AgreedOn = on; break;
                    case RecommendationState.Submitted: (r.SubmittedOn, r.Committee) = (on, step.Committee); break;
                    case RecommendationState.Decided:
                        (r.DecidedOn, r.Committee, r.DecisionReference, r.DecisionResult) = (on, step.Committee, step.Reference, step.Result);
                        break;
                    case RecommendationState.InConcept: r.SectionId = languageChapter.Id; break;
                }
                db.RecommendationStateChanges.Add(new RecommendationStateChange
                {
                    RecommendationId = r.Id, State = step.State, On = on, Committee = step.Committee, DecisionReference = step.Reference,
                    DecisionResult = step.Result, SectionId = step.State == RecommendationState.InConcept ? languageChapter.Id : null, CreatedAt = now,
                });
            }
            list.Add(r);
        }
        return list;
    }

    /// <summary>Six measures of the concept's variable part, one per area, in every status, with yearly activities and their status history.</summary>
    private void SeedMeasures(IReadOnlyList<ThematicArea> areas, IReadOnlyList<Recommendation> recommendations, IReadOnlyList<ConceptSection> chapters, DateOnly today, DateTime now)
    {
        var year = today.Year;
        (int Area, string Title, string Organisation, string Description, int[] Recommendations, (MeasureStatus Status, int DaysAgo, string Comment)[] History)[] planned =
        [
            (0, "Sprachcafés in allen Gemeinden", "Volkshochschule Musterstadt", "Ein offenes Sprachcafé je Gemeinde, einmal in der Woche, mit Ehrenamtlichen.", [0, 2],
                [(MeasureStatus.Started, 90, "Die ersten drei Sprachcafés laufen in Musterstadt, Altheim und Bergdorf.")]),
            (1, "Elternlotsinnen an Grundschulen", "Amt für Schule und Bildung", "Mehrsprachige Elternlotsinnen begleiten Familien beim Schuleintritt.", [],
                [(MeasureStatus.Started, 300, "Vier Lotsinnen eingestellt."), (MeasureStatus.Done, 30, "Abgeschlossen; das Angebot geht in die Regelfinanzierung über.")]),
            (2, "Anerkennungsberatung im Jobcenter", "Jobcenter Musterland", "Sprechstunde zur Anerkennung ausländischer Berufsabschlüsse, zweimal im Monat.", [4],
                [(MeasureStatus.Started, 200, "Sprechstunde eingerichtet.")]),
            (3, "Lotsinnen und Lotsen für Behördengänge", "Koordinierungsstelle Integration", "Ehrenamtliche begleiten neu Zugewanderte zu Ämtern, mehrsprachig.", [3], []),
            (4, "Ehrenamtsbörse in mehreren Sprachen", "Freiwilligenagentur Musterland", "Eine Online-Börse für Engagement, übersetzt in fünf Sprachen.", [2],
                [(MeasureStatus.Dropped, 60, "Eingestellt: die Förderung des Landes ist ausgelaufen; die Agentur vermittelt weiter persönlich.")]),
            (5, "Dolmetschpool für Arztpraxen", "Gesundheitsamt Musterland", "Geschulte Sprachmittlerinnen und Sprachmittler auf Abruf, auch per Video.", [],
                [(MeasureStatus.Started, 120, "Zwölf Sprachmittlerinnen und Sprachmittler geschult.")]),
        ];
        foreach (var p in planned)
        {
            var status = p.History.Length == 0 ? MeasureStatus.Planned : p.History[^1].Status;
            var m = new Measure
            {
                ProcessId = ProcessId, AreaId = areas[p.Area].Id, Title = p.Title, Description = p.Description, ResponsibleOrganisation = p.Organisation,
                StartYear = year - 1, EndYear = year + 2, Status = status, CreatedAt = now, UpdatedAt = now,
            };
            m.Activities.AddRange(Enumerable.Range(year - 1, 4).Select(y => new MeasureActivity
            {
                MeasureId = m.Id, Year = y, Text = y < year ? "Planung mit den Gemeinden und Trägern" : y == year ? "Start in den ersten Gemeinden" : "Ausweiten auf den ganzen Landkreis",
            }));
            m.Recommendations.AddRange(p.Recommendations.Select(i => new MeasureRecommendation { MeasureId = m.Id, RecommendationId = recommendations[i].Id }));
            m.Sections.Add(new MeasureSection { MeasureId = m.Id, SectionId = chapters[p.Area].Id });
            db.Measures.Add(m);
            db.MeasureStatusChanges.Add(new MeasureStatusChange
            {
                MeasureId = m.Id, Status = MeasureStatus.Planned, On = today.AddDays(-360), Comment = "In die Maßnahmenplanung aufgenommen.", CreatedAt = now,
            });
            db.MeasureStatusChanges.AddRange(p.History.Select(h => new MeasureStatusChange
            {
                MeasureId = m.Id, Status = h.Status, On = today.AddDays(-h.DaysAgo), Comment = h.Comment, CreatedAt = now,
            }));
        }
    }
}
