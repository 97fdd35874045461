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

    /// <summary>How long the link in a password-reset email works.</summary>
    [Range(5, 24 * 60)] public int ResetTokenMinutes { get; set; } = 60;

    /// <summary>How long the link in an invitation works.</summary>
    [Range(1, 90)] public int InvitationDays { get; set; } = 7;

    /// <summary>A page login ends this long after the password was typed, however active the session was.</summary>
    [Range(1, 24 * 90)] public int SessionMaxHours { get; set; } = 24;

    /// <summary>How often a page login is checked against the account (password changed, sessions ended, account deleted); 0 checks every request.</summary>
    [Range(0, 24 * 60)] public int SecurityStampMinutes { get; set; } = 5;

    /// <summary>Administrators keep their administrator rights only once they use a one-time code.</summary>
    public bool RequireTwoFactorForAdministrators { get; set; }
}
