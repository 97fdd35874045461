using System.Net;
using Participation.Api.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Concept;

/// <summary>A process with a concept document and sections, created through the API.</summary>
public static class ConceptArrange
{
    public static async Task<DocumentResponse> CreateDocumentAsync(this HttpClient admin, Guid processId, bool reviews = true) =>
        await (await admin.PostJsonAsync($"/api/processes/{processId}/documents",
            new { title = "Integrationskonzept Landkreis Testland", version = "1. Auflage 2026", reviewsContributions = reviews }))
            .ReadAsync<DocumentResponse>(HttpStatusCode.Created);

    public static async Task<SectionResponse> CreateSectionAsync(this HttpClient admin, Guid documentId, string number = "3.2",
        string title = "Sprache und Bildung", string summary = "Sprachkurse mit Kinderbetreuung in allen Gemeinden.") =>
        await (await admin.PostJsonAsync($"/api/documents/{documentId}/sections", new { number, title, printPage = 14, summary }))
            .ReadAsync<SectionResponse>(HttpStatusCode.Created);

    public static async Task<List<ContributionResponse>> ContributionsAsync(this HttpClient admin, Guid documentId) =>
        await (await admin.GetAsync($"/api/documents/{documentId}/contributions")).ReadAsync<List<ContributionResponse>>();
}
