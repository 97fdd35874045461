using Microsoft.Extensions.Options;

namespace Participation.Api.Boards;

/// <summary>The addresses printed on walls and in QR codes, from <c>Participation:PublicBaseUrl</c>.</summary>
public sealed class BoardLinks(IOptions<ParticipationOptions> options, IHttpContextAccessor http)
{
    public string JoinUrl(string joinCode) => $"{BaseUrl()}/j/{joinCode}";

    public string HostUrl(string hostToken) => $"{BaseUrl()}/host/{hostToken}";

    /// <summary>The configured public address, else the address this request came in on.</summary>
    public string BaseUrl()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
        {
            return options.Value.PublicBaseUrl.TrimEnd('/');
        }
        var request = http.HttpContext?.Request;
        return request is null ? "" : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
