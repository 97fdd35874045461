namespace Participation.Bench.BareHub;

/// <summary>The few REST calls the load tool makes to set up, answered with dummies.</summary>
public static class BareApi
{
    public static void MapBareApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/auth/login", () => new { tokenType = "Bearer", accessToken = "bare", expiresIn = 3600, refreshToken = "bare" });
        routes.MapPost("/api/processes", () => new { id = Guid.NewGuid() });
        routes.MapPost("/api/processes/{processId:guid}/events", (Guid processId) => new { id = Guid.NewGuid(), processId });
        routes.MapPost("/api/events/{eventId:guid}/sessions", (Guid eventId) => new { id = Guid.NewGuid(), eventId });
        routes.MapPost("/api/sessions/{sessionId:guid}/boards", (Guid sessionId, BareBoards boards) =>
        {
            var (id, joinCode) = boards.Create();
            return TypedResults.Created($"/api/boards/{id}", new BoardCreated(id, joinCode, [new ColumnDto(Guid.NewGuid(), "A", 0)]));
        });
        routes.MapPost("/api/join/{joinCode}", (string joinCode, BareBoards boards) =>
            boards.Find(joinCode) is { } boardId
                ? Results.Ok(new JoinResponse("p_bare_" + Guid.NewGuid().ToString("N"), boardId, Guid.NewGuid(), "Bench"))
                : Results.NotFound());
    }
}
