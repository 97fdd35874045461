namespace Participation.Api.Extensions;

public static class EndpointConventions
{
    /// <summary>The answers every protected route may give besides its own.</summary>
    public static RouteGroupBuilder WithStandardProblems(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
