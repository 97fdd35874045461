using System.Security.Cryptography;
using System.Text;

namespace Participation.Api.Boards;

/// <summary>Tokens of participants ("p_…") and table hosts ("h_…"): random, stored only as a hash.</summary>
public static class ParticipantTokens
{
    public const string ParticipantPrefix = "p_";
    public const string HostPrefix = "h_";

    public static bool IsOurs(string? token) =>
        token is not null && (token.StartsWith(ParticipantPrefix, StringComparison.Ordinal) || token.StartsWith(HostPrefix, StringComparison.Ordinal));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
