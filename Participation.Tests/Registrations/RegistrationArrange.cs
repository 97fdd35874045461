using System.Text.RegularExpressions;
using MimeKit;
using Participation.Api.Events;
using Participation.Api.Registrations;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Registrations;

/// <summary>An event open for registration, and the pieces of the emails tests follow.</summary>
public static partial class RegistrationArrange
{
    public static Dictionary<string, object?> FutureEvent(string title = "Zukunftskonferenz", bool isPublic = true) => Arrange.Event(title)
        .With("startsAt", "2031-05-10T09:30:00+02:00").With("endsAt", "2031-05-10T16:00:00+02:00").With("isPublic", isPublic);

    public static async Task<EventResponse> OpenEventAsync(this HttpClient organiser, Guid processId, int? capacity = null,
        bool waitingList = true, string access = "open", string title = "Zukunftskonferenz")
    {
        var created = await organiser.CreateEventAsync(processId, FutureEvent(title));
        await organiser.OpenRegistrationAsync(created.Id, capacity, waitingList, access);
        return created;
    }

    public static async Task<RegistrationSettingsResponse> OpenRegistrationAsync(this HttpClient organiser, Guid eventId, int? capacity = null,
        bool waitingList = true, string access = "open") =>
        await (await organiser.PutJsonAsync($"/api/events/{eventId}/registration-settings",
            new { isOpen = true, capacity, keepsWaitingList = waitingList, access })).ReadAsync<RegistrationSettingsResponse>();

    public static Dictionary<string, object?> Person(string email, string name = "Aylin Demir") => new()
    {
        ["name"] = name, ["email"] = email, ["privacyConsent"] = true, ["organisation"] = "Integrationsbeirat", ["perspective"] = "Ehrenamt",
    };

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, Guid eventId, Dictionary<string, object?> person) =>
        client.PostJsonAsync($"/api/events/{eventId}/registrations", person);

    /// <summary>The token of the first link in the text part that starts with the path (such as "/r/confirm/").</summary>
    public static string LinkToken(this MimeMessage message, string path)
    {
        var match = Regex.Match(message.TextBody ?? "", Regex.Escape(path) + @"(?<token>[A-Za-z0-9_\-%]+)");
        Assert.True(match.Success, $"No link {path} in: {message.TextBody}");
        return Uri.UnescapeDataString(match.Groups["token"].Value);
    }

    public static string Recipient(this MimeMessage message) => message.To.Mailboxes.Single().Address;

    public static Dictionary<string, string?> Smtp(SmtpTestServer smtp) => new()
    {
        ["Participation:Smtp:Host"] = smtp.Host,
        ["Participation:Smtp:Port"] = smtp.Port.ToString(),
        ["Participation:Smtp:Security"] = "None",
        ["Participation:Smtp:From"] = "beteiligung@kreis.example",
        ["Participation:Outbox:PollSeconds"] = "1",
        ["Participation:Outbox:FirstRetrySeconds"] = "1",
    };
}
