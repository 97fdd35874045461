using System.Security.Cryptography;

namespace Participation.Api.Extensions;

/// <summary>The one source of randomness for secrets, so tests and reviews find it in one place.</summary>
public sealed class TokenGenerator
{
    /// <summary>A URL-safe secret of <paramref name="bytes"/> random bytes.</summary>
    public string NewSecret(int bytes = 24) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A password that every password rule accepts: letters of both cases, digits and a symbol.</summary>
    public string NewPassword() => $"{NewSecret(15)}-Aa1";
}
