namespace Participation.Api.Documentation;

/// <summary>The formats a documentation is written in, with their media types and file extensions.</summary>
public static class DocumentationFiles
{
    public static readonly string[] Formats = ["docx", "pdf", "html", "md", "csv", "xlsx", "json"];

    public static (string MediaType, string Extension) Describe(string format) => format switch
    {
        "docx" => ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        "pdf" => ("application/pdf", "pdf"),
        "html" => ("text/html; charset=utf-8", "html"),
        "md" => ("text/markdown; charset=utf-8", "md"),
        "csv" => ("text/csv; charset=utf-8", "csv"),
        "xlsx" => ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        _ => ("application/json; charset=utf-8", "json"),
    };

    public static byte[] Write(string format, DocumentationModel model, DocumentationLabels labels) => format switch
    {
        "docx" => DocumentationDocx.Write(model, labels),
        "pdf" => DocumentationPdf.Write(model, labels),
        "html" => DocumentationHtml.Write(model, labels),
        "md" => DocumentationMarkdown.Write(model, labels),
        "csv" => DocumentationSpreadsheets.Csv(model, labels),
        "xlsx" => DocumentationSpreadsheets.Xlsx(model, labels),
        _ => DocumentationJson.Write(model),
    };
}
