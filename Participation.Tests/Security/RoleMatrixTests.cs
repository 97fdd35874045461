using System.Net;
using System.Text;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace Participation.Tests.Security;

/// <summary>
/// docs/access-matrix.md is the decision of who may call what; these tests hold the app to it: every route
/// and hub method has a row, and every role gets the answer its cell says. A cell ✓ passes when the answer is
/// anything but 401, 403 or 404; a cell – when it is one of those.
/// </summary>
public sealed class RoleMatrixTests(MatrixWorld world, ITestOutputHelper output) : IClassFixture<MatrixWorld>
{
    private static readonly HttpStatusCode[] Refusals = [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound];

    /// <summary>
    /// Rows no role can complete on the arranged data, and why the refusals still prove the access check:
    /// one participant token belongs to one board, and that board collects ideas, so the participant's dot is
    /// refused as 409 (not voting yet) after <c>BoardService.VoteAsync</c> has checked who is voting. The reset and
    /// invitation links carry their access in a token from an email, so a forged one is a 400 for everyone; and the
    /// own-account rows send a wrong password or code on purpose, because a success would change the credentials
    /// the later rows sign in with: their 400 comes from the handler, after the account was found.
    /// </summary>
    private static readonly Dictionary<string, string> NoSuccessOnArrangedData = new()
    {
        ["POST /api/boards/{boardId:guid}/ideas/{ideaId:guid}/votes"] = "the board is in its collect phase",
        ["POST /api/auth/reset-password"] = "the token from the email is forged",
        ["POST /api/auth/accept-invitation"] = "the token from the email is forged",
        ["POST /api/account/password"] = "the current password is wrong on purpose",
        ["POST /api/account/two-factor/enable"] = "the code is wrong on purpose",
        ["POST /api/account/two-factor/recovery-codes"] = "the password is wrong on purpose",
        ["POST /api/account/two-factor/disable"] = "the password is wrong on purpose",
    };

