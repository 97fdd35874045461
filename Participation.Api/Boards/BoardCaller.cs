namespace Participation.Api.Boards;

/// <summary>Who is acting on a board: a participant of it, or someone who moderates it.</summary>
public sealed record BoardCaller(Guid? ParticipantId, string? DisplayName, bool IsModerator)
{
    public bool IsParticipant => ParticipantId is not null;
    public string Role => IsModerator ? "facilitator" : "participant";
}
