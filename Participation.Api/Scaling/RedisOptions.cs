using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Scaling;

/// <summary>Bound from <c>Participation:Redis</c>; the server itself is <c>ConnectionStrings:Redis</c>.</summary>
public sealed class RedisOptions
{
    /// <summary>Put before every channel name, so several installations can share one Redis server.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.:-]{1,100}$")]
    public string ChannelPrefix { get; set; } = "participation";
}
