using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Email;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Registrations;

namespace Participation.Api.DataProtection;

/// <summary>
/// A person's requests for access and erasure (Art. 15 and 17 GDPR), answered within the processes the
/// caller organises; administrators answer for all. Contributions and board ideas hold no address and
/// so cannot be found by one.
/// </summary>
public sealed class DataRequests(ParticipationDb db, RegistrationService registrations)
{
    /// <summary>The processes the caller organises; null means all (administrators).</summary>
    public IQueryable<Guid>? OrganisedProcesses(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Administrator))
        {
            return null;
        }
        var accountId = user.AccountId() ?? Guid.Empty;
        return db.Memberships.Where(m => m.AccountId == accountId && m.Role == ProcessRole.Organiser).Select(m => m.ProcessId);
    }

    /// <summary>Whoever organises no process has no one's data to answer for.</summary>
    public async Task<ProblemHttpResult?> DenyAsync(ClaimsPrincipal user, IStringLocalizer<Messages> text, CancellationToken ct) =>
        OrganisedProcesses(user) is not { } scope || await scope.AnyAsync(ct) ? null : Problems.Forbidden(text);

    public async Task<DataRequestSummary> FindAsync(ClaimsPrincipal user, string email, bool withMessages, CancellationToken ct)
    {
        email = EmailAddresses.Normalize(email);
        var scope = OrganisedProcesses(user);
        var searched = scope is null ? await db.Processes.CountAsync(ct) : await scope.CountAsync(ct);
        var rows = await RegistrationsOf(email, scope)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new { r, e })
            .Join(db.Processes, x => x.r.ProcessId, p => p.Id, (x, p) => new { x.r, x.e, p })
            .AsNoTracking().ToListAsync(ct);
        var people = rows.OrderBy(x => x.e.StartsAt).Select(x => new PersonRegistration(
            x.r.Id, x.p.Id, x.p.Title, x.e.Id, x.e.Title, Utc(x.e.StartsAt), x.r.Status, x.r.Source, x.r.Name, x.r.Organisation, x.r.Perspective,
            x.r.Language, x.r.InterpreterLanguage, x.r.NeedsSignLanguage, x.r.AccessibilityNeeds, x.r.NeedsChildcare, x.r.DietaryNeeds,
            x.r.Remarks, x.r.TicketCode, Utc(x.r.ConsentedAt), x.r.ConsentVersion, Utc(x.r.EmailConfirmedAt), Utc(x.r.CheckedInAt),
            Utc(x.r.CancelledAt), Utc(x.r.CreatedAt))).ToList();
        var mails = await EmailsTo(email, scope).AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync(ct);
        var emails = mails.Select(m => new PersonEmail(m.Id, m.ProcessId, m.RegistrationId, m.Kind, m.Subject, m.State, Utc(m.CreatedAt), Utc(m.SentAt),
            withMessages ? Encoding.UTF8.GetString(m.Mime) : null)).ToList();
        PersonAccount? account = null;
        if (scope is null && await db.Users.AsNoTracking().FirstOrDefaultAsync(a => a.NormalizedEmail == email.ToUpperInvariant(), ct) is { } found)
        {
            account = new PersonAccount(found.Id, found.DisplayName,
                await db.Memberships.Where(m => m.AccountId == found.Id).Select(m => m.ProcessId).ToListAsync(ct));
        }
        return new DataRequestSummary(email, searched, people, emails, account);
    }

    /// <summary>Erases the address's registrations and emails in the caller's processes. Accounts are closed on the accounts page.</summary>
    public async Task<Outcome<ErasureReport>> EraseAsync(ClaimsPrincipal user, string email, CancellationToken ct)
    {
        email = EmailAddresses.Normalize(email);
        var scope = OrganisedProcesses(user);
        var ids = await RegistrationsOf(email, scope).Select(r => r.Id).ToListAsync(ct);
        // Emails of those registrations are erased with them; these are the ones to the address that belong to none.
        var others = await EmailsTo(email, scope).Where(m => m.RegistrationId == null || !ids.Contains(m.RegistrationId.Value)).Select(m => m.Id).ToListAsync(ct);
        var emailsOfRegistrations = await db.OutboxMessages.Of(ids).CountAsync(ct);
        var outcome = await registrations.EraseAsync(ids, others, ct);
        return outcome.Select(count => new ErasureReport(count, emailsOfRegistrations + others.Count));
    }

    private IQueryable<Registration> RegistrationsOf(string email, IQueryable<Guid>? scope) =>
        scope is null ? db.Registrations.Where(r => r.Email == email) : db.Registrations.Where(r => r.Email == email && scope.Contains(r.ProcessId));

    private IQueryable<OutboxMessage> EmailsTo(string email, IQueryable<Guid>? scope)
    {
        var mails = db.OutboxMessages.Where(m => m.To.ToLower() == email);
        return scope is null ? mails : mails.Where(m => m.ProcessId != null && scope.Contains(m.ProcessId.Value));
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

    private static DateTimeOffset? Utc(DateTime? at) => at is { } value ? Utc(value) : null;
}
