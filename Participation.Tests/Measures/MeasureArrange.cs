using System.Text.Json;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Data;
using Participation.Api.Measures;
using Participation.Api.Recommendations;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Measures;

public static class MeasureArrange
{
    public static Dictionary<string, object?> Measure(int startYear, string title = "Sprachkurse mit Kinderbetreuung") => new()
    {
        ["title"] = title,
        ["responsibleOrganisation"] = "Volkshochschule Testland",
        ["startYear"] = startYear,
        ["endYear"] = startYear + 2,
        ["description"] = "Kurse am Vormittag, mit Betreuung für Kinder unter sechs Jahren.",
        ["recommendationIds"] = Array.Empty<Guid>(),
        ["sectionIds"] = Array.Empty<Guid>(),
        ["activities"] = new object[]
        {
            new { year = startYear, text = "Zwei Kurse in der Kreisstadt" },
            new { year = startYear + 1, text = "Kurse in allen Gemeinden" },
        },
    };

    public static async Task<MeasureResponse> CreateMeasureAsync(this HttpClient client, Guid processId, Dictionary<string, object?> body) =>
        await (await client.PostJsonAsync($"/api/processes/{processId}/measures", body)).ReadAsync<MeasureResponse>(HttpStatusCode.Created);

    public static async Task<MeasureResponse> ChangeStatusAsync(this HttpClient client, Guid measureId, string status, DateOnly on, string? comment = null) =>
        await (await client.PutJsonAsync($"/api/measures/{measureId}/status", new { status, on, comment })).ReadAsync<MeasureResponse>();

    /// <summary>Records holding lists are equal only by reference; what a client sees is their JSON.</summary>
    public static void AssertSame<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected, Json.Options), JsonSerializer.Serialize(actual, Json.Options));

    /// <summary>A recommendation stored directly: the recommendations' own API belongs to another feature.</summary>
    public static async Task<Guid> StoreRecommendationAsync(
        this ParticipationFactory factory, Guid processId, string title, Guid? sectionId = null, RecommendationState state = RecommendationState.Draft)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        var recommendation = new Recommendation
        {
            ProcessId = processId, Title = title, Text = $"{title}: der Text.", State = state, SectionId = sectionId,
            Committee = state >= RecommendationState.Decided ? "Kreistag" : null,
            DecidedOn = state >= RecommendationState.Decided ? new DateOnly(2026, 3, 12) : null,
            DecisionReference = state >= RecommendationState.Decided ? "2026/032" : null,
            DecisionResult = state >= RecommendationState.Decided ? DecisionResult.Adopted : null,
            CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        db.Recommendations.Add(recommendation);
        await db.SaveChangesAsync();
        return recommendation.Id;
    }
}
