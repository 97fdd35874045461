using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Recommendations;

/// <summary>Bound from <c>Participation:Recommendations</c>: the limits of recommendations, their sources and their states.</summary>
public sealed class RecommendationsOptions
{
    /// <summary>At most the column's 300 characters.</summary>
    [Range(10, 300)] public int TitleMaxLength { get; set; } = 300;
    [Range(100, 100_000)] public int TextMaxLength { get; set; } = 8000;
    [Range(100, 100_000)] public int RationaleMaxLength { get; set; } = 8000;
    /// <summary>At most the column's 200 characters.</summary>
    [Range(10, 200)] public int CommitteeMaxLength { get; set; } = 200;
    /// <summary>At most the column's 64 characters.</summary>
    [Range(4, 64)] public int DecisionReferenceMaxLength { get; set; } = 32;
    [Range(10, 10_000)] public int CommentMaxLength { get; set; } = 2000;
    /// <summary>Ideas and contributions together.</summary>
    [Range(1, 1000)] public int MaxSourcesPerRecommendation { get; set; } = 100;
    /// <summary>How many days after today a step's date may lie (a decision typed in the evening before, a time zone apart).</summary>
    [Range(0, 30)] public int FutureDaysAllowed { get; set; } = 1;
    /// <summary>Ideas a search on the organiser pages shows at once.</summary>
    [Range(10, 1000)] public int SearchResultsShown { get; set; } = 50;
}
