namespace Participation.Tests.DataProtection;

/// <summary>The system clock, set forward by a test to a later day (months after an event), and running on from there.</summary>
public sealed class MovableClock : TimeProvider
{
    private TimeSpan ahead;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + ahead;

    public void MoveTo(DateTimeOffset instant) => ahead = instant - System.GetUtcNow();
}
