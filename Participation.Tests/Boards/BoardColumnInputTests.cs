using System.Net;
using Participation.Api.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Boards;

public sealed class BoardColumnInputTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task A_new_board_with_the_column_ids_of_another_board_is_refused_as_invalid_and_nothing_is_created()
    {
        var other = await factory.CreateBoardAsync();
        var sessionId = await BoardArrange.CreateSessionAsync(other.Admin, other.ProcessId);

        var response = await other.Admin.PostJsonAsync($"/api/sessions/{sessionId}/boards", BoardArrange.Board()
            .With("columns", new object[] { new { title = "Ideen", id = other.Column(0) } }));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Diese Spalte gehört nicht zu dieser Pinnwand."], problem.MessagesFor("columns"));
        Assert.Empty(await (await other.Admin.GetAsync($"/api/sessions/{sessionId}/boards")).ReadAsync<List<BoardDto>>());
    }
}
