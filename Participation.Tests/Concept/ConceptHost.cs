using Participation.Tests.Infrastructure;

namespace Participation.Tests.Concept;

/// <summary>The app with a public base address set, so section addresses (and what their codes carry) are known exactly.</summary>
public sealed class ConceptHost : IDisposable
{
    public const string PublicBaseUrl = "https://beteiligung.example-kreis.de";

    public ParticipationFactory Factory { get; } = new() { Settings = { ["Participation:PublicBaseUrl"] = PublicBaseUrl } };

    public void Dispose() => Factory.Dispose();
}
