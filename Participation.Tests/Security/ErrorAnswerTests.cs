using System.Net;
using Microsoft.Data.Sqlite;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Security;

public sealed class ErrorAnswerTests
{
    private static readonly string[] Internals = ["Exception", "Sqlite", "no such table", "   at ", "Participation.Api", "SELECT"];

    [Fact]
    public async Task A_failure_deep_inside_gives_problem_details_and_the_error_page_without_exception_text_or_stack()
    {
        await using var factory = new ParticipationFactory();
        var admin = await factory.AdminClientAsync();
        var pages = await factory.PageClientAsync();
        // A real fault underneath: the database file vanishes, so every query fails inside EF Core.
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(factory.DataDirectory, "*.db*"))
        {
            File.Delete(file);
        }

        var api = await admin.GetAsync("/api/processes");
        var problem = await api.ProblemAsync(HttpStatusCode.InternalServerError);
        Assert.Equal("Ein Fehler ist aufgetreten. Er wurde protokolliert; bitte versuchen Sie es erneut.", problem.Title);
        Assert.Null(problem.Detail);
        var body = await api.Content.ReadAsStringAsync();
        Assert.All(Internals, internals => Assert.DoesNotContain(internals, body));

        var page = await pages.GetAsync("/organise");
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Ein Fehler ist aufgetreten", html);
        Assert.All(Internals, internals => Assert.DoesNotContain(internals, html));
    }
}
