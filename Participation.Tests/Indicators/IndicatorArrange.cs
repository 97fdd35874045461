using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Data;
using Participation.Api.Indicators;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Indicators;

internal static class IndicatorArrange
{
    public static Dictionary<string, object?> Indicator(string name = "Anteil ausländischer Beschäftigter") => new()
    {
        ["name"] = name,
        ["unit"] = "%",
        ["direction"] = "higherIsBetter",
        ["definition"] = "Ausländische sozialversicherungspflichtig Beschäftigte je 100 Beschäftigte am 30. Juni.",
        ["source"] = "Bundesagentur für Arbeit",
        ["target"] = 15,
        ["targetYear"] = 2030,
    };

    public static async Task<IndicatorResponse> CreateIndicatorAsync(this HttpClient client, Guid processId, Dictionary<string, object?>? body = null) =>
        await (await client.PostJsonAsync($"/api/processes/{processId}/indicators", body ?? Indicator())).ReadAsync<IndicatorResponse>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PutCsvAsync(this HttpClient client, Guid indicatorId, string csv, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        var content = new ByteArrayContent(bom ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes);
        content.Headers.ContentType = new("text/csv") { CharSet = "utf-8" };
        return client.PutAsync($"/api/indicators/{indicatorId}/values", content);
    }

    public static async Task<List<IndicatorValueResponse>> ValuesAsync(this HttpClient client, Guid indicatorId) =>
        await (await client.GetAsync($"/api/indicators/{indicatorId}/values")).ReadAsync<List<IndicatorValueResponse>>();

    public static async Task PublishMonitoringAsync(this ParticipationFactory factory, Guid processId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        await db.Processes.Where(p => p.Id == processId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.MonitoringPublishedAt, new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)));
    }
}
