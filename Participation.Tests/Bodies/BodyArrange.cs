using System.Net;
using Participation.Api.Bodies;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Bodies;

/// <summary>Bodies, seats and meetings made through the API.</summary>
public static class BodyArrange
{
    public static Dictionary<string, object?> Body(string name = "Fokusgruppe Integration", string kind = "focusGroup") => new()
    {
        ["name"] = name, ["kind"] = kind, ["description"] = "Trifft sich viermal im Jahr.",
    };

    public static Dictionary<string, object?> Member(string name, string role = "member", string? email = null, Guid? deputyForId = null) => new()
    {
        ["name"] = name, ["role"] = role, ["organisation"] = "Integrationsbeirat", ["perspective"] = "Migrantenorganisation",
        ["email"] = email, ["deputyForId"] = deputyForId, ["joinedOn"] = "2026-01-15",
    };

    public static async Task<BodyResponse> CreateBodyAsync(this HttpClient client, Guid processId, Dictionary<string, object?>? body = null) =>
        await (await client.PostJsonAsync($"/api/processes/{processId}/bodies", body ?? Body())).ReadAsync<BodyResponse>(HttpStatusCode.Created);

    public static async Task<MemberResponse> AddMemberAsync(this HttpClient client, Guid bodyId, Dictionary<string, object?> member) =>
        await (await client.PostJsonAsync($"/api/bodies/{bodyId}/members", member)).ReadAsync<MemberResponse>(HttpStatusCode.Created);

    public static async Task<MeetingResponse> LinkMeetingAsync(this HttpClient client, Guid bodyId, Guid eventId) =>
        await (await client.PostJsonAsync($"/api/bodies/{bodyId}/meetings", new { eventId })).ReadAsync<MeetingResponse>(HttpStatusCode.Created);

    public static async Task<MeetingAttendanceResponse> AttendanceAsync(this HttpClient client, Guid bodyId, Guid eventId) =>
        await (await client.GetAsync($"/api/bodies/{bodyId}/meetings/{eventId}/attendance")).ReadAsync<MeetingAttendanceResponse>();

    public static async Task<List<MemberResponse>> MembersAsync(this HttpClient client, Guid bodyId, string query = "") =>
        await (await client.GetAsync($"/api/bodies/{bodyId}/members{query}")).ReadAsync<List<MemberResponse>>();
}
