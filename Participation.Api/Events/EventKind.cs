namespace Participation.Api.Events;

public enum EventKind
{
    Conference,
    Workshop,
    ExpertRound,
    FocusGroup,
    ParticipationEvent,
    Other,
}
