using System.Globalization;
using System.Text;

namespace Participation.Api.Documentation;

/// <summary>The documentation as Markdown for wikis and version control: headings, lists, pipe tables.</summary>
public static class DocumentationMarkdown
{
    public static byte[] Write(DocumentationModel model, DocumentationLabels l)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(model.Title)).Append("\n\n");
        md.Append(l.Documentation).Append(" · ").Append(Escape(model.Process.Title)).Append("\n\n");
        WriteProcess(md, model.Process, l);
        foreach (var e in model.Events)
        {
            WriteEvent(md, e, l);
        }
        if (model.Areas.Count > 0)
        {
            md.Append("## ").Append(l.AreaChapters).Append("\n\n");
            foreach (var area in model.Areas)
            {
                md.Append("### ").Append(Escape(area.Name)).Append("\n\n");
                foreach (var part in area.Events)
                {
                    md.Append("#### ").Append(Escape(part.Event)).Append(" (").Append(Date(part.StartsAt)).Append(")\n\n");
                    WriteIdeas(md, part.Ideas, l);
                }
            }
        }
        if (model.Contributions.Count > 0)
        {
            md.Append("## ").Append(l.Contributions).Append("\n\n");
            md.Append($"| {l.Section} | {l.Kind} | {l.Contributions} | {l.Supports} | {l.Answer} |\n| --- | --- | --- | ---: | --- |\n");
            foreach (var c in model.Contributions)
            {
                md.Append($"| {Cell(c.Section)} | {Cell(c.Kind)} | {Cell(c.Text)} | {c.Supports} | {Cell(c.Answer ?? "")} |\n");
            }
            md.Append('\n');
        }
        WriteNumbers(md, model.Numbers, l);
        return Encoding.UTF8.GetBytes(md.ToString());
    }

    private static void WriteProcess(StringBuilder md, ProcessPart p, DocumentationLabels l)
    {
        md.Append("## ").Append(l.Process).Append("\n\n");
        if (p.Organisation is not null) md.Append("- **").Append(l.Organisation).Append(":** ").Append(Escape(p.Organisation)).Append('\n');
        if (p.StartsOn is not null || p.EndsOn is not null) md.Append("- **").Append(l.Period).Append(":** ").Append(p.StartsOn?.ToString("d", CultureInfo.CurrentCulture)).Append(" – ").Append(p.EndsOn?.ToString("d", CultureInfo.CurrentCulture)).Append('\n');
        md.Append("- **").Append(l.Status).Append(":** ").Append(p.Status).Append('\n');
        if (p.Areas.Count > 0) md.Append("- **").Append(l.Areas).Append(":** ").Append(Escape(string.Join(", ", p.Areas))).Append('\n');
        md.Append('\n');
        if (p.Description is not null) md.Append(Escape(p.Description)).Append("\n\n");
        if (p.Phases.Count > 0)
        {
            md.Append("### ").Append(l.Phases).Append("\n\n");
            foreach (var phase in p.Phases)
            {
                md.Append("- ").Append(Escape(phase.Kind)).Append(": ").Append(Date(phase.From)).Append(" – ").Append(Date(phase.To)).Append(" (").Append(phase.Events).Append(")\n");
            }
            md.Append('\n');
        }
    }

    private static void WriteEvent(StringBuilder md, EventChapter e, DocumentationLabels l)
    {
        md.Append("## ").Append(Escape(e.Title)).Append("\n\n");
        md.Append("- **").Append(l.When).Append(":** ").Append(Date(e.StartsAt)).Append(", ").Append(e.StartsAt.ToString("t", CultureInfo.CurrentCulture))
            .Append("–").Append(e.EndsAt.ToString("t", CultureInfo.CurrentCulture)).Append('\n');
        md.Append("- **").Append(l.Kind).Append(":** ").Append(Escape(e.Kind)).Append('\n');
        if (e.Venue is not null) md.Append("- **").Append(l.Venue).Append(":** ").Append(Escape(e.Venue)).Append('\n');
        if (e.Series is not null) md.Append("- **").Append(l.Series).Append(":** ").Append(Escape(e.Series)).Append('\n');
        if (e.Facilitators.Count > 0) md.Append("- **").Append(l.Facilitators).Append(":** ").Append(Escape(string.Join(", ", e.Facilitators))).Append('\n');
        md.Append("- **").Append(l.Attendance).Append(":** ").Append(l.Registered).Append(' ').Append(e.Attendance.Registered)
            .Append(", ").Append(l.CheckedIn).Append(' ').Append(e.Attendance.CheckedIn).Append("\n\n");
        WriteCounts(md, l.ByPerspective, e.Attendance.ByPerspective, l);
        WriteCounts(md, l.ByOrganisation, e.Attendance.ByOrganisation, l);
        if (e.Attendance.Names is { Count: > 0 } names)
        {
            md.Append("**").Append(l.Names).Append(":** ").Append(Escape(string.Join(", ", names))).Append("\n\n");
        }
        foreach (var s in e.Sessions)
        {
            md.Append("### ").Append(Escape(s.Title)).Append("\n\n");
            if (s.Location is not null) md.Append("- **").Append(l.Location).Append(":** ").Append(Escape(s.Location)).Append('\n');
            if (s.Area is not null) md.Append("- **").Append(l.Area).Append(":** ").Append(Escape(s.Area)).Append('\n');
            md.Append('\n');
            foreach (var (label, value) in new[] { (l.Summary, s.Summary), (l.KeyResults, s.KeyResults), (l.NextSteps, s.NextSteps) })
            {
                if (value is not null) md.Append("**").Append(label).Append("**\n\n").Append(Escape(value)).Append("\n\n");
            }
            foreach (var board in s.Boards)
            {
                md.Append("#### ").Append(l.Board).Append(": ").Append(Escape(board.Title)).Append("\n\n");
                if (board.Clusters.Count > 0) md.Append("**").Append(l.Clusters).Append(":** ").Append(Escape(string.Join(", ", board.Clusters))).Append("\n\n");
                foreach (var column in board.Columns)
                {
                    md.Append("**").Append(Escape(column.Title)).Append("**\n\n");
                    WriteIdeas(md, column.Ideas, l);
                }
            }
            foreach (var photo in s.Photos)
            {
                md.Append("- ").Append(l.Photos).Append(": ").Append(Escape(photo.Caption ?? photo.FileName)).Append('\n');
            }
            if (s.Photos.Count > 0) md.Append('\n');
        }
    }

    private static void WriteIdeas(StringBuilder md, IReadOnlyList<IdeaPart> ideas, DocumentationLabels l)
    {
        if (ideas.Count == 0)
        {
            md.Append(l.NoIdeas).Append("\n\n");
            return;
        }
        md.Append($"| {l.Idea} | {l.Votes} | {l.Cluster} | {l.Area} | {l.Mark} |\n| --- | ---: | --- | --- | --- |\n");
        foreach (var i in ideas)
        {
            var idea = Cell(i.Text) + (i.MergedDuplicates.Count > 0 ? $" ({l.MergedDuplicates}: {Cell(string.Join("; ", i.MergedDuplicates))})" : "")
                + (i.Hidden ? $" ({l.Hidden})" : "");
            md.Append($"| {idea} | {i.Votes} | {Cell(i.Cluster ?? "")} | {Cell(i.Area ?? "")} | {Cell(i.Mark)} |\n");
        }
        md.Append('\n');
    }

    private static void WriteCounts(StringBuilder md, string title, IReadOnlyList<CountPart> counts, DocumentationLabels l)
    {
        if (counts.Count == 0)
        {
            return;
        }
        md.Append($"| {title} | {l.Count} |\n| --- | ---: |\n");
        foreach (var c in counts)
        {
            md.Append($"| {Cell(c.Label)} | {c.Count} |\n");
        }
        md.Append('\n');
    }

    private static void WriteNumbers(StringBuilder md, NumbersPart n, DocumentationLabels l)
    {
        md.Append("## ").Append(l.Appendix).Append("\n\n").Append($"| {l.Figures} | {l.Count} |\n| --- | ---: |\n");
        foreach (var (label, value) in new[] { (l.Events, n.Events), (l.Sessions, n.Sessions), (l.Board, n.Boards), (l.Idea, n.Ideas), (l.Votes, n.Votes),
                     (l.Participants, n.Participants), (l.Registered, n.Registered), (l.CheckedIn, n.CheckedIn), (l.Contributions, n.Contributions) })
        {
            md.Append($"| {label} | {value} |\n");
        }
        md.Append('\n');
        WriteCounts(md, l.IdeasByArea, n.IdeasByArea, l);
    }

    private static string Date(DateTimeOffset at) => at.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>Markdown's own characters typed by participants stay text.</summary>
    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if ("\\`*_{}[]<>()#+-!|".Contains(c))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static string Cell(string value) => Escape(value).Replace("\r", "").Replace("\n", "<br>");
}
