using Participation.Api.Bodies;

namespace Participation.Web.Pages.Organise.Bodies;

/// <summary>The fields of a body as the form posts them, named like the API's.</summary>
public sealed class BodyForm
{
    public string? Name { get; set; }
    public BodyKind Kind { get; set; } = BodyKind.FocusGroup;
    public string? Description { get; set; }
    public Guid? ParentId { get; set; }
    public string? Municipality { get; set; }

    public BodyInput ToInput() => new(Name ?? "", Kind, Description, ParentId, Municipality);

    public static BodyForm From(BodyResponse body) => new()
    {
        Name = body.Name, Kind = body.Kind, Description = body.Description, ParentId = body.ParentId, Municipality = body.Municipality,
    };
}

/// <summary>What the shared fields need: the values and the bodies that may be the parent.</summary>
public sealed record BodyFields(BodyForm Form, IReadOnlyList<BodySummary> Parents);

/// <summary>The bodies below a parent (the top ones when it is null, including those whose parent is not in the list).</summary>
public sealed record BodyTree(Guid? ParentId, IReadOnlyList<BodySummary> All)
{
    public IEnumerable<BodySummary> Below() => ParentId is { } parent
        ? All.Where(b => b.ParentId == parent)
        : All.Where(b => b.ParentId is not { } p || All.All(o => o.Id != p));
}
