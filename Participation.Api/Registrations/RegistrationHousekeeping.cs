using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Api.Data;

namespace Participation.Api.Registrations;

/// <summary>
/// The timed work of registration: reminders before events, places released when nobody
/// confirmed them in time, and the retention of personal data (<see cref="DataProtection.Retention"/>). With several instances one runs each round (the cluster lock); each event
/// is handled under its lock besides, so a round that overlaps another changes nothing twice.
/// </summary>
public sealed class RegistrationHousekeeping(
    IServiceScopeFactory scopes, IOptions<RegistrationOptions> options, ClusterLock cluster, ILogger<RegistrationHousekeeping> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.HousekeepingSeconds));
        do
        {
            try
            {
                await using var held = await cluster.TryAcquireAsync("participation:registration-housekeeping", stoppingToken);
                if (held is not null)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<RegistrationService>().RunHousekeepingAsync(stoppingToken);
                    await scope.ServiceProvider.GetRequiredService<DataProtection.Retention>().RunAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Registration housekeeping failed; trying again at the next round.");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
