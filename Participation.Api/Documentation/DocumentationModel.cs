namespace Participation.Api.Documentation;

/// <summary>
/// One documentation, whatever its scope (a session, an event, a series, an area, the whole process), as every
/// format renders it. Built once by <see cref="DocumentationBuilder"/>; ordered so the same data gives the same document.
/// </summary>
public sealed record DocumentationModel(
    string Title,
    DocumentationScope Scope,
    ProcessPart Process,
    IReadOnlyList<EventChapter> Events,
    IReadOnlyList<AreaChapter> Areas,
    IReadOnlyList<ConceptContributionPart> Contributions,
    NumbersPart Numbers,
    DocumentationOptions Options,
    ReportPart? Report = null);

public enum DocumentationScope
{
    Session,
    Event,
    Series,
    Area,
    Process,
}

/// <summary>Whether hidden ideas and attendees' names go in; both are left out unless asked for.</summary>
public sealed record DocumentationOptions(bool IncludeHidden = false, bool IncludeNames = false);

public sealed record ProcessPart(string Title, string? Organisation, string? Description, string Status, DateOnly? StartsOn, DateOnly? EndsOn,
    IReadOnlyList<string> Areas, IReadOnlyList<PhasePart> Phases);

/// <summary>The process's course as its events show it: one line per event kind with dates.</summary>
public sealed record PhasePart(string Kind, DateTimeOffset From, DateTimeOffset To, int Events);

public sealed record EventChapter(
    string Title, string Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZone, string? Venue, string? Series,
    IReadOnlyList<string> Facilitators, AttendancePart Attendance, IReadOnlyList<SessionPart> Sessions);

/// <summary>Who came, as counts; names only when the organiser includes them.</summary>
public sealed record AttendancePart(int Registered, int CheckedIn, IReadOnlyList<CountPart> ByPerspective, IReadOnlyList<CountPart> ByOrganisation,
    IReadOnlyList<string>? Names);

public sealed record CountPart(string Label, int Count);

public sealed record SessionPart(
    string Title, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Location, string? Area, string? Description,
    string? Summary, string? KeyResults, string? NextSteps, IReadOnlyList<BoardPart> Boards, IReadOnlyList<PhotoPart> Photos);

public sealed record BoardPart(string Title, IReadOnlyList<ColumnPart> Columns, IReadOnlyList<string> Clusters, int Participants);

public sealed record ColumnPart(string Title, IReadOnlyList<IdeaPart> Ideas);

/// <summary>An idea, its dots, and what became of it. <see cref="Direction"/> is "rtl" for Arabic or Farsi text.</summary>
public sealed record IdeaPart(
    string Text, int Votes, string? Cluster, string? Area, string? Language, string Direction, string Mark, bool Hidden, string? HiddenReason,
    IReadOnlyList<string> MergedDuplicates, string? Author);

/// <summary>A photo of a flipchart or pin board; <see cref="Path"/> is its file in the data directory.</summary>
public sealed record PhotoPart(string? Caption, string ContentType, string Path, string FileName);

/// <summary>Everything the process's boards said under one thematic area, event by event.</summary>
public sealed record AreaChapter(string Name, string? Description, IReadOnlyList<AreaEventPart> Events);

public sealed record AreaEventPart(string Event, DateTimeOffset StartsAt, IReadOnlyList<IdeaPart> Ideas);

public sealed record ConceptContributionPart(string Document, string Section, string Text, string Kind, int Supports, string? Answer);

/// <summary>The appendix: the figures of the whole documentation.</summary>
public sealed record NumbersPart(int Events, int Sessions, int Boards, int Ideas, int Votes, int Participants, int Registered, int CheckedIn,
    int Contributions, IReadOnlyList<CountPart> IdeasByArea);
