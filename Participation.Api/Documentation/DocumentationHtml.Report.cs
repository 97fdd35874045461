using System.Text;

namespace Participation.Api.Documentation;

/// <summary>A report's chapters in the same page, styles and table markup as a documentation; charts as SVG with their table.</summary>
public static partial class DocumentationHtml
{
    private static void Report(StringBuilder html, DocumentationModel model, ReportPart report, DocumentationLabels l)
    {
        html.Append("<header class=\"title-page\">\n<p class=\"kind\">").Append(E(report.Kind)).Append("</p>\n")
            .Append("<h1 dir=\"auto\">").Append(E(model.Title)).Append("</h1>\n")
            .Append("<p dir=\"auto\">").Append(E(report.Subtitle)).Append("</p>\n");
        if (model.Process.Organisation is not null)
        {
            html.Append("<p class=\"muted\" dir=\"auto\">").Append(E(model.Process.Organisation)).Append("</p>\n");
        }
        html.Append("<p class=\"muted\">").Append(E(l.GeneratedFrom)).Append("</p>\n</header>\n");
        html.Append("<nav class=\"contents\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">").Append(E(l.Contents)).Append("</h2>\n<ol>\n");
        for (var i = 0; i < report.Chapters.Count; i++)
        {
            html.Append("<li><a href=\"#chapter-").Append(i + 1).Append("\">").Append(E(report.Chapters[i].Title)).Append("</a></li>\n");
        }
        html.Append("</ol>\n</nav>\n<main>\n");
        for (var i = 0; i < report.Chapters.Count; i++)
        {
            var chapter = report.Chapters[i];
            html.Append("<section class=\"event\" id=\"chapter-").Append(i + 1).Append("\">\n<h2>").Append(E(chapter.Title)).Append("</h2>\n");
            foreach (var block in chapter.Blocks)
            {
                Block(html, block);
            }
            html.Append("</section>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
    }

    private static void Block(StringBuilder html, ReportBlock block)
    {
        switch (block)
        {
            case ReportHeading h:
                var tag = h.Level <= 2 ? "h3" : "h4";
                html.Append('<').Append(tag).Append(" dir=\"auto\">").Append(E(h.Text)).Append("</").Append(tag).Append(">\n");
                break;
            case ReportParagraph p:
                html.Append(p.Muted ? "<p class=\"muted\"" : "<p").Append(p.Typed ? " dir=\"auto\">" : ">").Append(Lines(p.Text)).Append("</p>\n");
                break;
            case ReportFacts f:
                html.Append("<dl class=\"facts\">\n");
                foreach (var (label, value) in f.Facts)
                {
                    Fact(html, label, value);
                }
                html.Append("</dl>\n");
                break;
            case ReportTable t:
                ReportTableHtml(html, t);
                break;
            case ReportChart c:
                html.Append("<figure>\n");
                if (c.Svg is not null)
                {
                    html.Append("<img src=\"data:image/svg+xml;base64,").Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(c.Svg)))
                        .Append("\" alt=\"").Append(E(c.Title)).Append("\">\n");
                }
                html.Append("<figcaption>").Append(E(c.Description)).Append("</figcaption>\n</figure>\n");
                ReportTableHtml(html, c.Data);
                break;
        }
    }

    private static void ReportTableHtml(StringBuilder html, ReportTable t)
    {
        html.Append("<table>\n");
        if (t.Caption is not null)
        {
            html.Append("<caption dir=\"auto\">").Append(E(t.Caption)).Append("</caption>\n");
        }
        html.Append("<thead><tr>");
        for (var i = 0; i < t.Headers.Count; i++)
        {
            html.Append(t.Numeric.Contains(i) ? "<th scope=\"col\" class=\"number\">" : "<th scope=\"col\">").Append(E(t.Headers[i])).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in t.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                html.Append(t.Numeric.Contains(i) ? "<td class=\"number\">" + E(row[i]) + "</td>" : Cell(row[i]));
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }
}
