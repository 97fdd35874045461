using Microsoft.AspNetCore.Identity;

namespace Participation.Api.Identity;

/// <summary>An organiser's, facilitator's or administrator's login. Participants never have one.</summary>
public sealed class Account : IdentityUser<Guid>
{
    public Account() => Id = Guid.CreateVersion7();

    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
