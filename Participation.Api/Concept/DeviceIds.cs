using System.Security.Cryptography;
using System.Text;
using Participation.Api.Extensions;

namespace Participation.Api.Concept;

/// <summary>
/// A random id in a cookie that says "this device" for one-support-per-device and the contribution limit.
/// Only its hash is stored; it is not tied to an address, an account or an IP.
/// </summary>
public static class DeviceIds
{
    public const string CookieName = "participation_device";

    public static string HashOf(HttpContext context, TokenGenerator tokens)
    {
        var id = context.Request.Cookies[CookieName];
        if (string.IsNullOrEmpty(id) || id.Length > 100)
        {
            id = tokens.NewSecret();
            context.Response.Cookies.Append(CookieName, id, new CookieOptions
            {
                HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
            });
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
    }
}
