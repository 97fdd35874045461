namespace Participation.Api.Documentation;

/// <summary>Not written yet.</summary>
public static class DocumentationSpreadsheets
{
    public static byte[] Csv(DocumentationModel model, DocumentationLabels labels) => throw new NotImplementedException();

    public static byte[] Xlsx(DocumentationModel model, DocumentationLabels labels) => throw new NotImplementedException();
}