    [Fact]
    public void Every_route_and_hub_method_of_the_app_has_a_row_in_the_access_matrix()
    {
        var matrix = AccessMatrix.Read();
        var actual = AppSurface.RouteKeys(world.Factory.Services).Concat(AppSurface.HubKeys(world.Factory.Services)).ToList();
        var documented = matrix.Rows.Select(r => r.Key).ToList();

        var report = new StringBuilder();
        var missing = actual.Except(documented).ToList();
        if (missing.Count > 0)
        {
            report.AppendLine($"Routes or hub methods that {AccessMatrix.DocumentPath} does not list; decide every cell (✓ or –) and add these rows:");
            missing.ForEach(key => report.AppendLine(AccessMatrix.Format(key, _ => null)));
        }
        Add(report, "Rows for routes or hub methods the app does not have (remove them)", documented.Except(actual));
        Add(report, "Rows listed twice", documented.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
        Add(report, "Rows with an undecided cell (?)", matrix.Rows.Where(r => r.Allowed.Values.Any(v => v is null)).Select(r => r.Key));
        output.WriteLine(report.ToString());
        Assert.True(report.Length == 0, report.ToString());
    }

    [Fact]
    public async Task Every_api_route_answers_each_role_as_the_matrix_says()
    {
        var requests = new RouteRequests(world);
        var report = new StringBuilder();
        var routes = AppSurface.RouteKeys(world.Factory.Services).ToHashSet();
        foreach (var row in AccessMatrix.Read().Rows.Where(r => routes.Contains(r.Key) && r.Allowed.Values.All(v => v is not null)))
        {
            var answers = new Dictionary<MatrixRole, HttpStatusCode>();
            var wrong = new List<string>();
            foreach (var role in MatrixRoles.All)
            {
                using var request = await requests.BuildAsync(row.Key, role);
                using var response = await world.ClientFor(role).SendAsync(request);
                answers[role] = response.StatusCode;
                if ((int)response.StatusCode >= 500)
                {
                    wrong.Add($"  {role.Heading()}: the app failed with {(int)response.StatusCode} {Excerpt(await response.Content.ReadAsStringAsync())}");
                }
                else if (row.Allowed[role] == Refusals.Contains(response.StatusCode))
                {
                    var body = await response.Content.ReadAsStringAsync();
                    wrong.Add($"  {role.Heading()}: the matrix says {(row.Allowed[role] == true ? "allowed" : "refused")}, the app answered {(int)response.StatusCode} {Excerpt(body)}");
                }
            }
            if (!answers.Values.Any(s => (int)s is >= 200 and < 400) && !NoSuccessOnArrangedData.ContainsKey(row.Key))
            {
                wrong.Add("  no role got a successful answer: the arranged request is wrong, so refusals prove nothing. Answers: " +
                          string.Join(", ", answers.Select(a => $"{a.Key.Heading()} {(int)a.Value}")));
            }
            if (wrong.Count > 0)
            {
                report.AppendLine(row.Key).AppendLine(string.Join(Environment.NewLine, wrong))
                    .AppendLine("  as the app behaves: " + AccessMatrix.Format(row.Key, r => !Refusals.Contains(answers[r])));
            }
        }
        output.WriteLine(report.ToString());
        Assert.True(report.Length == 0, report.ToString());
    }

    [Fact]
    public async Task Every_hub_method_answers_each_role_as_the_matrix_says()
    {
        var calls = new HubCalls(world);
        var methods = AppSurface.HubKeys(world.Factory.Services).ToHashSet();
        var rows = AccessMatrix.Read().Rows.Where(r => methods.Contains(r.Key) && r.Allowed.Values.All(v => v is not null)).ToList();
        var connections = new Dictionary<MatrixRole, HubConnection?>();
        foreach (var role in MatrixRoles.All)
        {
            connections[role] = await calls.ConnectAsync(role);
        }
        var report = new StringBuilder();
        try
        {
            foreach (var row in rows)
            {
                var method = row.Key[AccessMatrix.HubPrefix.Length..];
                var passed = new Dictionary<MatrixRole, bool>();
                var wrong = new List<string>();
                foreach (var role in MatrixRoles.All)
                {
                    var (ok, answer) = await calls.CallAsync(connections[role], method);
                    passed[role] = ok;
                    if (ok != row.Allowed[role])
                    {
                        wrong.Add($"  {role.Heading()}: the matrix says {(row.Allowed[role] == true ? "allowed" : "refused")}, the hub answered: {answer}");
                    }
                }
                if (wrong.Count > 0)
                {
                    report.AppendLine(row.Key).AppendLine(string.Join(Environment.NewLine, wrong))
                        .AppendLine("  as the app behaves: " + AccessMatrix.Format(row.Key, r => passed[r]));
                }
            }
        }
        finally
        {
            foreach (var connection in connections.Values.OfType<HubConnection>())
            {
                await connection.DisposeAsync();
            }
        }
        output.WriteLine(report.ToString());
        Assert.True(report.Length == 0, report.ToString());
    }

    [Fact]
    public async Task Every_organiser_page_sends_a_visitor_without_a_staff_login_to_the_login_page()
    {
        var matrix = AccessMatrix.Read();
        var pages = AppSurface.PageRoutes(world.Factory.Services);
        var documented = matrix.Pages.Select(p => p.Route).ToList();
        var report = new StringBuilder();
        var missing = pages.Except(documented).ToList();
        if (missing.Count > 0)
        {
            report.AppendLine($"Pages that the pages table of {AccessMatrix.DocumentPath} does not list; add:");
            missing.ForEach(route => report.AppendLine($"| `{route}` | {(IsOrganiserPage(route) ? AccessMatrix.StaffLogin : AccessMatrix.Public)} |  |"));
        }
        Add(report, "Rows for pages the app does not have (remove them)", documented.Except(pages));
        Add(report, "Pages under /organise that the table calls public (every one needs a staff login)",
            matrix.Pages.Where(p => IsOrganiserPage(p.Route) && !p.NeedsStaffLogin).Select(p => p.Route));
        Add(report, "Pages outside /organise that the table says need a staff login (the login rule is the folder's)",
            matrix.Pages.Where(p => !IsOrganiserPage(p.Route) && p.NeedsStaffLogin).Select(p => p.Route));

        foreach (var route in pages.Where(IsOrganiserPage))
        {
            foreach (var role in new[] { MatrixRole.Nobody, MatrixRole.Participant, MatrixRole.TableHost, MatrixRole.Administrator })
            {
                // A bearer token is for the API; the pages know only the login cookie, so even the administrator's token gets the login page.
                using var response = await world.ClientFor(role).GetAsync(PageRequests.Fill(route));
                if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.StartsWith("/login", StringComparison.Ordinal) != true
                    && response.Headers.Location?.AbsolutePath != "/login")
                {
                    report.AppendLine($"{route} as {role.Heading()}: answered {(int)response.StatusCode} {response.Headers.Location} at {response.RequestMessage?.RequestUri}, not a redirect to /login");
                }
            }
        }
        output.WriteLine(report.ToString());
        Assert.True(report.Length == 0, report.ToString());
    }

