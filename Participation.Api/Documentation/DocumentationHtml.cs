using System.Globalization;
using System.Text;
using Participation.Api.Documentation.Html;

namespace Participation.Api.Documentation;

/// <summary>
/// The documentation as one self-contained HTML5 file that prints well: inline print styles, a linked table of contents,
/// photos as data: URIs, no scripts and nothing loaded from elsewhere. Every text from the data is encoded; what
/// participants wrote carries its own direction.
/// </summary>
public static partial class DocumentationHtml
{
    public static byte[] Write(DocumentationModel model, DocumentationLabels l)
    {
        var lang = CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : "de";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(lang)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Participation\">\n")
            .Append("<title>").Append(E(model.Title)).Append(" – ").Append(E(model.Report?.Kind ?? l.Documentation)).Append("</title>\n<style>\n")
            .Append(HtmlPrintStyle.Css).Append("\n</style>\n</head>\n<body>\n");
        if (model.Report is { } report)
        {
            Report(html, model, report, l);
            return Encoding.UTF8.GetBytes(html.ToString());
        }
        TitlePage(html, model, l);
        Contents(html, model, l);
        html.Append("<main>\n");
        Process(html, model.Process, l);
        for (var i = 0; i < model.Events.Count; i++)
        {
            Event(html, model.Events[i], $"event-{i + 1}", l);
        }
        Areas(html, model.Areas, l);
        Contributions(html, model.Contributions, l);
        Numbers(html, model.Numbers, l);
        html.Append("</main>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static void TitlePage(StringBuilder html, DocumentationModel model, DocumentationLabels l)
    {
        html.Append("<header class=\"title-page\">\n<p class=\"kind\">").Append(E(l.Documentation)).Append("</p>\n")
            .Append("<h1 dir=\"auto\">").Append(E(model.Title)).Append("</h1>\n");
        if (model.Title != model.Process.Title)
        {
            html.Append("<p dir=\"auto\">").Append(E(model.Process.Title)).Append("</p>\n");
        }
        if (model.Process.Organisation is not null)
        {
            html.Append("<p class=\"muted\" dir=\"auto\">").Append(E(model.Process.Organisation)).Append("</p>\n");
        }
        if (Period(model.Process) is { } period)
        {
            html.Append("<p class=\"muted\">").Append(E(period)).Append("</p>\n");
        }
        html.Append("<p class=\"muted\">").Append(E(l.GeneratedFrom)).Append("</p>\n</header>\n");
    }

    private static void Contents(StringBuilder html, DocumentationModel model, DocumentationLabels l)
    {
        html.Append("<nav class=\"contents\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">").Append(E(l.Contents)).Append("</h2>\n<ol>\n");
        html.Append("<li><a href=\"#process\">").Append(E(l.Process)).Append("</a></li>\n");
        for (var i = 0; i < model.Events.Count; i++)
        {
            var e = model.Events[i];
            html.Append("<li><a href=\"#event-").Append(i + 1).Append("\" dir=\"auto\">").Append(E(e.Title)).Append("</a>");
            if (e.Sessions.Count > 0)
            {
                html.Append("\n<ol>\n");
                for (var s = 0; s < e.Sessions.Count; s++)
                {
                    html.Append("<li><a href=\"#event-").Append(i + 1).Append("-session-").Append(s + 1).Append("\" dir=\"auto\">")
                        .Append(E(e.Sessions[s].Title)).Append("</a></li>\n");
                }
                html.Append("</ol>\n");
            }
            html.Append("</li>\n");
        }
        if (model.Areas.Count > 0)
        {
            html.Append("<li><a href=\"#areas\">").Append(E(l.AreaChapters)).Append("</a></li>\n");
        }
        if (model.Contributions.Count > 0)
        {
            html.Append("<li><a href=\"#contributions\">").Append(E(l.Contributions)).Append("</a></li>\n");
        }
        html.Append("<li><a href=\"#appendix\">").Append(E(l.Appendix)).Append("</a></li>\n</ol>\n</nav>\n");
    }

    private static void Process(StringBuilder html, ProcessPart p, DocumentationLabels l)
    {
        html.Append("<section class=\"process\" id=\"process\">\n<h2>").Append(E(l.Process)).Append("</h2>\n<dl class=\"facts\">\n");
        Fact(html, l.Organisation, p.Organisation);
        Fact(html, l.Period, Period(p));
        Fact(html, l.Status, p.Status);
        Fact(html, l.Areas, p.Areas.Count > 0 ? string.Join(", ", p.Areas) : null);
        html.Append("</dl>\n");
        Paragraphs(html, p.Description);
        if (p.Phases.Count > 0)
        {
            html.Append("<h3>").Append(E(l.Phases)).Append("</h3>\n");
            Table(html, [(l.Kind, false), (l.Period, false), (l.Events, true)],
                p.Phases.Select(phase => new[] { Cell(phase.Kind), Cell($"{Date(phase.From)} – {Date(phase.To)}", auto: false), Number(phase.Events) }));
        }
        html.Append("</section>\n");
    }

    private static void Event(StringBuilder html, EventChapter e, string id, DocumentationLabels l)
    {
        html.Append("<section class=\"event\" id=\"").Append(id).Append("\">\n<h2 dir=\"auto\">").Append(E(e.Title)).Append("</h2>\n<dl class=\"facts\">\n");
        Fact(html, l.When, $"{Date(e.StartsAt)}, {e.StartsAt.ToString("t", CultureInfo.CurrentCulture)}–{e.EndsAt.ToString("t", CultureInfo.CurrentCulture)}");
        Fact(html, l.Kind, e.Kind);
        Fact(html, l.Venue, e.Venue);
        Fact(html, l.Series, e.Series);
        Fact(html, l.Facilitators, e.Facilitators.Count > 0 ? string.Join(", ", e.Facilitators) : null);
        if (e.Attendance.Names is { Count: > 0 } names)
        {
            Fact(html, l.Names, string.Join(", ", names));
        }
        html.Append("</dl>\n");
        Table(html, [(l.Attendance, false), (l.Count, true)],
        [
            [Cell(l.Registered, auto: false), Number(e.Attendance.Registered)],
            [Cell(l.CheckedIn, auto: false), Number(e.Attendance.CheckedIn)],
        ]);
        Counts(html, l.ByPerspective, e.Attendance.ByPerspective, l);
        Counts(html, l.ByOrganisation, e.Attendance.ByOrganisation, l);
        for (var i = 0; i < e.Sessions.Count; i++)
        {
            Session(html, e.Sessions[i], $"{id}-session-{i + 1}", l);
        }
        html.Append("</section>\n");
    }

    private static void Session(StringBuilder html, SessionPart s, string id, DocumentationLabels l)
    {
        html.Append("<section class=\"session\" id=\"").Append(id).Append("\">\n<h3 dir=\"auto\">").Append(E(s.Title)).Append("</h3>\n");
        if (s.Location is not null || s.Area is not null)
        {
            html.Append("<dl class=\"facts\">\n");
            Fact(html, l.Location, s.Location);
            Fact(html, l.Area, s.Area);
            html.Append("</dl>\n");
        }
        Paragraphs(html, s.Description);
        foreach (var (label, value) in new[] { (l.Summary, s.Summary), (l.KeyResults, s.KeyResults), (l.NextSteps, s.NextSteps) })
        {
            if (value is not null)
            {
                html.Append("<h4>").Append(E(label)).Append("</h4>\n");
                Paragraphs(html, value);
            }
        }
        foreach (var board in s.Boards)
        {
            html.Append("<h4 dir=\"auto\">").Append(E(l.Board)).Append(": ").Append(E(board.Title)).Append("</h4>\n");
            if (board.Clusters.Count > 0)
            {
                html.Append("<p><strong>").Append(E(l.Clusters)).Append(":</strong> <span dir=\"auto\">").Append(E(string.Join(", ", board.Clusters))).Append("</span></p>\n");
            }
            foreach (var column in board.Columns)
            {
                html.Append("<h5 dir=\"auto\">").Append(E(column.Title)).Append("</h5>\n");
                Ideas(html, column.Ideas, l);
            }
        }
        if (s.Photos.Count > 0)
        {
            html.Append("<h4>").Append(E(l.Photos)).Append("</h4>\n");
        }
        foreach (var photo in s.Photos)
        {
            var caption = photo.Caption ?? photo.FileName;
            html.Append("<figure>\n");
            if (HtmlPhotos.DataUri(photo.Path) is { } uri)
            {
                html.Append("<img src=\"").Append(uri).Append("\" alt=\"").Append(E(caption)).Append("\">\n")
                    .Append("<figcaption dir=\"auto\">").Append(E(caption)).Append("</figcaption>\n");
            }
            else
            {
                html.Append("<figcaption><span dir=\"auto\">").Append(E(caption)).Append("</span> (").Append(E(l.PhotoNotEmbedded)).Append(")</figcaption>\n");
            }
            html.Append("</figure>\n");
        }
        html.Append("</section>\n");
    }

    private static void Areas(StringBuilder html, IReadOnlyList<AreaChapter> areas, DocumentationLabels l)
    {
        if (areas.Count == 0)
        {
            return;
        }
        html.Append("<section class=\"areas\" id=\"areas\">\n<h2>").Append(E(l.AreaChapters)).Append("</h2>\n");
        foreach (var area in areas)
        {
            html.Append("<h3 dir=\"auto\">").Append(E(area.Name)).Append("</h3>\n");
            Paragraphs(html, area.Description);
            foreach (var part in area.Events)
            {
                html.Append("<h4><span dir=\"auto\">").Append(E(part.Event)).Append("</span> (").Append(E(Date(part.StartsAt))).Append(")</h4>\n");
                Ideas(html, part.Ideas, l);
            }
        }
        html.Append("</section>\n");
    }

    private static void Contributions(StringBuilder html, IReadOnlyList<ConceptContributionPart> contributions, DocumentationLabels l)
    {
        if (contributions.Count == 0)
        {
            return;
        }
        html.Append("<section class=\"contributions\" id=\"contributions\">\n<h2>").Append(E(l.Contributions)).Append("</h2>\n");
        Table(html, [(l.Section, false), (l.Kind, false), (l.Contributions, false), (l.Supports, true), (l.Answer, false)],
            contributions.Select(c => new[] { Cell(c.Section), Cell(c.Kind), Cell(c.Text), Number(c.Supports), Cell(c.Answer ?? "") }));
        html.Append("</section>\n");
    }

    private static void Numbers(StringBuilder html, NumbersPart n, DocumentationLabels l)
    {
        html.Append("<section class=\"appendix\" id=\"appendix\">\n<h2>").Append(E(l.Appendix)).Append("</h2>\n");
        Table(html, [(l.Figures, false), (l.Count, true)],
            new[]
            {
                (l.Events, n.Events), (l.Sessions, n.Sessions), (l.Board, n.Boards), (l.Idea, n.Ideas), (l.Votes, n.Votes),
                (l.Participants, n.Participants), (l.Registered, n.Registered), (l.CheckedIn, n.CheckedIn), (l.Contributions, n.Contributions),
            }.Select(row => new[] { Cell(row.Item1, auto: false), Number(row.Item2) }));
        Counts(html, l.IdeasByArea, n.IdeasByArea, l);
        html.Append("</section>\n");
    }

    private static void Ideas(StringBuilder html, IReadOnlyList<IdeaPart> ideas, DocumentationLabels l)
    {
        if (ideas.Count == 0)
        {
            html.Append("<p class=\"muted\">").Append(E(l.NoIdeas)).Append("</p>\n");
            return;
        }
        Table(html, [(l.Idea, false), (l.Votes, true), (l.Cluster, false), (l.Area, false), (l.Mark, false)],
            ideas.Select(i => new[] { IdeaCell(i, l), Number(i.Votes), Cell(i.Cluster ?? ""), Cell(i.Area ?? ""), Cell(i.Mark, auto: false) }));
    }

    private static string IdeaCell(IdeaPart i, DocumentationLabels l)
    {
        var cell = new StringBuilder("<td dir=\"").Append(i.Direction == "rtl" ? "rtl" : "auto").Append('"');
        if (i.Language is not null)
        {
            cell.Append(" lang=\"").Append(E(i.Language)).Append('"');
        }
        cell.Append('>').Append(Lines(i.Text));
        if (i.MergedDuplicates.Count > 0)
        {
            cell.Append("<span class=\"merged\">").Append(E(l.MergedDuplicates)).Append(": ");
            cell.AppendJoin("; ", i.MergedDuplicates.Select(d => $"<span dir=\"auto\">{E(d)}</span>")).Append("</span>");
        }
        if (i.Hidden)
        {
            cell.Append(" <em>(").Append(E(l.Hidden)).Append(")</em>");
        }
        return cell.Append("</td>").ToString();
    }

    private static void Counts(StringBuilder html, string title, IReadOnlyList<CountPart> counts, DocumentationLabels l)
    {
        if (counts.Count > 0)
        {
            Table(html, [(title, false), (l.Count, true)], counts.Select(c => new[] { Cell(c.Label), Number(c.Count) }));
        }
    }

    /// <summary>A table with column headings; its cells come ready-made as &lt;td&gt; elements.</summary>
    private static void Table(StringBuilder html, (string Heading, bool Numeric)[] columns, IEnumerable<string[]> rows)
    {
        html.Append("<table>\n<thead><tr>");
        foreach (var (heading, numeric) in columns)
        {
            html.Append(numeric ? "<th scope=\"col\" class=\"number\">" : "<th scope=\"col\">").Append(E(heading)).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>").AppendJoin("", row).Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static void Fact(StringBuilder html, string label, string? value)
    {
        if (value is not null)
        {
            html.Append("<dt>").Append(E(label)).Append("</dt><dd dir=\"auto\">").Append(E(value)).Append("</dd>\n");
        }
    }

    private static void Paragraphs(StringBuilder html, string? text)
    {
        if (text is null)
        {
            return;
        }
        foreach (var paragraph in text.Replace("\r", "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            html.Append("<p dir=\"auto\">").Append(Lines(paragraph.Trim('\n'))).Append("</p>\n");
        }
    }

    private static string Cell(string text, bool auto = true) => auto ? $"<td dir=\"auto\">{Lines(text)}</td>" : $"<td>{Lines(text)}</td>";

    private static string Number(int value) => $"<td class=\"number\">{value.ToString("N0", CultureInfo.CurrentCulture)}</td>";

    private static string Lines(string text) => E(text.Replace("\r", "")).Replace("\n", "<br>");

    private static string? Period(ProcessPart p) => p.StartsOn is null && p.EndsOn is null ? null
        : $"{p.StartsOn?.ToString("d", CultureInfo.CurrentCulture)} – {p.EndsOn?.ToString("d", CultureInfo.CurrentCulture)}";

    private static string Date(DateTimeOffset at) => at.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>HTML's own characters as entities; everything else stays as it is, so umlauts and Arabic remain readable in the source.</summary>
    private static string E(string value)
    {
        var encoded = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => encoded.Append("&amp;"),
                '<' => encoded.Append("&lt;"),
                '>' => encoded.Append("&gt;"),
                '"' => encoded.Append("&quot;"),
                '\'' => encoded.Append("&#39;"),
                _ => encoded.Append(c),
            };
        }
        return encoded.ToString();
    }
}
