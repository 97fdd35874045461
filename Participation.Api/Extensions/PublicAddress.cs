using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Participation.Api.Extensions;

/// <summary>The address people reach the installation at, for links in QR codes, on walls and in emails.</summary>
public sealed class PublicAddress(IOptions<ParticipationOptions> options, IHttpContextAccessor http, IServer server)
{
    /// <summary>The configured public address, else the address this request came in on.</summary>
    public string BaseUrl()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
        {
            return options.Value.PublicBaseUrl.TrimEnd('/');
        }
        var request = http.HttpContext?.Request;
        return request is not null ? $"{request.Scheme}://{request.Host}{request.PathBase}" : ListeningAddress();
    }

    /// <summary>
    /// For emails written by a background job, which has no request: the address the server listens on
    /// (right on a developer's machine; an installation sets PublicBaseUrl).
    /// </summary>
    private string ListeningAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return "";
        }
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost"));
        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}
