using Participation.Api.Boards;

namespace Participation.Api.Scaling;

/// <summary>
/// When the instance is told to stop: readiness turns false (<see cref="Health.ShutdownHealthCheck"/>),
/// the web server finishes the requests in flight within <c>Participation:ShutdownSeconds</c>, and the
/// hub connections are closed at once, so phones reconnect through the proxy to another instance and
/// rejoin with their last sequence number instead of hanging until the timeout.
/// </summary>
internal sealed class GracefulShutdown(IHostApplicationLifetime lifetime, BoardConnections connections, ILogger<GracefulShutdown> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(() =>
        {
            var closed = connections.CloseAll();
            log.LogInformation("Shutting down: closed {Count} board connections so their clients reconnect elsewhere.", closed);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
