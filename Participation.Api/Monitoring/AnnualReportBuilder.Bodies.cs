using Microsoft.EntityFrameworkCore;
using Participation.Api.Bodies;
using Participation.Api.Documentation;
using Participation.Api.Extensions;

namespace Participation.Api.Monitoring;

public sealed partial class AnnualReportBuilder
{
    /// <summary>Each body that existed in the year: its members then (with roles and deputies, and how often they came) and its meetings with attendance counts.</summary>
    private async Task<ReportChapter> BodiesAsync(Guid processId, int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var bodies = (await db.Bodies.AsNoTracking().Where(b => b.ProcessId == processId).ToListAsync(ct))
            .Where(b => b.DissolvedOn is null || b.DissolvedOn > first).ToList();
        var bodyIds = bodies.Select(b => b.Id).ToList();
        var members = (await db.BodyMembers.AsNoTracking().Where(m => bodyIds.Contains(m.BodyId)).ToListAsync(ct))
            .Where(m => m.JoinedOn <= last && (m.LeftOn is null || m.LeftOn > first)).ToList();
        var meetings = (await db.BodyMeetings.AsNoTracking().Where(m => bodyIds.Contains(m.BodyId))
                .Join(db.Events.AsNoTracking(), m => m.EventId, e => e.Id, (m, e) => new { m.BodyId, e.Id, e.Title, e.StartsAt, e.TimeZone })
                .ToListAsync(ct))
            .Select(m => new { m.BodyId, m.Id, m.Title, At = TimeZones.InZone(m.StartsAt, m.TimeZone) })
            .Where(m => m.At.Year == year).OrderBy(m => m.At).ThenBy(m => m.Title, StringComparer.CurrentCulture).ToList();
        var eventIds = meetings.Select(m => m.Id).ToList();
        var events = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        // A body entered later still belongs to a past year in which it had seats or met; one founded afterwards does not.
        bodies = bodies.Where(b => b.CreatedAt.Year <= year || members.Any(m => m.BodyId == b.Id) || meetings.Any(m => m.BodyId == b.Id)).ToList();
        var names = members.ToDictionary(m => m.Id, m => m.Name);

        var blocks = new List<ReportBlock>();
        if (bodies.Count == 0)
        {
            blocks.Add(new ReportParagraph(text["Report.NoBodies"], Typed: false, Muted: true));
        }
        var byName = bodies.ToDictionary(b => b.Id);
        foreach (var body in bodies.OrderBy(b => FullName(b, byName), StringComparer.CurrentCulture).ThenBy(b => b.Id))
        {
            blocks.Add(new ReportHeading(FullName(body, byName), 2));
            var facts = new List<(string, string)> { (text["Report.BodyKind"], text[$"Report.BodyKind.{body.Kind}"]) };
            if (body.Municipality is not null) facts.Add((text["Report.Municipality"], body.Municipality));
            if (body.DissolvedOn is { } dissolved) facts.Add((text["Report.DissolvedOn"], Date(dissolved)));
            blocks.Add(new ReportFacts(facts));
            if (body.Description is not null) blocks.Add(new ReportParagraph(body.Description));

            var own = meetings.Where(m => m.BodyId == body.Id).ToList();
            // As the meeting pages count: a recorded kind stands, a check-in of an unrecorded or invited person is presence.
            var people = await MeetingPeople.ReadAllAsync(db, body.Id, [.. own.Select(m => events[m.Id])], ct);
            var present = people.Values.SelectMany(p => p).Where(p => p.Kind == AttendanceKind.Present)
                .GroupBy(p => p.MemberId).ToDictionary(g => g.Key, g => g.Count());
            var seats = members.Where(m => m.BodyId == body.Id)
                .OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.CurrentCulture).ThenBy(m => m.Id).ToList();
            blocks.Add(Table(text["Report.Members"],
                [text["Report.Name"], text["Doc.Organisation"], text["Report.Perspective"], text["Report.Role"], text["Report.Present"]],
                seats.Select(m => (IReadOnlyList<string>)[m.Name, m.Organisation ?? "", m.Perspective ?? "", Role(m, names), Count(present.GetValueOrDefault(m.Id))]),
                [0.24f, 0.24f, 0.2f, 0.22f, 0.1f], 4));
            if (own.Count == 0)
            {
                blocks.Add(new ReportParagraph(text["Report.NoMeetings"], Typed: false, Muted: true));
                continue;
            }
            blocks.Add(Table(text["Report.Meetings", year],
                [text["Report.Date"], text["Report.Meeting"], text["Report.Present"], text["Report.Excused"], text["Report.Absent"]],
                own.Select(m =>
                {
                    var at = people[m.Id];
                    return (IReadOnlyList<string>)[m.At.ToString("d", System.Globalization.CultureInfo.CurrentCulture), m.Title,
                        Count(at.Count(a => a.Kind == AttendanceKind.Present)), Count(at.Count(a => a.Kind == AttendanceKind.Excused)),
                        Count(at.Count(a => a.Kind == AttendanceKind.Absent))];
                }),
                [0.16f, 0.48f, 0.12f, 0.12f, 0.12f], 2, 3, 4));
        }
        return new ReportChapter(text["Report.Bodies"], blocks);
    }

    private string Role(BodyMember member, Dictionary<Guid, string> names)
    {
        var role = text[$"Report.Role.{member.Role}"].Value;
        return member.DeputyForId is { } of && names.TryGetValue(of, out var name) ? text["Report.DeputyFor", role, name] : role;
    }

    private static string FullName(Body body, Dictionary<Guid, Body> all) =>
        body.ParentId is { } parent && all.TryGetValue(parent, out var p) ? $"{p.Name} › {body.Name}" : body.Name;
}
