using System.Security.Claims;

namespace Participation.Api.Boards;

/// <summary>The claims the participant and host tokens carry.</summary>
public static class BoardClaims
{
    public const string Participant = "participation:participant";
    public const string Board = "participation:board";
    public const string Host = "participation:host";
    public const string Session = "participation:session";
    public const string ValidUntil = "participation:valid-until";

    /// <summary>A table host's rights end with the day, also on a connection opened before.</summary>
    public static bool HostExpired(this ClaimsPrincipal user, DateTime now) =>
        DateTime.TryParse(user.FindFirstValue(ValidUntil), null, System.Globalization.DateTimeStyles.RoundtripKind, out var until) && now >= until;

    public static Guid? Get(this ClaimsPrincipal user, string type) =>
        Guid.TryParse(user.FindFirstValue(type), out var id) ? id : null;
}
