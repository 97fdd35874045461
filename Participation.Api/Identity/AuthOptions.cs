using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Identity;

/// <summary>Bound from <c>Participation:Auth</c>.</summary>
public sealed class AuthOptions
{
    [Range(1, 24 * 60)] public int AccessTokenMinutes { get; set; } = 60;
    [Range(1, 365)] public int RefreshTokenDays { get; set; } = 14;
    [Range(1, 24 * 30)] public int CookieHours { get; set; } = 12;
    [Range(8, 128)] public int PasswordMinLength { get; set; } = 10;
    [Range(1, 100)] public int MaxFailedLogins { get; set; } = 5;
    [Range(1, 24 * 60)] public int LockoutMinutes { get; set; } = 15;
}
