using Participation.Api.Extensions;

namespace Participation.Api.Concept;

internal static class ConceptMapping
{
    public static void Apply(this ConceptDocument document, DocumentInput input, DateTime now)
    {
        document.Title = input.Title.Trim();
        document.Version = input.Version.Trim();
        document.PublishedOn = input.PublishedOn;
        document.ReviewsContributions = input.ReviewsContributions;
        document.UpdatedAt = now;
    }

    public static void Apply(this ConceptSection section, SectionInput input, DateTime now)
    {
        section.Number = input.Number.Trim();
        section.Title = input.Title.Trim();
        section.PrintPage = input.PrintPage;
        section.Summary = input.Summary.NullIfBlank();
        section.Position = input.Position ?? section.Position;
        section.UpdatedAt = now;
        var areas = (input.AreaIds ?? []).Distinct().ToHashSet();
        section.Areas.RemoveAll(a => !areas.Contains(a.AreaId));
        section.Areas.AddRange(areas.Where(id => section.Areas.All(a => a.AreaId != id)).Select(id => new SectionArea { SectionId = section.Id, AreaId = id }));
        var events = (input.EventIds ?? []).Distinct().ToHashSet();
        section.Events.RemoveAll(e => !events.Contains(e.EventId));
        section.Events.AddRange(events.Where(id => section.Events.All(e => e.EventId != id)).Select(id => new SectionEvent { SectionId = section.Id, EventId = id }));
    }

    public static ContributionResponse ToResponse(this Contribution c) => new(
        c.Id, c.SectionId, c.Text, c.Kind, c.AuthorName, c.State, c.HiddenReason, c.Answer,
        c.AnsweredAt is { } answered ? new DateTimeOffset(DateTime.SpecifyKind(answered, DateTimeKind.Utc)) : null, c.Supports,
        new DateTimeOffset(DateTime.SpecifyKind(c.CreatedAt, DateTimeKind.Utc)));
}
