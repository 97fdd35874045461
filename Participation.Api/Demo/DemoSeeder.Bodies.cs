using Participation.Api.Bodies;
using Participation.Api.Events;

namespace Participation.Api.Demo;

public sealed partial class DemoSeeder
{
    private sealed record Seat(string Name, string Organisation, string Perspective, MemberRole Role, int? DeputyFor = null);

    /// <summary>
    /// The focus group (twelve seats: a chair, members, deputies, and one member who left after the first of its two past
    /// meetings) with attendance at both, its upcoming meetings linked too, and the steering group. Returns both bodies.
    /// </summary>
    private (Body FocusGroup, Body SteeringGroup) SeedBodies(IReadOnlyList<Event> pastMeetings, IEnumerable<Event> upcoming, DateOnly today, DateTime now)
    {
        var focusGroup = new Body
        {
            ProcessId = ProcessId, Name = "Fokusgruppe Integration", Kind = BodyKind.FocusGroup, CreatedAt = now, UpdatedAt = now,
            Description = "Zwölf Mitglieder aus Verwaltung, Trägern, Migrantenorganisationen und Politik mit ihren Stellvertretungen; " +
                          "schreibt die Empfehlungen an den Kreistag in den jährlichen Fokusbericht.",
        };
        Seat[] seats =
        [
            new("Dr. Katrin Albers", "Landratsamt, Sozialplanung", "Verwaltung", MemberRole.Chair),
            new("Mehmet Aydın", "Türkischer Elternverein Musterstadt", "Migrantenorganisation", MemberRole.Member),
            new("Olena Kovalenko", "Ukrainische Gemeinde Musterland", "Migrantenorganisation", MemberRole.Member),
            new("Jonas Weber", "Jobcenter Musterland", "Hauptamt", MemberRole.Member),
            new("Samira Haddad", "Frauencafé International", "Ehrenamt", MemberRole.Member),
            new("Thomas Brenner", "Kreistag, Ausschuss für Soziales", "Politik", MemberRole.Member),
            new("Ursula Kämpfer", "Caritasverband, Migrationsberatung", "Hauptamt", MemberRole.Member),
            new("Reza Ahmadi", "Integrationsbeirat Musterstadt", "Ehrenamt", MemberRole.Member),
            new("Birgit Sommer", "Volkshochschule Musterstadt", "Bildung", MemberRole.Member),
            new("Yusuf Demir", "Türkischer Elternverein Musterstadt", "Migrantenorganisation", MemberRole.Deputy, DeputyFor: 1),
            new("Iryna Melnyk", "Ukrainische Gemeinde Musterland", "Migrantenorganisation", MemberRole.Deputy, DeputyFor: 2),
            new("Anna Petersen", "Jobcenter Musterland", "Hauptamt", MemberRole.Deputy, DeputyFor: 3),
        ];
        var members = new List<BodyMember>();
        foreach (var (seat, i) in seats.Select((s, i) => (s, i)))
        {
            members.Add(new BodyMember
            {
                BodyId = focusGroup.Id, Name = seat.Name, Organisation = seat.Organisation, Perspective = seat.Perspective, Role = seat.Role,
                DeputyForId = seat.DeputyFor is { } of ? members[of].Id : null, Email = $"fokusgruppe{i + 1}@musterland.example",
                JoinedOn = today.AddYears(-2), CreatedAt = now, UpdatedAt = now,
            });
        }
        // Reza Ahmadi moved away between the two meetings: he stays in the attendance of the first.
        var leaver = members[7];
        leaver.LeftOn = DateOnly.FromDateTime(pastMeetings[0].StartsAt).AddDays(14);
        db.Bodies.Add(focusGroup);
        db.BodyMembers.AddRange(members);
        foreach (var meeting in pastMeetings.Concat(upcoming))
        {
            db.BodyMeetings.Add(new BodyMeeting { BodyId = focusGroup.Id, EventId = meeting.Id, CreatedAt = now });
        }
        // First meeting: Olena Kovalenko excused, her deputy there for her. Second: Jonas Weber excused, nobody for him.
        SeedAttendance(focusGroup, pastMeetings[0], members, excused: members[2], deputy: members[10], now);
        SeedAttendance(focusGroup, pastMeetings[1], members.Where(m => m != leaver).ToList(), excused: members[3], deputy: null, now);

        var steeringGroup = new Body
        {
            ProcessId = ProcessId, Name = "Lenkungsgruppe Integrationskonzept", Kind = BodyKind.SteeringGroup, CreatedAt = now, UpdatedAt = now,
            Description = "Landrat, Dezernentin und Amtsleitungen: macht aus den Ergebnissen der Workshops Leitlinien und beschließt die Maßnahmenplanung.",
        };
        (string Name, string Organisation, MemberRole Role)[] board =
        [
            ("Hans-Peter Lindner", "Landrat", MemberRole.Chair),
            ("Dr. Miriam Voss", "Dezernat Soziales, Jugend und Gesundheit", MemberRole.Member),
            ("Klaus Obermeier", "Amt für Schule und Bildung", MemberRole.Member),
            ("Aylin Kaya", "Koordinierungsstelle Integration", MemberRole.Member),
            ("Stefan Brandt", "Ausländerbehörde", MemberRole.Member),
        ];
        db.Bodies.Add(steeringGroup);
        db.BodyMembers.AddRange(board.Select(p => new BodyMember
        {
            BodyId = steeringGroup.Id, Name = p.Name, Organisation = p.Organisation, Perspective = "Verwaltung", Role = p.Role,
            JoinedOn = today.AddYears(-1), CreatedAt = now, UpdatedAt = now,
        }));
        return (focusGroup, steeringGroup);
    }

    private void SeedAttendance(Body body, Event meeting, List<BodyMember> seated, BodyMember excused, BodyMember? deputy, DateTime now)
    {
        foreach (var member in seated.Where(m => m.Role != MemberRole.Deputy || m == deputy))
        {
            db.MeetingAttendances.Add(new MeetingAttendance
            {
                BodyId = body.Id, EventId = meeting.Id, MemberId = member.Id, Name = member.Name, Role = member.Role,
                Kind = member == excused ? AttendanceKind.Excused : AttendanceKind.Present,
                StoodInForId = member == deputy ? excused.Id : null, RecordedAt = now,
            });
        }
    }
}
