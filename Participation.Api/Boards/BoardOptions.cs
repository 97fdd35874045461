using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Boards;

/// <summary>Bound from <c>Participation:Boards</c>: every limit of the live boards.</summary>
public sealed class BoardOptions
{
    /// <summary>Longest idea, in characters.</summary>
    [Range(10, 10_000)] public int IdeaMaxLength { get; set; } = 500;
    /// <summary>Ideas one participant may post per minute.</summary>
    [Range(1, 100_000)] public int MaxPostsPerMinute { get; set; } = 10;
    [Range(1, 50)] public int MaxColumns { get; set; } = 8;
    [Range(1, 1000)] public int MaxVoteBudget { get; set; } = 50;
    [Range(1, 100)] public int MaxCardsPerBatch { get; set; } = 100;
    [Range(1, 200)] public int DisplayNameMaxLength { get; set; } = 60;
    /// <summary>A client more than this many events behind gets a snapshot instead of the events.</summary>
    [Range(10, 100_000)] public int MaxReplayEvents { get; set; } = 500;
    [Range(10, 24 * 3600)] public int MaxTimerSeconds { get; set; } = 3 * 3600;
    [Range(4, 12)] public int JoinCodeLength { get; set; } = 6;
    /// <summary>Largest message a client may send to the hub, in bytes.</summary>
    [Range(1024, 1024 * 1024)] public int MaxHubMessageBytes { get; set; } = 32 * 1024;
    /// <summary>Largest photo of a flipchart, in megabytes.</summary>
    [Range(1, 100)] public int MaxPhotoMegabytes { get; set; } = 15;
}