    [Fact]
    public async Task The_organiser_pages_of_a_process_open_for_its_organiser_and_not_for_an_organiser_of_another()
    {
        var requests = new RouteRequests(world);
        using var organiser = await world.PageClientAsync(MatrixRole.Organiser);
        using var elsewhere = await world.PageClientAsync(MatrixRole.OrganiserElsewhere);
        var report = new StringBuilder();
        foreach (var route in AppSurface.PageRoutes(world.Factory.Services).Where(r => IsOrganiserPage(r) && r.Contains('{')))
        {
            var values = requests.SharedValues(route);
            var path = PageRequests.Fill(route, values);
            using var mine = await organiser.GetAsync(path);
            using var theirs = await elsewhere.GetAsync(path);
            output.WriteLine($"{path}: organiser {(int)mine.StatusCode}, organiser elsewhere {(int)theirs.StatusCode}");
            if (mine.StatusCode != HttpStatusCode.OK)
            {
                report.AppendLine($"{path} ({route}) as its organiser: answered {(int)mine.StatusCode}, expected 200");
            }
            if (!Refusals.Contains(theirs.StatusCode))
            {
                report.AppendLine($"{path} ({route}) as an organiser of another process: answered {(int)theirs.StatusCode}, expected 403 or 404");
            }
        }
        output.WriteLine(report.ToString());
        Assert.True(report.Length == 0, report.ToString());
    }

    /// <summary>
    /// The validation filter runs before a handler's access check, so a refused caller with a wrong body gets 400.
    /// That tells them nothing as long as validators look only at the request; this keeps it so.
    /// </summary>
    [Fact]
    public void No_validator_reads_the_database_so_a_400_before_the_access_check_reveals_nothing()
    {
        var validators = typeof(Participation.Api.Messages).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(FluentValidation.AbstractValidator<>))
            .ToList();
        var forbidden = new[] { typeof(Participation.Api.Data.ParticipationDb), typeof(IServiceProvider), typeof(Microsoft.Extensions.DependencyInjection.IServiceScopeFactory) };

        var reading = validators.Where(v => v.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => forbidden.Any(f => f.IsAssignableFrom(p.ParameterType))))
            .Select(v => v.FullName).ToList();

        Assert.NotEmpty(validators);
        Assert.Empty(reading);
    }

    private static bool IsOrganiserPage(string route) => route.StartsWith("/organise", StringComparison.OrdinalIgnoreCase);

    private static void Add(StringBuilder report, string heading, IEnumerable<string> keys)
    {
        var list = keys.ToList();
        if (list.Count > 0)
        {
            report.AppendLine($"{heading}: {string.Join(", ", list)}");
        }
    }

    private static string Excerpt(string body) => body.Length > 160 ? body[..160] + "…" : body;
}
