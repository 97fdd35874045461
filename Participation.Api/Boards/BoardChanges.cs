namespace Participation.Api.Boards;

/// <summary>The log entries one action produces; the writer numbers, stores and broadcasts them.</summary>
public sealed class BoardChanges
{
    internal List<PendingEvent> Events { get; } = [];

    /// <param name="publicData">What participants and the wall see, when it differs from <paramref name="data"/>.</param>
    public void Record(string type, object data, object? publicData = null) => Events.Add(new PendingEvent(type, data, publicData));

    internal sealed record PendingEvent(string Type, object Data, object? PublicData)
    {
        public long Seq { get; set; }
    }
}
