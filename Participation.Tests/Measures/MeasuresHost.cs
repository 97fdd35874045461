using Microsoft.Extensions.Time.Testing;
using Participation.Api.Extensions;
using Participation.Api.Measures;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Measures;

/// <summary>The app on a clock that stands still, so "today" in the process's zone is the same for the app and the test.</summary>
public sealed class MeasuresHost : IDisposable
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public ParticipationFactory Factory { get; }

    public MeasuresHost() => Factory = new ParticipationFactory { Clock = Clock };

    /// <summary>Today in Europe/Berlin, the zone of the processes the tests create.</summary>
    public DateOnly Today => TimeZones.Today(Clock, "Europe/Berlin");

    public int Year => Today.Year;

    public void Dispose() => Factory.Dispose();
}
