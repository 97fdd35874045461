namespace Participation.Api.Identity;

/// <summary>Account-wide roles. What someone may do inside a process comes from <see cref="ProcessMembership"/>.</summary>
public static class Roles
{
    /// <summary>Manages accounts and sees every process.</summary>
    public const string Administrator = "Administrator";

    /// <summary>May create new processes (and becomes their organiser).</summary>
    public const string Organiser = "Organiser";

    public static readonly string[] All = [Administrator, Organiser];
}
