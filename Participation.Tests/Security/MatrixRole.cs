namespace Participation.Tests.Security;

/// <summary>The columns of the access matrix, in their order in docs/access-matrix.md.</summary>
public enum MatrixRole
{
    Nobody,
    Participant,
    Attendee,
    TableHost,
    Facilitator,
    Organiser,
    OrganiserElsewhere,
    FacilitatorElsewhere,
    ParticipantElsewhere,
    TableHostElsewhere,
    Administrator,
}

public static class MatrixRoles
{
    public static readonly MatrixRole[] All = Enum.GetValues<MatrixRole>();

    /// <summary>The column heading in the document.</summary>
    public static string Heading(this MatrixRole role) => role switch
    {
        MatrixRole.Nobody => "nobody",
        MatrixRole.Participant => "participant",
        MatrixRole.Attendee => "attendee",
        MatrixRole.TableHost => "table host",
        MatrixRole.Facilitator => "facilitator",
        MatrixRole.Organiser => "organiser",
        MatrixRole.OrganiserElsewhere => "organiser elsewhere",
        MatrixRole.FacilitatorElsewhere => "facilitator elsewhere",
        MatrixRole.ParticipantElsewhere => "participant elsewhere",
        MatrixRole.TableHostElsewhere => "table host elsewhere",
        MatrixRole.Administrator => "administrator",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}
