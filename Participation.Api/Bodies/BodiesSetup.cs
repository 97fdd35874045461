namespace Participation.Api.Bodies;

public static class BodiesSetup
{
    public static IServiceCollection AddBodies(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapBodies(this IEndpointRouteBuilder routes)
    {
        return routes;
    }
}
