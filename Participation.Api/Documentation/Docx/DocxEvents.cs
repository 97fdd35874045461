using System.Globalization;

namespace Participation.Api.Documentation.Docx;

/// <summary>One chapter per event: its facts, attendance as counts, and per session the outcome, the boards and the photos.</summary>
public static class DocxEvents
{
    public static void Write(DocxBody doc, DocxImages images, EventChapter e, DocumentationLabels l)
    {
        doc.Heading(1, e.Title);
        doc.Fact(l.When, $"{DocumentationDocx.Date(e.StartsAt)}, {e.StartsAt.ToString("t", CultureInfo.CurrentCulture)}–{e.EndsAt.ToString("t", CultureInfo.CurrentCulture)}");
        doc.Fact(l.Kind, e.Kind);
        if (e.Venue is not null) doc.Fact(l.Venue, e.Venue);
        if (e.Series is not null) doc.Fact(l.Series, e.Series);
        if (e.Facilitators.Count > 0) doc.Fact(l.Facilitators, string.Join(", ", e.Facilitators));
        doc.Fact(l.Attendance, $"{l.Registered} {DocumentationDocx.Number(e.Attendance.Registered)}, {l.CheckedIn} {DocumentationDocx.Number(e.Attendance.CheckedIn)}");
        Counts(doc, l.ByPerspective, e.Attendance.ByPerspective, l);
        Counts(doc, l.ByOrganisation, e.Attendance.ByOrganisation, l);
        if (e.Attendance.Names is { Count: > 0 } names) doc.Fact(l.Names, string.Join(", ", names));
        foreach (var s in e.Sessions)
        {
            WriteSession(doc, images, s, l);
        }
    }

    private static void WriteSession(DocxBody doc, DocxImages images, SessionPart s, DocumentationLabels l)
    {
        doc.Heading(2, s.Title);
        if (s.Location is not null) doc.Fact(l.Location, s.Location);
        if (s.Area is not null) doc.Fact(l.Area, s.Area);
        if (s.Description is not null) doc.Text(s.Description, TextDirection.Of(s.Description));
        foreach (var (label, value) in new[] { (l.Summary, s.Summary), (l.KeyResults, s.KeyResults), (l.NextSteps, s.NextSteps) })
        {
            if (value is null) continue;
            doc.Bold(label);
            doc.Text(value, TextDirection.Of(value));
        }
        foreach (var board in s.Boards)
        {
            doc.Heading(3, $"{l.Board}: {board.Title}");
            if (board.Clusters.Count > 0) doc.Fact(l.Clusters, string.Join(", ", board.Clusters));
            foreach (var column in board.Columns)
            {
                doc.Bold($"{l.Column}: {column.Title}");
                Ideas(doc, column.Ideas, l);
            }
        }
        foreach (var photo in s.Photos)
        {
            if (images.Picture(photo) is { } picture) doc.Append(picture);
            doc.Styled("Caption", $"{l.Photos}: {photo.Caption ?? photo.FileName}");
        }
    }

    /// <summary>Ideas by dots: text (with merged duplicates and a hidden note), dots, cluster, area, mark.</summary>
    public static void Ideas(DocxBody doc, IReadOnlyList<IdeaPart> ideas, DocumentationLabels l)
    {
        if (ideas.Count == 0)
        {
            doc.Text(l.NoIdeas);
            return;
        }
        doc.Table([l.Idea, l.Votes, l.Cluster, l.Area, l.Mark], ideas.Select(i => new DocxRow(
            [
                i.Text + (i.MergedDuplicates.Count > 0 ? $"\n({l.MergedDuplicates}: {string.Join("; ", i.MergedDuplicates)})" : "")
                    + (i.Hidden ? $"\n({l.Hidden}{(i.HiddenReason is null ? "" : ": " + i.HiddenReason)})" : ""),
                DocumentationDocx.Number(i.Votes), i.Cluster ?? "", i.Area ?? "", i.Mark,
            ], i.Direction, i.Language)), [5, 2, 3, 3, 3], new HashSet<int> { 1 });
    }

    public static void Counts(DocxBody doc, string title, IReadOnlyList<CountPart> counts, DocumentationLabels l)
    {
        if (counts.Count == 0) return;
        doc.Table([title, l.Count], counts.Select(c => new DocxRow([c.Label, DocumentationDocx.Number(c.Count)])), [4, 1], new HashSet<int> { 1 });
    }
}
