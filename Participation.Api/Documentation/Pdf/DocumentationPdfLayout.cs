using System.Globalization;
using Participation.Api.Registrations.Printing;
using SkiaSharp;

namespace Participation.Api.Documentation.Pdf;

/// <summary>The chapters of a documentation as a flow of headings, fields, tables and photos, in the order the Markdown has them.</summary>
internal sealed partial class DocumentationPdfLayout(DocumentationModel model, DocumentationLabels l)
{
    private static readonly SKColor Muted = new(0x55, 0x55, 0x55);

    public void Chapters(PdfFlow flow)
    {
        if (model.Report is { } report)
        {
            ReportChapters(flow, report);
            return;
        }
        Process(flow, model.Process);
        foreach (var e in model.Events)
        {
            Event(flow, e);
        }
        if (model.Areas.Count > 0)
        {
            flow.Heading(l.AreaChapters, 1, inContents: true);
            foreach (var area in model.Areas)
            {
                flow.Heading(area.Name, 2, inContents: true);
                if (area.Description is not null)
                {
                    flow.Paragraph(area.Description);
                }
                foreach (var part in area.Events)
                {
                    flow.Heading($"{part.Event} ({Date(part.StartsAt)})", 3, inContents: false);
                    Ideas(flow, part.Ideas);
                }
            }
        }
        if (model.Contributions.Count > 0)
        {
            flow.Heading(l.Contributions, 1, inContents: true);
            flow.Table(
                [new(l.Section, 0.2f), new(l.Kind, 0.13f), new(l.Contributions, 0.37f), new(l.Supports, 0.1f, Numeric: true), new(l.Answer, 0.2f)],
                model.Contributions.Select(c => new PdfCell[]
                {
                    new(c.Section), new(c.Kind), User(c.Text), new(Number(c.Supports)), c.Answer is null ? new("") : User(c.Answer),
                }));
        }
        Numbers(flow, model.Numbers);
    }

    /// <summary>The first page: what this is, of which process, by whom, when.</summary>
    public void TitlePage(PdfFlow flow)
    {
        flow.Space(PdfPages.Mm(60));
        flow.Paragraph(model.Report?.Kind ?? l.Documentation, 14, color: Muted);
        flow.Paragraph(model.Title, 24, bold: true);
        flow.Space(PdfPages.Mm(8));
        if (model.Report is { } report)
        {
            flow.Paragraph(report.Subtitle, 14);
        }
        else if (model.Title != model.Process.Title)
        {
            flow.Paragraph(model.Process.Title, 14);
        }
        if (model.Process.Organisation is not null)
        {
            flow.Paragraph(model.Process.Organisation, 12, color: Muted);
        }
        if (Period(model.Process) is { } period)
        {
            flow.Paragraph(period, 12, color: Muted);
        }
        flow.Space(PdfPages.Mm(30));
        flow.Paragraph(l.GeneratedFrom, 9, color: Muted);
    }

    private void Process(PdfFlow flow, ProcessPart p)
    {
        flow.Heading(l.Process, 1, inContents: true);
        if (p.Organisation is not null)
        {
            flow.Field(l.Organisation, p.Organisation);
        }
        if (Period(p) is { } period)
        {
            flow.Field(l.Period, period);
        }
        flow.Field(l.Status, p.Status);
        if (p.Areas.Count > 0)
        {
            flow.Field(l.Areas, string.Join(", ", p.Areas));
        }
        flow.Space(6);
        if (p.Description is not null)
        {
            flow.Paragraph(p.Description);
        }
        if (p.Phases.Count > 0)
        {
            flow.Heading(l.Phases, 3, inContents: false);
            flow.Table([new(l.Kind, 0.5f), new(l.Period, 0.35f), new(l.Events, 0.15f, Numeric: true)],
                p.Phases.Select(phase => new PdfCell[] { new(phase.Kind), new($"{Date(phase.From)} – {Date(phase.To)}"), new(Number(phase.Events)) }));
        }
    }

    private void Event(PdfFlow flow, EventChapter e)
    {
        flow.Heading(e.Title, 1, inContents: true);
        flow.Field(l.When, $"{Date(e.StartsAt)}, {e.StartsAt.ToString("t", CultureInfo.CurrentCulture)}–{e.EndsAt.ToString("t", CultureInfo.CurrentCulture)}");
        flow.Field(l.Kind, e.Kind);
        if (e.Venue is not null)
        {
            flow.Field(l.Venue, e.Venue);
        }
        if (e.Series is not null)
        {
            flow.Field(l.Series, e.Series);
        }
        if (e.Facilitators.Count > 0)
        {
            flow.Field(l.Facilitators, string.Join(", ", e.Facilitators));
        }
        flow.Space(6);
        flow.Heading(l.Attendance, 3, inContents: false);
        flow.Table([new(l.Attendance, 0.8f), new(l.Count, 0.2f, Numeric: true)],
        [
            [new(l.Registered), new(Number(e.Attendance.Registered))],
            [new(l.CheckedIn), new(Number(e.Attendance.CheckedIn))],
        ]);
        Counts(flow, l.ByPerspective, e.Attendance.ByPerspective);
        Counts(flow, l.ByOrganisation, e.Attendance.ByOrganisation);
        if (e.Attendance.Names is { Count: > 0 } names)
        {
            flow.Field(l.Names, string.Join(", ", names));
        }
        foreach (var s in e.Sessions)
        {
            Session(flow, s);
        }
    }

