namespace Participation.Api.Documentation.Html;

/// <summary>
/// The one style sheet of the HTML documentation, inline so the file stands alone: readable on screen, and on paper
/// A4 with each event on a new page, table rows kept whole and no heading left alone at the foot of a page.
/// </summary>
internal static class HtmlPrintStyle
{
    public const string Css = """
        @page { size: A4; margin: 20mm 18mm 22mm; }
        html { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
        body { max-width: 60em; margin: 0 auto; padding: 1em 1.5em; }
        h1, h2, h3, h4, h5 { line-height: 1.2; break-after: avoid; page-break-after: avoid; }
        h1 { font-size: 2em; margin: 0 0 .5em; }
        h2 { font-size: 1.5em; margin: 1.2em 0 .5em; }
        h3 { font-size: 1.2em; margin: 1.2em 0 .4em; }
        h4 { font-size: 1.05em; margin: 1em 0 .3em; }
        h5 { font-size: 1em; margin: .8em 0 .2em; }
        p, li, dd { orphans: 3; widows: 3; }
        .title-page { padding-top: 25vh; }
        .title-page .kind, .muted { color: #555; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: .5em 0 1em; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        nav ol { list-style: none; padding-left: 0; }
        nav ol ol { padding-left: 1.5em; }
        nav a { color: inherit; }
        table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
        caption { text-align: start; font-weight: bold; padding: .2em 0; }
        th, td { border-bottom: 1px solid #bbb; padding: .25em .45em; text-align: start; vertical-align: top; }
        thead th { background: #eee; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        .number { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td[dir="rtl"] { text-align: right; }
        .merged { display: block; color: #555; font-size: .9em; }
        figure { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
        figure img { max-width: 100%; height: auto; }
        figcaption { color: #555; font-size: .9em; }
        @media print {
            body { max-width: none; padding: 0; }
            .title-page, nav.contents { break-after: page; page-break-after: always; }
            section.event, section.areas, section.contributions, section.appendix { break-before: page; page-break-before: always; }
            a { color: inherit; text-decoration: none; }
        }
        """;
}
