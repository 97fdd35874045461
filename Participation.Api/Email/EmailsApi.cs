using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MimeKit;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Email;

public sealed record EmailSummary(Guid Id, string Kind, string To, string Subject, OutboxState State, int Attempts, string? LastError,
    string? DeliveredBy, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, Guid? EventId, Guid? RegistrationId);

public sealed record EmailDetail(EmailSummary Summary, string? TextBody, IReadOnlyList<string> Attachments);

/// <summary>Every email the system wrote for a process, with its delivery state; a failed one can be sent again.</summary>
public static class EmailsApi
{
    public static void MapEmails(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Email").RequireAuthorization().WithStandardProblems();
        group.MapGet("/processes/{id:guid}/emails", ListEmails).WithName(nameof(ListEmails))
            .WithSummary("The process's emails, newest first; ?eventId= and ?state= narrow it down.");
        group.MapGet("/emails/{id:guid}", GetEmail).WithName(nameof(GetEmail)).WithSummary("One email with its text as sent.");
        group.MapPost("/emails/{id:guid}/resend", ResendEmail).WithName(nameof(ResendEmail))
            .WithSummary("Queues the same message again (after a failure, or when someone lost it).");
    }

    public static async Task<Results<Ok<List<EmailSummary>>, ValidationProblem, ProblemHttpResult>> ListEmails(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> text, CancellationToken ct,
        Guid? eventId = null, string? state = null, int limit = 200)
    {
        if (await access.DenyAsync(user, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var query = db.OutboxMessages.AsNoTracking().Where(m => m.ProcessId == id);
        if (eventId is { } e)
        {
            query = query.Where(m => m.EventId == e);
        }
        if (state is not null)
        {
            if (!Enum.TryParse<OutboxState>(state, ignoreCase: true, out var wanted) || int.TryParse(state, out _))
            {
                return Validation.Problem("state", text["ValueUnreadable"], text);
            }
            query = query.Where(m => m.State == wanted);
        }
        var rows = await query.OrderByDescending(m => m.CreatedAt).Take(Math.Clamp(limit, 1, 1000)).Select(m => new
        {
            m.Id, m.Kind, m.To, m.Subject, m.State, m.Attempts, m.LastError, m.DeliveredBy, m.CreatedAt, m.SentAt, m.EventId, m.RegistrationId,
        }).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(m => new EmailSummary(m.Id, m.Kind, m.To, m.Subject, m.State, m.Attempts, m.LastError, m.DeliveredBy,
            Utc(m.CreatedAt), m.SentAt is { } sent ? Utc(sent) : null, m.EventId, m.RegistrationId)).ToList());
    }

    public static async Task<Results<Ok<EmailDetail>, ProblemHttpResult>> GetEmail(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var message = await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (await access.DenyAsync(user, message?.ProcessId, ProcessRole.Organiser, ct, "Email") is { } denied)
        {
            return denied;
        }
        using var stream = new MemoryStream(message!.Mime);
        var mime = await MimeMessage.LoadAsync(stream, ct);
        return TypedResults.Ok(new EmailDetail(message.ToSummary(), mime.TextBody, mime.Attachments.Select(a => a.ContentDisposition?.FileName ?? "").ToList()));
    }

    public static async Task<Results<Ok<EmailSummary>, ProblemHttpResult>> ResendEmail(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, OutboxSignal signal, TimeProvider clock, CancellationToken ct)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (await access.DenyAsync(user, message?.ProcessId, ProcessRole.Organiser, ct, "Email") is { } denied)
        {
            return denied;
        }
        message!.State = OutboxState.Queued;
        message.Attempts = 0;
        message.NextAttemptAt = clock.GetUtcNow().UtcDateTime;
        message.LeaseUntil = null;
        message.LastError = null;
        await db.SaveChangesAsync(ct);
        signal.Wake();
        return TypedResults.Ok(message.ToSummary());
    }

    private static EmailSummary ToSummary(this OutboxMessage m) => new(m.Id, m.Kind, m.To, m.Subject, m.State, m.Attempts, m.LastError, m.DeliveredBy,
        Utc(m.CreatedAt), m.SentAt is { } sent ? Utc(sent) : null, m.EventId, m.RegistrationId);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
