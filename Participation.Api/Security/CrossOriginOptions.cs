namespace Participation.Api.Security;

/// <summary>Bound from <c>Participation:Cors</c>. Empty (the default) answers no cross-origin request with an allow header.</summary>
public sealed class CrossOriginOptions
{
    /// <summary>Origins such as <c>https://portal.example.org</c> whose pages may call <c>/api</c> from the browser.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
