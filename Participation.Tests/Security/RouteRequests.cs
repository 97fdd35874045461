using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Security;

/// <summary>
/// Turns a row of the matrix into the request one role sends: the route's parameters filled with the ids of the
/// arranged data (by parameter name, and for "{id}" by the route's first segment), fresh ids for the rows in
/// <see cref="FreshValuesAsync"/>, the attendee's link token where the route takes one, and a minimal valid body,
/// so that the validation filter, which runs before a handler's access check, lets every role through to it.
/// A route added later without an entry here gets an empty JSON object; its refused cells then fail with 400
/// until a valid body is written below.
/// </summary>
public sealed partial class RouteRequests(MatrixWorld world)
{
    private const string ForgedLink = "CfDJ8-forged-link-token";

    public async Task<HttpRequestMessage> BuildAsync(string key, MatrixRole role)
    {
        var (method, pattern) = Split(key);
        var values = SharedValues(pattern);
        foreach (var (name, value) in await FreshValuesAsync(key))
        {
            values[name] = value;
        }
        var path = Parameter().Replace(pattern, match => ValueOf(match.Groups["name"].Value, match.Groups["optional"].Success, values, key));
        var request = new HttpRequestMessage(new HttpMethod(method == AppSurface.AnyMethod ? "GET" : method), path.TrimEnd('/') + Query(key, role, values));
        request.Content = Body(key, values);
        return request;
    }

    public static (string Method, string Pattern) Split(string key)
    {
        var space = key.IndexOf(' ');
        return (key[..space], key[(space + 1)..]);
    }

