using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Email;
using Participation.Api.Identity;
using Participation.Api.Registrations;

namespace Participation.Api.DataProtection;

/// <summary>
/// Anonymises the registrations of events that ended longer ago than the retention period (the process's own,
/// else <c>Participation:DataProtection:RetentionDays</c>), with their emails, erases account emails whose links have
/// run out, and deletes old audit entries.
/// Runs in the registration housekeeping round, which one instance at a time holds.
/// </summary>
public sealed class Retention(ParticipationDb db, TimeProvider clock, IOptions<DataProtectionOptions> options, IOptions<AuthOptions> auth)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        var ended = await db.Events.AsNoTracking()
            .Where(e => e.EndsAt < now && db.Registrations.Any(r => r.EventId == e.Id && r.AnonymisedAt == null))
            .Join(db.Processes, e => e.ProcessId, p => p.Id, (e, p) => new { e.Id, e.EndsAt, p.RetentionDays })
            .ToListAsync(ct);
        foreach (var due in ended.Where(e => e.EndsAt.AddDays(e.RetentionDays ?? settings.RetentionDays) < now))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var registrations = await db.Registrations.Where(r => r.EventId == due.Id && r.AnonymisedAt == null).ToListAsync(ct);
            foreach (var registration in registrations)
            {
                registration.Anonymise(now);
            }
            await db.SaveChangesAsync(ct);
            await db.OutboxMessages.Of(registrations.Select(r => r.Id).ToList()).EraseAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }
        // A reset or invitation email is its link: once the longer of the two lifetimes is over, nobody needs it.
        var linksExpired = now.AddDays(-auth.Value.InvitationDays).AddMinutes(-auth.Value.ResetTokenMinutes);
        await db.OutboxMessages
            .Where(m => (m.Kind == AccountMails.PasswordResetKind || m.Kind == AccountMails.InvitationKind) && m.CreatedAt < linksExpired && m.To != "")
            .EraseAsync(ct);
        var auditCutoff = now.AddDays(-settings.AuditRetentionDays);
        await db.AuditEntries.Where(e => e.At < auditCutoff).ExecuteDeleteAsync(ct);
    }
}
