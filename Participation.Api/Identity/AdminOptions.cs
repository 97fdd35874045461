namespace Participation.Api.Identity;

/// <summary>Bound from <c>Participation:Admin</c>: the first administrator on a fresh database.</summary>
public sealed class AdminOptions
{
    public string? Email { get; set; }
    public string? Password { get; set; }
}