    /// <summary>"{id}" means the thing the route's first segment after /api (or /organise, for pages) names.</summary>
    public Dictionary<string, string> SharedValues(string pattern)
    {
        var segment = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).FirstOrDefault();
        var id = segment switch
        {
            "processes" => world.ProcessId,
            "areas" => world.AreaId,
            "series" => world.SeriesId,
            "events" => world.EventId,
            "sessions" => world.SessionId,
            "registrations" => world.RegistrationId,
            "documents" => world.DocumentId,
            "sections" => world.SectionId,
            "indicators" => world.IndicatorId,
            "contributions" => world.ContributionId,
            "emails" => world.EmailId,
            "ideas" => world.IdeaId,
            "public" => world.EventId,
            "boards" => world.BoardId,
            "recommendations" => world.RecommendationId,
            "measures" => world.TracedMeasureId,
            "delete" => world.ProcessId,
            "bodies" => world.BodyId,
            _ => (Guid?)null,
        };
        var values = new Dictionary<string, string>
        {
            ["processId"] = world.ProcessId.ToString(),
            ["eventId"] = world.EventId.ToString(),
            ["sessionId"] = world.SessionId.ToString(),
            ["boardId"] = world.BoardId.ToString(),
            ["ideaId"] = world.IdeaId.ToString(),
            ["clusterId"] = world.ClusterId.ToString(),
            ["photoId"] = world.PhotoId.ToString(),
            ["joinCode"] = world.Board.JoinCode,
            ["code"] = world.SectionCode,
            ["documentId"] = world.DocumentId.ToString(),
            ["documentName"] = "v1",
            ["kind"] = "process",
            ["memberId"] = world.BodyMemberId.ToString(),
        };
        if (id is not null)
        {
            values["id"] = id.Value.ToString();
        }
        return values;
    }

    /// <summary>Rows whose call deletes or uses up its target: each call gets its own.</summary>
    private async Task<Dictionary<string, string>> FreshValuesAsync(string key)
    {
        var fresh = world.Fresh;
        if (key.StartsWith("DELETE /api/recommendations/", StringComparison.Ordinal))
        {
            return new() { ["id"] = (await fresh.RecommendationAsync()).ToString(), ["ideaId"] = world.IdeaId.ToString(), ["contributionId"] = world.ContributionId.ToString() };
        }
        if (key.Contains("{ideaId:guid}") || key == "PUT /api/ideas/{id:guid}/mark")
        {
            var idea = (await fresh.IdeaAsync()).ToString();
            return new() { ["ideaId"] = idea, ["id"] = idea };
        }
        if (Split(key).Pattern.StartsWith("/api/indicators/", StringComparison.Ordinal))
        {
            return new() { ["id"] = (await fresh.IndicatorAsync()).ToString() };
        }
        if (key == "GET /api/documents/{id:guid}/changes")
        {
            // Changes are counted since the latest version, so the document needs one.
            await fresh.ConceptVersionAsync();
            return [];
        }
        if (key.Contains(" /api/measures/", StringComparison.Ordinal))
        {
            return new() { ["id"] = (await fresh.MeasureAsync()).ToString() };
        }
        return key switch
        {
            "GET /api/documents/{id:guid}/versions/{number:int}" => new() { ["number"] = (await fresh.ConceptVersionAsync()).ToString() },
            "POST /api/boards/{boardId:guid}/merge" => new() { ["target"] = (await fresh.IdeaAsync()).ToString(), ["source"] = (await fresh.IdeaAsync()).ToString() },
            "DELETE /api/boards/{boardId:guid}/clusters/{clusterId:guid}" => new() { ["clusterId"] = (await fresh.ClusterAsync()).ToString() },
            "DELETE /api/accounts/{id:guid}" or "POST /api/accounts/{id:guid}/sign-out" => new() { ["id"] = (await fresh.AccountAsync()).ToString() },
            "DELETE /api/processes/{id:guid}" => new() { ["id"] = (await fresh.ProcessAsync()).ToString() },
            "DELETE /api/processes/{processId:guid}/members/{accountId:guid}" => new() { ["accountId"] = (await fresh.MemberAsync()).ToString() },
            "DELETE /api/areas/{id:guid}" => new() { ["id"] = (await fresh.AreaAsync()).ToString() },
            "DELETE /api/series/{id:guid}" => new() { ["id"] = (await fresh.SeriesAsync()).ToString() },
            "DELETE /api/events/{id:guid}" => new() { ["id"] = (await fresh.EventAsync()).ToString() },
            "DELETE /api/sessions/{id:guid}" => new() { ["id"] = (await fresh.SessionAsync()).ToString() },
            "DELETE /api/documents/{id:guid}" => new() { ["id"] = (await fresh.DocumentAsync()).ToString() },
            "DELETE /api/events/{id:guid}/checkins/{registrationId:guid}" => new() { ["registrationId"] = (await fresh.CheckedInAsync()).ToString() },
            "POST /api/registrations/{id:guid}/cancel" => new() { ["id"] = (await fresh.RegistrationAsync()).Id.ToString() },
            "POST /api/registrations/mine/cancel" => new() { ["token"] = (await fresh.RegistrationAsync()).Token },
            "POST /api/sections/{id:guid}/withdraw" => new() { ["id"] = (await fresh.SectionAsync()).ToString() },
            "POST /api/contributions/{id:guid}/hide" => new() { ["id"] = (await fresh.ContributionAsync()).ToString() },
            "POST /api/bodies/{id:guid}/dissolve" or "POST /api/bodies/{id:guid}/meetings" => new() { ["id"] = (await fresh.BodyAsync()).ToString() },
            "POST /api/bodies/{id:guid}/members/{memberId:guid}/leave" => new() { ["memberId"] = (await fresh.BodyMemberAsync()).ToString() },
            _ => [],
        };
    }

    private static string ValueOf(string name, bool optional, Dictionary<string, string> values, string key) =>
        values.TryGetValue(name, out var value) ? value
        : optional ? ""
        : throw new InvalidOperationException($"No value for {{{name}}} in {key}: add it to {nameof(RouteRequests)}.");

    /// <summary>The attendee sends the link's token; everyone else can only guess one.</summary>
    private string Query(string key, MatrixRole role, Dictionary<string, string> values)
    {
        var (_, pattern) = Split(key);
        string? token = pattern switch
        {
            "/api/registrations/confirm" => world.ConfirmToken,
            _ when pattern.StartsWith("/api/registrations/mine", StringComparison.Ordinal) => values.GetValueOrDefault("token", world.ManageToken),
            _ => null,
        };
        if (token is not null)
        {
            return "?token=" + Uri.EscapeDataString(role == MatrixRole.Attendee ? token : ForgedLink);
        }
        return key switch
        {
            "GET /api/events/{id:guid}/checkins/search" => "?q=Aylin",
            "GET /api/data-requests" or "GET /api/data-requests/export" => "?email=niemand%40participation.test",
            "GET /api/boards/{boardId:guid}/events" => "?after=0",
            "GET /api/processes/{id:guid}/attendance" => "?email=" + Uri.EscapeDataString(world.AttendeeEmail),
            "GET /api/processes/{id:guid}/report" => "?year=2026&format=html",
            _ => "",
        };
    }

    private HttpContent? Body(string key, Dictionary<string, string> values)
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        object? body = key switch
        {
            "POST /api/auth/login" => new { email = world.LoginEmail, password = MatrixWorld.LoginPassword },
            "POST /api/auth/refresh" => new { refreshToken = world.RefreshToken },
            // Not published: the shared process stays private for the rows after this one.
            "PUT /api/processes/{id:guid}/monitoring/publication" => new { published = false },
            "POST /api/accounts" => new { email = $"new-{unique}@participation.test", displayName = "Neu", password = Logins.Password, mayCreateProcesses = false },
            "PUT /api/processes/{processId:guid}/members" => new { email = world.SpareEmail, role = "facilitator" },
            "POST /api/processes" or "PUT /api/processes/{id:guid}" => Arrange.Process(),
            "POST /api/processes/{processId:guid}/areas" or "PUT /api/areas/{id:guid}" => new { name = $"Gesundheit {unique}" },
            "POST /api/processes/{processId:guid}/series" or "PUT /api/series/{id:guid}" => new { title = "Workshopreihe" },
            "POST /api/processes/{processId:guid}/events" => RegistrationArrange.FutureEvent("Neu"),
            "PUT /api/events/{id:guid}" => world.EventBody,
            "POST /api/events/{eventId:guid}/sessions" or "PUT /api/sessions/{id:guid}" => world.SessionBody,
            "PUT /api/events/{id:guid}/registration-settings" => new { isOpen = true, keepsWaitingList = true, access = "open" },
            "POST /api/events/{id:guid}/registrations" => RegistrationArrange.Person($"person-{unique}@participation.test"),
            "POST /api/series/{id:guid}/registrations" => new { person = RegistrationArrange.Person($"series-{unique}@participation.test"), eventIds = new[] { world.EventId } },
            "PUT /api/registrations/mine" or "PUT /api/registrations/{id:guid}" => new { name = "Aylin Demir" },
            "POST /api/events/{id:guid}/invitations" => new { addresses = $"partner-{unique}@verein.example" },
            "POST /api/events/{id:guid}/messages" => new { subject = "Hinweis", body = "Wir beginnen pünktlich." },
            "POST /api/events/{id:guid}/checkins" => new { registrationId = world.RegistrationId, force = true },
            "POST /api/events/{id:guid}/walk-ins" => new { name = "Kemal Yıldız" },
            "POST /api/sessions/{sessionId:guid}/boards" => Participation.Tests.Boards.BoardArrange.Board(),
            "PUT /api/boards/{boardId:guid}" => world.BoardBody,
            "POST /api/sessions/{sessionId:guid}/hosts" => new { name = "Tisch 2" },
            "POST /api/sessions/{sessionId:guid}/photos" => null,
            "PUT /api/sessions/{id:guid}/outcome" => new { summary = "Sprachkurse fehlen am Abend." },
            "PUT /api/ideas/{id:guid}/mark" => new { mark = "result" },
            "POST /api/processes/{processId:guid}/recommendations" => new { kind = "guideline", title = "Leitlinie Sprache", text = "Sprache öffnet Türen.", ideaIds = new[] { world.IdeaId } },
            "PUT /api/recommendations/{id:guid}" => new { kind = "recommendation", title = "Sprachkurse am Abend", text = "Der Kreis bietet Sprachkurse auch abends an." },
            "POST /api/recommendations/{id:guid}/sources" => new { ideaIds = new[] { world.IdeaId } },
            "PUT /api/recommendations/{id:guid}/state" => new { state = "submitted", on = "2026-11-02", committee = "Ausschuss für Soziales" },
            "POST /api/join/{joinCode}" => new { displayName = "Ben" },
            "POST /api/boards/{boardId:guid}/ideas" => new { columnId = world.ColumnId, text = "Mehr Kita-Plätze", clientId = unique },
            "PUT /api/boards/{boardId:guid}/ideas/{ideaId:guid}" => new { text = "Sprachcafé am Samstag" },
            "POST /api/boards/{boardId:guid}/ideas/{ideaId:guid}/votes" => new { delta = 1 },
            "POST /api/boards/{boardId:guid}/cards" => new { columnId = world.ColumnId, lines = "Karte eins\nKarte zwei" },
            "POST /api/boards/{boardId:guid}/ideas/{ideaId:guid}/hide" => new { reason = "Doppelt" },
            "POST /api/boards/{boardId:guid}/ideas/{ideaId:guid}/pin" => new { pinned = true },
            "POST /api/boards/{boardId:guid}/ideas/{ideaId:guid}/move" => new { columnId = world.Board.Columns[1].Id },
            "POST /api/boards/{boardId:guid}/ideas/{ideaId:guid}/cluster" => new { clusterId = world.ClusterId },
            "POST /api/boards/{boardId:guid}/merge" => new { targetId = values["target"], sourceIds = new[] { values["source"] } },
            "POST /api/boards/{boardId:guid}/clusters" or "PUT /api/boards/{boardId:guid}/clusters/{clusterId:guid}" => new { name = "Bildung" },
            "PUT /api/boards/{boardId:guid}/phase" => new { phase = "collect" },
            "PUT /api/boards/{boardId:guid}/timer" => new { seconds = 0 },
            "PUT /api/boards/{boardId:guid}/results" => new { published = true },
            "POST /api/processes/{id:guid}/documents" or "PUT /api/documents/{id:guid}" =>
                new { title = "Integrationskonzept Landkreis Testland", version = "1.0", publishedOn = "2026-05-04", reviewsContributions = true },
            "POST /api/documents/{id:guid}/sections" => new { number = $"4.{unique[..2]}", title = "Arbeit", summary = "Anerkennung von Abschlüssen." },
            "POST /api/processes/{id:guid}/measures" or "PUT /api/measures/{id:guid}" =>
                new { title = "Sprachkurse", responsibleOrganisation = "Volkshochschule", startYear = DateTime.UtcNow.Year, activities = Array.Empty<object>() },
            "PUT /api/measures/{id:guid}/status" => new { status = "started", on = DateOnly.FromDateTime(DateTime.UtcNow) },
            "PUT /api/sections/{id:guid}" => new { number = "3.2", title = "Sprache und Bildung", printPage = 14, summary = "Sprachkurse mit Kinderbetreuung." },
            "POST /api/k/{code}/contributions" => ConceptArrange.Contribution($"Abendkurse bitte ({unique})."),
            "POST /api/contributions/{id:guid}/hide" => new { reason = "Werbung" },
            "POST /api/contributions/{id:guid}/answer" => new { answer = "Danke, das nehmen wir auf." },
            "POST /api/accounts/invitations" => new { email = $"invited-{unique}@participation.test", displayName = "Eingeladen" },
            "POST /api/auth/forgot-password" => new { email = $"niemand-{unique}@participation.test" },
            // Forged tokens: the answer is 400 for everyone, past any access check; no account changes.
            "POST /api/auth/reset-password" => new { email = world.LoginEmail, token = ForgedLink, newPassword = "Neues-Kennwort-für-alle-7" },
            "POST /api/auth/accept-invitation" => new { email = world.LoginEmail, token = ForgedLink, password = "Neues-Kennwort-für-alle-7" },
            // Wrong current password, wrong code, wrong password: each caller's own account stays as it is.
            "POST /api/account/password" => new { currentPassword = "falsch", newPassword = "Neues-Kennwort-für-alle-7" },
            "POST /api/account/two-factor/enable" => new { code = "000000" },
            "POST /api/account/two-factor/disable" or "POST /api/account/two-factor/recovery-codes" => new { password = "falsch" },
            "PUT /api/processes/{id:guid}/privacy" => new { notice = "Verantwortlich ist der Landkreis Testland.", consentText = "Ich bin einverstanden." },
            "PUT /api/accessibility-statement" => new
            {
                statement = "Der Landkreis Testland ist bemüht, diese Website barrierefrei zu machen.", compliance = "full", preparedOn = "2026-11-30",
                contactEmail = "barrierefrei@kreis-testland.example", enforcementText = "Schlichtungsstelle nach § 16 BGG", enforcementUrl = "https://www.schlichtungsstelle-bgg.de",
            },
            "POST /api/processes/{processId:guid}/indicators" or "PUT /api/indicators/{id:guid}" => new { name = $"Arbeitslosenquote {unique}", unit = "%" },
            "PUT /api/indicators/{id:guid}/values" => new[] { new { year = 2024, value = 6.5m } },
            "POST /api/processes/{processId:guid}/bodies" => new { name = $"Runder Tisch {unique}", kind = "roundTable" },
            "PUT /api/bodies/{id:guid}" => new { name = MatrixWorld.BodyName, kind = "focusGroup" },
            "POST /api/bodies/{id:guid}/members" => new { name = $"Jonas Weber {unique}", role = "member" },
            "PUT /api/bodies/{id:guid}/members/{memberId:guid}" => new { name = "Aylin Demir", role = "chair", email = "demir@verein.example" },
            "POST /api/bodies/{id:guid}/meetings" => new { eventId = world.EventId },
            "PUT /api/bodies/{id:guid}/meetings/{eventId:guid}/attendance" => new { entries = new[] { new { memberId = world.BodyMemberId, kind = "present" } } },
            // An address nobody used: the call passes the access check and erases nothing the later rows need.
            "POST /api/data-requests/erase" => new { email = $"niemand-{unique}@participation.test" },
            _ => Split(key).Method is "POST" or "PUT" or "PATCH" ? NoBody(key) : null,
        };
        if (key == "POST /api/sessions/{sessionId:guid}/photos")
        {
            return MatrixFresh.PhotoUpload();
        }
        return body is null ? null : JsonContent.Create(body, options: Json.Options);
    }

    /// <summary>POST routes that take no body; any other route not named above gets an empty object.</summary>
    private static object? NoBody(string key) => key switch
    {
        "POST /api/auth/logout" or "POST /api/registrations/confirm" or "POST /api/registrations/mine/cancel"
            or "POST /api/registrations/{id:guid}/cancel" or "POST /api/events/{id:guid}/certificates" or "POST /api/emails/{id:guid}/resend"
            or "POST /api/boards/{boardId:guid}/reveal" or "POST /api/sections/{id:guid}/withdraw" or "POST /api/sections/{id:guid}/restore"
            or "POST /api/contributions/{id:guid}/publish" or "POST /api/contributions/{id:guid}/supports"
            or "POST /api/boards/{boardId:guid}/ideas/{ideaId:guid}/show" => null,
        _ => new { },
    };

    [GeneratedRegex(@"\{(?<name>\*{0,2}[A-Za-z]+)(:[^}?]+)?(?<optional>\?)?\}")]
    private static partial Regex Parameter();
}
