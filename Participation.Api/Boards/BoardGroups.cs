namespace Participation.Api.Boards;

/// <summary>
/// SignalR groups: one message is serialised once per group send, never per connection.
/// Participants and the wall see the public view, facilitators the full one.
/// </summary>
public static class BoardGroups
{
    public static string Public(Guid boardId) => $"board:{boardId}";
    public static string Facilitators(Guid boardId) => $"board:{boardId}:facilitators";
}
