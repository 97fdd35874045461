using Participation.Api.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Boards;

/// <summary>The app on a real Kestrel port, shared by the tests of one class; each test makes its own board.</summary>
public sealed class LiveHost : IAsyncLifetime
{
    public ParticipationFactory Factory { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public Task InitializeAsync()
    {
        BaseUrl = Factory.StartOnKestrel();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>
/// Two participants (Anna and Ben) and the facilitator on one board, each with a joined hub connection.
/// </summary>
public sealed class BoardTable : IAsyncDisposable
{
    private BoardTable(TestBoard board, TestParticipant anna, TestParticipant ben, BoardClient annaHub, BoardClient benHub, BoardClient facilitatorHub)
    {
        (Board, Anna, Ben, AnnaHub, BenHub, FacilitatorHub) = (board, anna, ben, annaHub, benHub, facilitatorHub);
    }

    public TestBoard Board { get; }
    public TestParticipant Anna { get; }
    public TestParticipant Ben { get; }
    public BoardClient AnnaHub { get; }
    public BoardClient BenHub { get; }
    public BoardClient FacilitatorHub { get; }

    public Guid Id => Board.Id;

    public IReadOnlyList<BoardClient> Everyone => [AnnaHub, BenHub, FacilitatorHub];

    public static Task<BoardTable> OpenAsync(LiveHost host, Dictionary<string, object?>? settings = null) =>
        OpenAsync(host.Factory, host.BaseUrl, settings);

    public static async Task<BoardTable> OpenAsync(ParticipationFactory factory, string baseUrl, Dictionary<string, object?>? settings = null)
    {
        var board = await factory.CreateBoardAsync(settings);
        var anna = await factory.JoinAsync(board, "Anna");
        var ben = await factory.JoinAsync(board, "Ben");
        var (annaHub, _) = await BoardClient.JoinAsync(baseUrl, anna.Token, "Anna", board.Id);
        var (benHub, _) = await BoardClient.JoinAsync(baseUrl, ben.Token, "Ben", board.Id);
        var (facilitatorHub, _) = await BoardClient.JoinAsync(baseUrl, board.FacilitatorToken, "facilitator", board.Id);
        return new BoardTable(board, anna, ben, annaHub, benHub, facilitatorHub);
    }

    /// <summary>Waits until Anna, Ben and the facilitator have the event <paramref name="seq"/>; returns their copies in that order.</summary>
    public async Task<(BoardEventMessage Anna, BoardEventMessage Ben, BoardEventMessage Facilitator)> EveryoneReceivesAsync(long seq)
    {
        var anna = await AnnaHub.WaitForSeqAsync(seq);
        var ben = await BenHub.WaitForSeqAsync(seq);
        var facilitator = await FacilitatorHub.WaitForSeqAsync(seq);
        Assert.Equal([facilitator.Type, facilitator.Type], new[] { anna.Type, ben.Type });
        return (anna, ben, facilitator);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in Everyone)
        {
            await client.DisposeAsync();
        }
    }
}
