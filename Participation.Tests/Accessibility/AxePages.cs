using Microsoft.Playwright;

namespace Participation.Tests.Accessibility;

/// <summary>
/// Every public and participant page, in the states that matter, that the axe check opens. A new page gets one
/// line here; <see cref="AxePagesTests"/> fails for a page route that has none.
/// </summary>
public static class AxePages
{
    public static readonly IReadOnlyList<AxePage> All =
    [
        new("/", "event list", _ => "/"),
        new("/events/{id:guid}", "registration form", w => $"/events/{w.EventId}"),
        new("/events/{id:guid}", "after a failed submit", w => $"/events/{w.EventId}", SubmitEmptyRegistrationAsync),
        new("/series/{id:guid}", "events of the series", w => $"/series/{w.SeriesId}"),
        new("/registered/{outcome}", "confirm", _ => "/registered/confirm"),
        new("/registered/{outcome}", "confirm-waiting", _ => "/registered/confirm-waiting"),
        new("/registered/{outcome}", "ticket", _ => "/registered/ticket"),
        new("/registered/{outcome}", "waiting", _ => "/registered/waiting"),
        new("/r/confirm/{token}", "confirmation link", w => $"/r/confirm/{Uri.EscapeDataString(w.ConfirmToken)}"),
        new("/r/{token}", "manage link", w => $"/r/{Uri.EscapeDataString(w.ManageToken)}"),
        new("/j", "code entry", _ => "/j"),
        new("/j/{code}", "before joining", w => $"/j/{w.JoinCode}", page => page.Locator("#join-form").WaitForAsync()),
        new("/j/{code}", "board with ideas after joining", w => $"/j/{w.JoinCode}", JoinAsync),
        new("/host/{token}", "table host's boards", w => $"/host/{Uri.EscapeDataString(w.HostToken)}"),
        new("/host/{token}", "board console with ideas", w => $"/host/{Uri.EscapeDataString(w.HostToken)}?board={w.BoardId}", IdeasShownAsync),
        new("/b/{id:guid}/results", "published results", w => $"/b/{w.BoardId}/results"),
        new("/k", "code entry", _ => "/k"),
        new("/k/{code}", "section with a contribution", w => $"/k/{w.SectionCode}"),
        new("/documents/{id:guid}", "document", w => $"/documents/{w.DocumentId}"),
        new("/processes/{id:guid}/privacy", "privacy notice", w => $"/processes/{w.ProcessId}/privacy"),
        new("/monitoring/{processId:guid}", "published monitoring with charts and tables", w => $"/monitoring/{w.MonitoringProcessId}"),
        new("/accessibility", "accessibility statement", _ => "/accessibility"),
        new("/error/{code:int}", "not found", _ => "/error/404"),
        new("/organise/boards/{id:guid}/wall", "projector wall with ideas", w => $"/organise/boards/{w.BoardId}/wall",
            IdeasShownAsync, AsOrganiser: true),
        new("/login", "login form", _ => "/login", StaffLanguage: true),
        new("/account/forgot", "forgotten password", _ => "/account/forgot", StaffLanguage: true),
    ];

    /// <summary>Pages no participant or member of the public opens without an account or an emailed credential.</summary>
    public static readonly IReadOnlySet<string> NotParticipantPages = new HashSet<string>
    {
        "/account/accept", "/account/reset", "/login/external", "/logout", "/culture",
    };

    public static bool IsParticipantOrPublic(string route) =>
        !NotParticipantPages.Contains(route) && (!route.StartsWith("/organise", StringComparison.Ordinal) || route.EndsWith("/wall", StringComparison.Ordinal));

    private static async Task SubmitEmptyRegistrationAsync(IPage page)
    {
        await page.ClickAsync("form.stacked.card button[type=submit]");
        await page.Locator(".error-summary").WaitForAsync();
    }

    private static async Task JoinAsync(IPage page)
    {
        await page.ClickAsync("#join-form button[type=submit]");
        await page.Locator("#idea-text").WaitForAsync();
        await IdeasShownAsync(page);
    }

    private static Task IdeasShownAsync(IPage page) =>
        Assertions.Expect(page.Locator(".idea-text")).ToHaveCountAsync(2);
}
