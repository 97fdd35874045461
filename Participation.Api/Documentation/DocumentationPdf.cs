namespace Participation.Api.Documentation;

/// <summary>Not written yet.</summary>
public static class DocumentationPdf
{
    public static byte[] Write(DocumentationModel model, DocumentationLabels labels) => throw new NotImplementedException();
}
