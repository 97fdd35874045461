using Participation.Tests.Infrastructure;

namespace Participation.Tests.Boards;

public sealed class BoardRestartTests
{
    [Fact]
    public async Task A_board_and_its_log_survive_a_restart_and_clients_continue_from_their_seq_on_SQLite()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "participation-tests", Guid.NewGuid().ToString("N"));
        await BoardScenarios.BoardAndLogSurviveARestartAsync(
            () => new ParticipationFactory { DataDirectory = dataDirectory, KeepDataDirectory = true },
            () => new ParticipationFactory { DataDirectory = dataDirectory });
    }
}
