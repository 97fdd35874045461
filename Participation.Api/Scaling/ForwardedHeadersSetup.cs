using System.Net;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.AspNetCore.HttpOverrides;

namespace Participation.Api.Scaling;

/// <summary>
/// Behind nginx or an ingress, the client's address and https come in X-Forwarded-For and -Proto:
/// links, secure cookies and rate limits need them. Only proxies named in
/// <c>Participation:TrustedProxies</c> (and loopback) are believed, so nobody can claim another address.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddForwardedHeadersFromProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var trusted = configuration.GetSection("Participation:TrustedProxies").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Two hops at most (a load balancer before nginx); more would let a client append its own.
            options.ForwardLimit = 2;
            foreach (var entry in trusted)
            {
                options.KnownIPNetworks.Add(Parse(entry));
            }
        });
        return services;
    }

    public static bool IsValid(string entry) => IPNetwork.TryParse(entry, out _) || IPAddress.TryParse(entry, out _);

    private static IPNetwork Parse(string entry) =>
        IPNetwork.TryParse(entry, out var network) ? network
        : IPAddress.TryParse(entry, out var address) ? new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128)
        : throw new InvalidOperationException($"Participation:TrustedProxies: '{entry}' is neither an address nor a network such as 10.0.0.0/8.");
}
