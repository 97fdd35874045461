using Microsoft.Extensions.Localization;

namespace Participation.Api.Documentation;

/// <summary>The fixed words of a documentation in the caller's language, the same in every format.</summary>
public sealed record DocumentationLabels(
    string Documentation, string Contents, string Process, string Organisation, string Period, string Status, string Areas, string Phases,
    string Events, string When, string Venue, string Series, string Facilitators, string Attendance, string Registered, string CheckedIn,
    string ByPerspective, string ByOrganisation, string Names, string Sessions, string Location, string Area, string Summary, string KeyResults,
    string NextSteps, string Board, string Column, string Idea, string Votes, string Cluster, string Clusters, string Mark, string MergedDuplicates,
    string Hidden, string Language, string Photos, string AreaChapters, string Contributions, string Section, string Kind, string Supports,
    string Answer, string Appendix, string Figures, string Count, string Participants, string IdeasByArea, string NoIdeas, string Page, string Of,
    string GeneratedFrom, string Label, string PhotoNotEmbedded)
{
    public static DocumentationLabels From(IStringLocalizer<Messages> t) => new(
        t["Doc.Documentation"], t["Doc.Contents"], t["Doc.Process"], t["Doc.Organisation"], t["Doc.Period"], t["Doc.Status"], t["Doc.Areas"],
        t["Doc.Phases"], t["Doc.Events"], t["Doc.When"], t["Doc.Venue"], t["Doc.Series"], t["Doc.Facilitators"], t["Doc.Attendance"],
        t["Doc.Registered"], t["Doc.CheckedIn"], t["Doc.ByPerspective"], t["Doc.ByOrganisation"], t["Doc.Names"], t["Doc.Sessions"],
        t["Doc.Location"], t["Doc.Area"], t["Doc.Summary"], t["Doc.KeyResults"], t["Doc.NextSteps"], t["Doc.Board"], t["Doc.Column"],
        t["Doc.Idea"], t["Doc.Votes"], t["Doc.Cluster"], t["Doc.Clusters"], t["Doc.Mark"], t["Doc.MergedDuplicates"], t["Doc.Hidden"],
        t["Doc.Language"], t["Doc.Photos"], t["Doc.AreaChapters"], t["Doc.Contributions"], t["Doc.Section"], t["Doc.Kind"], t["Doc.Supports"],
        t["Doc.Answer"], t["Doc.Appendix"], t["Doc.Figures"], t["Doc.Count"], t["Doc.Participants"], t["Doc.IdeasByArea"], t["Doc.NoIdeas"],
        t["Doc.Page"], t["Doc.Of"], t["Doc.GeneratedFrom"], t["Doc.Label"], t["Doc.PhotoNotEmbedded"]);
}
