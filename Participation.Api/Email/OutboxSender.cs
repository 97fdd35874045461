using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Telemetry;

namespace Participation.Api.Email;

/// <summary>
/// Delivers the outbox. Each message is first leased with one conditional update, so several
/// instances share the work and none takes a message another is sending; a crash leaves the lease to
/// run out and the message is taken again. A message is marked sent right after the server accepted it.
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes, OutboxSignal signal, IOptions<OutboxOptions> options, IOptions<ParticipationOptions> installation,
    ParticipationMetrics metrics, TimeProvider clock, ILogger<OutboxSender> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DrainOnceAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The outbox could not be read; trying again at the next poll.");
            }
            try
            {
                await signal.WaitAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends what is due now; the number of messages it dealt with (0 when nothing was due or the server is down).</summary>
    public async Task<int> DrainOnceAsync(CancellationToken ct)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.State == OutboxState.Queued && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(settings.BatchSize).ToListAsync(ct);
        // Once a round (one batch), so the gauge follows a long drain instead of showing the last quiet moment.
        metrics.OutboxCounted(await db.OutboxMessages.CountAsync(m => m.State == OutboxState.Queued, ct));
        if (due.Count == 0)
        {
            return 0;
        }
        await using var delivery = ActivatorUtilities.CreateInstance<MailDelivery>(scope.ServiceProvider);
        var handled = 0;
        foreach (var id in due)
        {
            now = clock.GetUtcNow().UtcDateTime;
            var leaseUntil = now.AddSeconds(settings.LeaseSeconds);
            var leased = await db.OutboxMessages
                .Where(m => m.Id == id && m.State == OutboxState.Queued && (m.LeaseUntil == null || m.LeaseUntil < now))
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.LeaseUntil, leaseUntil), ct);
            if (leased == 0)
            {
                continue;
            }
            var row = await db.OutboxMessages.AsNoTracking().FirstAsync(m => m.Id == id, ct);
            try
            {
                await delivery.SendAsync(row, ct);
                var sentAt = clock.GetUtcNow().UtcDateTime;
                await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(m => m
                    .SetProperty(x => x.State, OutboxState.Sent).SetProperty(x => x.SentAt, sentAt).SetProperty(x => x.LeaseUntil, (DateTime?)null)
                    .SetProperty(x => x.Attempts, x => x.Attempts + 1).SetProperty(x => x.LastError, (string?)null)
                    .SetProperty(x => x.DeliveredBy, delivery.Method).SetProperty(x => x.SentBy, installation.Value.InstanceName), CancellationToken.None);
                metrics.EmailSent();
                handled++;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                var permanent = IsPermanent(e) || row.Attempts + 1 >= settings.MaxAttempts;
                var wait = TimeSpan.FromSeconds(Math.Min(settings.MaxRetrySeconds, settings.FirstRetrySeconds * Math.Pow(2, row.Attempts)));
                var next = clock.GetUtcNow().UtcDateTime + wait;
                var error = e is SmtpCommandException command ? $"SMTP {(int)command.StatusCode}: {command.Message}" : $"{e.GetType().Name}: {e.Message}";
                await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(m => m
                    .SetProperty(x => x.State, permanent ? OutboxState.Failed : OutboxState.Queued)
                    .SetProperty(x => x.Attempts, x => x.Attempts + 1).SetProperty(x => x.NextAttemptAt, next)
                    .SetProperty(x => x.LeaseUntil, (DateTime?)null).SetProperty(x => x.LastError, error.Length > 1000 ? error[..1000] : error), CancellationToken.None);
                metrics.EmailFailed(permanent);
                log.LogWarning("Email {MessageId} ({Kind}) not delivered, attempt {Attempt}: {Error}", id, row.Kind, row.Attempts + 1, LogRedaction.WithoutEmailAddresses(error));
                if (!permanent)
                {
                    // The server is unreachable or unwell; the rest of the round would fail the same way.
                    return handled;
                }
            }
        }
        return handled;
    }

    /// <summary>The server refused this message for good (an unknown mailbox, a 5xx answer): retrying will not help.</summary>
    private static bool IsPermanent(Exception e) => e switch
    {
        SmtpCommandException command => (int)command.StatusCode >= 500,
        FormatException or ArgumentException => true,
        _ => false,
    };
}
