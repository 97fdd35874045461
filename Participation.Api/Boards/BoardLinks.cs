using Participation.Api.Extensions;

namespace Participation.Api.Boards;

/// <summary>The addresses printed on walls and in QR codes of boards.</summary>
public sealed class BoardLinks(PublicAddress address)
{
    public string JoinUrl(string joinCode) => $"{address.BaseUrl()}/j/{joinCode}";

    public string HostUrl(string hostToken) => $"{address.BaseUrl()}/host/{hostToken}";
}
