using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Participation.Api.Boards;
using Participation.Tests.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Operations;

public sealed class ShutdownTests
{
    [Fact]
    public async Task A_stopping_instance_closes_its_board_connections_so_clients_reconnect_instead_of_hanging()
    {
        await using var factory = new ParticipationFactory();
        // Through the shipped nginx site: there the hub's own close message would beat the dropped socket.
        await using var proxy = await NginxProxy.StartAsync([factory.StartOnKestrel()]);
        var baseUrl = proxy.BaseUrl;
        var board = await factory.CreateBoardAsync();
        var anna = await factory.JoinAsync(board, "Anna");
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(baseUrl), "/hubs/board"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(anna.Joined.ParticipantToken))
            .AddJsonProtocol(json => BoardJson.Configure(json.PayloadSerializerOptions))
            .WithAutomaticReconnect([TimeSpan.FromSeconds(30)])
            .Build();
        var reconnecting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Reconnecting += _ =>
        {
            reconnecting.TrySetResult();
            return Task.CompletedTask;
        };
        await connection.StartAsync();
        await connection.InvokeAsync<JoinBoardResult>("JoinBoard", board.Id, 0L);

        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        // Not a close the client would take as final: it tries again, which through the proxy reaches another instance.
        await reconnecting.Task.WaitAsync(BoardClient.Patience);
        await connection.DisposeAsync();
    }
}
