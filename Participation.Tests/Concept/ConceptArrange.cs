using System.Net;
using Participation.Api.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Concept;

/// <summary>A process with an organiser and a facilitator, and the administrator's client.</summary>
public sealed record ConceptProcess(Guid Id, HttpClient Admin, HttpClient Organiser, HttpClient Facilitator);

public static class ConceptArrange
{
    public static async Task<ConceptProcess> CreateConceptProcessAsync(this ParticipationFactory factory)
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var organiser = await factory.CreateMemberAsync(admin, process.Id, "organiser");
        var facilitator = await factory.CreateMemberAsync(admin, process.Id, "facilitator");
        return new ConceptProcess(process.Id, admin, organiser.Client, facilitator.Client);
    }

    public static async Task<DocumentResponse> CreateDocumentAsync(
        this HttpClient organiser, Guid processId, bool reviews = true, string title = "Integrationskonzept Landkreis Testland", string version = "1.0") =>
        await (await organiser.PostJsonAsync($"/api/processes/{processId}/documents",
                new DocumentInput(title, version, new DateOnly(2026, 5, 4), reviews)))
            .ReadAsync<DocumentResponse>(HttpStatusCode.Created);

    public static async Task<SectionResponse> AddSectionAsync(
        this HttpClient organiser, Guid documentId, string number, string title, int? printPage = null, Guid[]? eventIds = null) =>
        await (await organiser.PostJsonAsync($"/api/documents/{documentId}/sections",
                new SectionInput(number, title, printPage, $"Worum es in {number} geht.", EventIds: eventIds)))
            .ReadAsync<SectionResponse>(HttpStatusCode.Created);

    public static Dictionary<string, object?> Contribution(string text = "Bitte auch Sprachkurse am Abend anbieten.") => new()
    {
        ["text"] = text,
        ["privacyConsent"] = true,
        ["kind"] = "comment",
        ["authorName"] = "Leserin",
    };

    public static async Task<PublicSectionResponse> PublicSectionAsync(this HttpClient client, string code) =>
        await (await client.GetAsync($"/api/k/{code}")).ReadAsync<PublicSectionResponse>();

    public static async Task<SectionResponse> CreateSectionAsync(this HttpClient admin, Guid documentId, string number = "3.2",
        string title = "Sprache und Bildung", string summary = "Sprachkurse mit Kinderbetreuung in allen Gemeinden.") =>
        await (await admin.PostJsonAsync($"/api/documents/{documentId}/sections", new { number, title, printPage = 14, summary }))
            .ReadAsync<SectionResponse>(HttpStatusCode.Created);

    public static async Task<List<ContributionResponse>> ContributionsAsync(this HttpClient admin, Guid documentId) =>
        await (await admin.GetAsync($"/api/documents/{documentId}/contributions")).ReadAsync<List<ContributionResponse>>();
}
