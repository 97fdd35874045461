using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.Recommendations;

namespace Participation.Web.Pages.Organise.Recommendations;

/// <summary>The text fields of a recommendation, as the new and the edit form post them.</summary>
public sealed class RecommendationForm
{
    public RecommendationKind? Kind { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public string? Rationale { get; set; }
    public Guid? AreaId { get; set; }
    public Guid? BodyId { get; set; }
}

/// <summary>A named choice of a select: a thematic area, a body, a concept section.</summary>
public sealed record Choice(Guid Id, string Name);

/// <summary>The form's fields with the areas and bodies of the process to choose from.</summary>
public sealed record RecommendationFields(RecommendationForm Form, IReadOnlyList<Choice> Areas, IReadOnlyList<Choice> Bodies)
{
    public static async Task<RecommendationFields> LoadAsync(ParticipationDb db, Guid processId, RecommendationForm form, CancellationToken ct) =>
        new(form,
            await db.Areas.Where(a => a.ProcessId == processId).OrderBy(a => a.Position).ThenBy(a => a.Name).Select(a => new Choice(a.Id, a.Name)).ToListAsync(ct),
            await db.Bodies.Where(b => b.ProcessId == processId).OrderBy(b => b.Name).Select(b => new Choice(b.Id, b.Name)).ToListAsync(ct));
}
