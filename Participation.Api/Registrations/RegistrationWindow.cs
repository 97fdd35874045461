using Participation.Api.Events;

namespace Participation.Api.Registrations;

public static class RegistrationWindow
{
    /// <summary>Whether the form takes sign-ups at <paramref name="now"/>; the reason as a message key when not.</summary>
    public static string? ClosedReason(RegistrationSettings? settings, Event @event, DateTime now) => settings switch
    {
        null or { IsOpen: false } => "RegistrationClosed",
        { OpensAt: { } opens } when now < opens => "RegistrationNotYetOpen",
        { ClosesAt: { } closes } when now >= closes => "RegistrationClosed",
        _ when now >= @event.EndsAt => "RegistrationClosed",
        _ => null,
    };
}
