namespace Participation.Tests.Operations;

/// <summary>
/// Tests that must not share the process with other hosts. OpenTelemetry's exporter listens to every meter
/// named <c>Participation</c> in the process and merges instruments of the same name into one stream; a
/// neighbouring host that stops ends that stream, and the measurements of this test's host go nowhere.
/// xUnit runs such a collection after all parallel ones are done.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Alone";
}
