using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Boards;

namespace Participation.Tests.Security;

/// <summary>
/// What the running app offers, as the matrix names it: every endpoint of the <see cref="EndpointDataSource"/>
/// as "METHOD /pattern", every public method of a mapped hub as "HUB Name", and every Razor Page route.
/// Left out, because they are not routes anyone decides access for: the static files
/// (<c>MapStaticAssets</c>, the same for everyone by design) and the hub's own transport endpoints
/// (<c>/hubs/board</c> and its negotiate route), which the hub rows cover method by method.
/// Pages are in the second table.
/// </summary>
public static class AppSurface
{
    /// <summary>Method name for endpoints that answer any method (health checks).</summary>
    public const string AnyMethod = "ANY";

    public static IReadOnlyList<string> RouteKeys(IServiceProvider services) =>
        Endpoints(services)
            .Where(e => !IsPage(e) && !IsStaticAsset(e) && e.Metadata.GetMetadata<HubMetadata>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [AnyMethod])
                .Where(m => m != HttpMethods.Head)
                .Select(m => $"{m} {Pattern(e)}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// "HUB Method" for the board hub; a hub mapped later gets "HUB TheHub.Method" rows, so its methods
    /// cannot slip past the matrix either.
    /// </summary>
    public static IReadOnlyList<string> HubKeys(IServiceProvider services) =>
        Endpoints(services)
            .Select(e => e.Metadata.GetMetadata<HubMetadata>()?.HubType)
            .OfType<Type>()
            .Distinct()
            .SelectMany(hub => hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.GetBaseDefinition().DeclaringType == hub && !m.IsSpecialName)
                .Select(m => AccessMatrix.HubPrefix + (hub == typeof(BoardHub) ? "" : hub.Name + ".") + m.Name))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The route of every Razor Page, with a leading slash.</summary>
    public static IReadOnlyList<string> PageRoutes(IServiceProvider services) =>
        Endpoints(services).Where(IsPage).Select(Pattern).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The pattern as the endpoint declares it; a group's "/" adds a trailing slash that no one types, so it is dropped.</summary>
    private static string Pattern(RouteEndpoint endpoint)
    {
        var raw = endpoint.RoutePattern.RawText ?? "";
        raw = raw.StartsWith('/') ? raw : "/" + raw;
        return raw.Length > 1 ? raw.TrimEnd('/') : raw;
    }

    private static IEnumerable<RouteEndpoint> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static bool IsPage(Endpoint endpoint) => endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;

    // MapStaticAssets marks its endpoints with the asset's descriptor; outside a published build (the tests,
    // `dotnet run`) UseStaticWebAssets adds the catch-all "{**path:file}" that serves the same files from the build.
    private static bool IsStaticAsset(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor") || endpoint.RoutePattern.RawText == "{**path:file}";
}
