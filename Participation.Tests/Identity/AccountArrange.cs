using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using OtpNet;
using Participation.Api.Identity;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Identity;

/// <summary>The pieces account tests share: links out of delivered mails, and codes computed as an authenticator app does.</summary>
public static partial class AccountArrange
{
    /// <summary>The email and token of the first link in the text part to <paramref name="path"/> (such as "/account/reset").</summary>
    public static (string Email, string Token) Link(this MimeMessage message, string path)
    {
        var match = Regex.Match(message.TextBody ?? "", Regex.Escape(path) + @"\?email=(?<email>[^&\s]+)&token=(?<token>\S+)");
        Assert.True(match.Success, $"No link {path} in: {message.TextBody}");
        return (Uri.UnescapeDataString(match.Groups["email"].Value), Uri.UnescapeDataString(match.Groups["token"].Value));
    }

    /// <summary>The path and query of the first link to <paramref name="path"/>, as a browser would open it.</summary>
    public static string LinkPath(this MimeMessage message, string path)
    {
        var match = Regex.Match(message.TextBody ?? "", Regex.Escape(path) + @"\?\S+");
        Assert.True(match.Success, $"No link {path} in: {message.TextBody}");
        return match.Value;
    }

    public static string Code(string sharedKey, DateTime? at = null) =>
        new Totp(Base32Encoding.ToBytes(sharedKey)).ComputeTotp(at ?? DateTime.UtcNow);

    /// <summary>Turns one-time codes on for the logged-in client; returns the key and the recovery codes.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableTwoFactorAsync(this HttpClient client)
    {
        var setup = await (await client.PostAsync("/api/account/two-factor/setup", null)).ReadAsync<TwoFactorSetup>();
        var codes = await (await client.PostJsonAsync("/api/account/two-factor/enable", new { code = Code(setup.SharedKey) })).ReadAsync<RecoveryCodes>();
        return (setup.SharedKey, codes.Codes);
    }

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string password, string? twoFactorCode = null, string? twoFactorRecoveryCode = null) =>
        client.PostJsonAsync("/api/auth/login", new { email, password, twoFactorCode, twoFactorRecoveryCode });

    public static async Task<HttpStatusCode> MeStatusAsync(this HttpClient client) => (await client.GetAsync("/api/auth/me")).StatusCode;

    public static Dictionary<string, string?> With(this Dictionary<string, string?> settings, string key, string value)
    {
        settings[key] = value;
        return settings;
    }
}
