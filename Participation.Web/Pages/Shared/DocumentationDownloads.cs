namespace Participation.Web.Pages;

/// <summary>
/// What the download block needs: the API segment (sessions, events, series, areas, processes), the id, and whether the
/// reader is an organiser (only organisers may include attendees' names).
/// </summary>
public sealed record DocumentationDownloads(string Segment, Guid Id, bool IsOrganiser)
{
    public static readonly (string Format, string Label)[] Formats =
    [
        ("docx", "Documentation.Docx"), ("pdf", "Documentation.Pdf"), ("html", "Documentation.Html"), ("md", "Documentation.Markdown"),
        ("csv", "Documentation.Csv"), ("xlsx", "Documentation.Xlsx"), ("json", "Documentation.Json"),
    ];

    public string Url => $"/api/{Segment}/{Id}/documentation";
}
