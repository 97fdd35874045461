namespace Participation.Api.Measures;

/// <summary>What changed in a concept between a version and a later one (or the state now, when <c>Until</c> is null).</summary>
public sealed record ConceptChanges(
    int Since, int? Until,
    IReadOnlyList<SnapshotSection> SectionsAdded, IReadOnlyList<SnapshotSection> SectionsWithdrawn,
    IReadOnlyList<TextChange> SectionsRenamed, IReadOnlyList<TextChange> SectionsRenumbered,
    IReadOnlyList<SnapshotLink> MeasuresAdded, IReadOnlyList<SnapshotLink> MeasuresRemoved,
    IReadOnlyList<StatusChange> MeasuresStatusChanged, IReadOnlyList<TimeFrameChange> MeasuresTimeFrameChanged,
    IReadOnlyList<TextChange> MeasuresResponsibilityChanged, IReadOnlyList<ActivitiesChange> MeasuresActivitiesChanged,
    IReadOnlyList<SnapshotRecommendation> RecommendationsAdded)
{
    public bool IsEmpty =>
        SectionsAdded.Count + SectionsWithdrawn.Count + SectionsRenamed.Count + SectionsRenumbered.Count + MeasuresAdded.Count
        + MeasuresRemoved.Count + MeasuresStatusChanged.Count + MeasuresTimeFrameChanged.Count + MeasuresResponsibilityChanged.Count
        + MeasuresActivitiesChanged.Count + RecommendationsAdded.Count == 0;

    /// <summary>Compares by id: sections keep theirs (and their codes) across versions, measures and recommendations too.</summary>
    public static ConceptChanges Between(int since, int? until, ConceptSnapshot before, ConceptSnapshot after)
    {
        var oldSections = before.Sections.ToDictionary(s => s.Id);
        var newSections = after.Sections.ToDictionary(s => s.Id);
        bool InBefore(SnapshotSection s) => oldSections.TryGetValue(s.Id, out var old) && !old.Withdrawn;
        bool InAfter(SnapshotSection s) => newSections.TryGetValue(s.Id, out var now) && !now.Withdrawn;
        var kept = after.Sections.Where(s => oldSections.ContainsKey(s.Id)).Select(s => (Old: oldSections[s.Id], New: s)).ToList();

        var oldMeasures = before.Measures.ToDictionary(m => m.Id);
        var newMeasureIds = after.Measures.Select(m => m.Id).ToHashSet();
        var keptMeasures = after.Measures.Where(m => oldMeasures.ContainsKey(m.Id)).Select(m => (Old: oldMeasures[m.Id], New: m)).ToList();
        var oldRecommendations = before.Recommendations.Select(r => r.Id).ToHashSet();

        return new ConceptChanges(
            since, until,
            after.Sections.Where(s => !s.Withdrawn && !InBefore(s)).ToList(),
            before.Sections.Where(s => !s.Withdrawn && !InAfter(s)).Select(s => newSections.GetValueOrDefault(s.Id) ?? s with { Withdrawn = true }).ToList(),
            kept.Where(k => k.Old.Title != k.New.Title).Select(k => new TextChange(k.New.Id, k.New.Code, k.Old.Title, k.New.Title)).ToList(),
            kept.Where(k => k.Old.Number != k.New.Number).Select(k => new TextChange(k.New.Id, k.New.Code, k.Old.Number, k.New.Number)).ToList(),
            after.Measures.Where(m => !oldMeasures.ContainsKey(m.Id)).Select(m => new SnapshotLink(m.Id, m.Title)).ToList(),
            before.Measures.Where(m => !newMeasureIds.Contains(m.Id)).Select(m => new SnapshotLink(m.Id, m.Title)).ToList(),
            keptMeasures.Where(k => k.Old.Status != k.New.Status).Select(k => new StatusChange(k.New.Id, k.New.Title, k.Old.Status, k.New.Status)).ToList(),
            keptMeasures.Where(k => k.Old.StartYear != k.New.StartYear || k.Old.EndYear != k.New.EndYear)
                .Select(k => new TimeFrameChange(k.New.Id, k.New.Title, k.Old.StartYear, k.Old.EndYear, k.New.StartYear, k.New.EndYear)).ToList(),
            keptMeasures.Where(k => k.Old.ResponsibleOrganisation != k.New.ResponsibleOrganisation)
                .Select(k => new TextChange(k.New.Id, k.New.Title, k.Old.ResponsibleOrganisation, k.New.ResponsibleOrganisation)).ToList(),
            keptMeasures.Select(k => ActivitiesChange.Of(k.Old, k.New)).OfType<ActivitiesChange>().ToList(),
            after.Recommendations.Where(r => !oldRecommendations.Contains(r.Id)).ToList());
    }
}

/// <summary>A text that changed; <c>Name</c> is the section's code or the measure's title.</summary>
public sealed record TextChange(Guid Id, string Name, string Old, string New);

public sealed record StatusChange(Guid Id, string Title, MeasureStatus Old, MeasureStatus New);

public sealed record TimeFrameChange(Guid Id, string Title, int OldStartYear, int? OldEndYear, int NewStartYear, int? NewEndYear);

public sealed record ActivitiesChange(Guid Id, string Title, IReadOnlyList<ActivityResponse> Added, IReadOnlyList<ActivityResponse> Removed)
{
    public static ActivitiesChange? Of(SnapshotMeasure before, SnapshotMeasure after)
    {
        var added = Minus(after.Activities, before.Activities);
        var removed = Minus(before.Activities, after.Activities);
        return added.Count + removed.Count == 0 ? null : new ActivitiesChange(after.Id, after.Title, added, removed);
    }

    /// <summary>The activities of <paramref name="from"/> not in <paramref name="other"/>, counting repeats.</summary>
    private static List<ActivityResponse> Minus(IReadOnlyList<ActivityResponse> from, IReadOnlyList<ActivityResponse> other)
    {
        var left = other.ToList();
        return from.Where(a => !left.Remove(a)).ToList();
    }
}
