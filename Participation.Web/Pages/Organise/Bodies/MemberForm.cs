using Participation.Api.Bodies;

namespace Participation.Web.Pages.Organise.Bodies;

/// <summary>A seat as the form posts it, named like the API's fields.</summary>
public sealed class MemberForm
{
    public string? Name { get; set; }
    public MemberRole Role { get; set; } = MemberRole.Member;
    public string? Organisation { get; set; }
    public string? Perspective { get; set; }
    public string? Email { get; set; }
    public Guid? DeputyForId { get; set; }
    public DateOnly? JoinedOn { get; set; }

    public MemberInput ToInput() => new(Name ?? "", Role, Organisation, Perspective, Email, DeputyForId, JoinedOn);

    public static MemberForm From(MemberResponse m) => new()
    {
        Name = m.Name, Role = m.Role, Organisation = m.Organisation, Perspective = m.Perspective, Email = m.Email,
        DeputyForId = m.DeputyForId, JoinedOn = m.JoinedOn,
    };
}

/// <summary>What the member fields need: the values and the members a deputy may stand in for.</summary>
public sealed record MemberFields(MemberForm Form, IReadOnlyList<MemberResponse> Principals);
