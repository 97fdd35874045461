namespace Participation.Api.Bodies;

public static class BodiesSetup
{
    public static IServiceCollection AddBodies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BodiesOptions>().Bind(configuration.GetSection("Participation:Bodies")).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapBodies(this IEndpointRouteBuilder routes)
    {
        routes.MapBodiesApi();
        routes.MapBodyMembers();
        routes.MapBodyMeetings();
        routes.MapMeetingAttendance();
        return routes;
    }
}
