namespace Participation.Api.Documentation;

/// <summary>Not written yet.</summary>
public static class DocumentationHtml
{
    public static byte[] Write(DocumentationModel model, DocumentationLabels labels) => throw new NotImplementedException();
}