    private void Session(PdfFlow flow, SessionPart s)
    {
        flow.Heading(s.Title, 2, inContents: true);
        if (s.Location is not null)
        {
            flow.Field(l.Location, s.Location);
        }
        if (s.Area is not null)
        {
            flow.Field(l.Area, s.Area);
        }
        if (s.Description is not null)
        {
            flow.Paragraph(s.Description);
        }
        foreach (var (label, value) in new[] { (l.Summary, s.Summary), (l.KeyResults, s.KeyResults), (l.NextSteps, s.NextSteps) })
        {
            if (value is not null)
            {
                flow.Heading(label, 4, inContents: false);
                flow.Paragraph(value, rightToLeft: TextDirection.Of(value) == "rtl");
            }
        }
        foreach (var board in s.Boards)
        {
            flow.Heading($"{l.Board}: {board.Title}", 3, inContents: false);
            if (board.Clusters.Count > 0)
            {
                flow.Field(l.Clusters, string.Join(", ", board.Clusters));
            }
            foreach (var column in board.Columns)
            {
                flow.Heading(column.Title, 4, inContents: false);
                Ideas(flow, column.Ideas);
            }
        }
        if (s.Photos.Count > 0)
        {
            flow.Heading(l.Photos, 4, inContents: false);
        }
        foreach (var photo in s.Photos)
        {
            var caption = photo.Caption ?? photo.FileName;
            if (PdfPhoto.Open(photo.Path) is { } image)
            {
                flow.Photo(image, caption);
            }
            else
            {
                flow.Paragraph($"{caption} ({l.PhotoNotEmbedded})", 9, color: Muted);
            }
        }
    }

    private void Ideas(PdfFlow flow, IReadOnlyList<IdeaPart> ideas)
    {
        if (ideas.Count == 0)
        {
            flow.Paragraph(l.NoIdeas, 9, color: Muted);
            return;
        }
        flow.Table([new(l.Idea, 0.45f), new(l.Votes, 0.09f, Numeric: true), new(l.Cluster, 0.14f), new(l.Area, 0.18f), new(l.Mark, 0.14f)],
            ideas.Select(i => new PdfCell[]
            {
                new(IdeaText(i), i.Direction == "rtl"), new(Number(i.Votes)), new(i.Cluster ?? ""), new(i.Area ?? ""), new(i.Mark),
            }));
    }

    private string IdeaText(IdeaPart i)
    {
        var text = i.Text;
        if (i.MergedDuplicates.Count > 0)
        {
            text += $"\n{l.MergedDuplicates}: {string.Join("; ", i.MergedDuplicates)}";
        }
        return i.Hidden ? $"{text}\n({l.Hidden})" : text;
    }

    private void Counts(PdfFlow flow, string title, IReadOnlyList<CountPart> counts)
    {
        if (counts.Count > 0)
        {
            flow.Table([new(title, 0.8f), new(l.Count, 0.2f, Numeric: true)], counts.Select(c => new PdfCell[] { new(c.Label), new(Number(c.Count)) }));
        }
    }

    private void Numbers(PdfFlow flow, NumbersPart n)
    {
        flow.Heading(l.Appendix, 1, inContents: true);
        flow.Table([new(l.Figures, 0.8f), new(l.Count, 0.2f, Numeric: true)],
            new[]
            {
                (l.Events, n.Events), (l.Sessions, n.Sessions), (l.Board, n.Boards), (l.Idea, n.Ideas), (l.Votes, n.Votes),
                (l.Participants, n.Participants), (l.Registered, n.Registered), (l.CheckedIn, n.CheckedIn), (l.Contributions, n.Contributions),
            }.Select(row => new PdfCell[] { new(row.Item1), new(Number(row.Item2)) }));
        Counts(flow, l.IdeasByArea, n.IdeasByArea);
    }

    private static PdfCell User(string text) => new(text, TextDirection.Of(text) == "rtl");

    private static string? Period(ProcessPart p) => p.StartsOn is null && p.EndsOn is null ? null
        : $"{p.StartsOn?.ToString("d", CultureInfo.CurrentCulture)} – {p.EndsOn?.ToString("d", CultureInfo.CurrentCulture)}";

    private static string Date(DateTimeOffset at) => at.ToString("d", CultureInfo.CurrentCulture);

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
