using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Boards;

/// <summary>Who gets in: participants with the join code, table hosts with their link, and who runs a session.</summary>
public sealed partial class BoardService
{
    /// <summary>Anyone with the code joins: a participant token for this board, nothing else.</summary>
    public async Task<Outcome<JoinResponse>> JoinAsync(string joinCode, JoinRequest request, CancellationToken ct)
    {
        var code = ShortCodes.Normalize(joinCode ?? "");
        var board = await db.Boards.AsNoTracking().FirstOrDefaultAsync(b => b.JoinCode == code, ct);
        if (board is null)
        {
            return new Refusal(RefusalKind.NotFound, text["Join.UnknownCode"]);
        }
        if (board.Phase == BoardPhase.Closed)
        {
            return new Refusal(RefusalKind.Conflict, text["Join.Closed"]);
        }
        var name = request.DisplayName?.Trim();
        if (name is { Length: > 0 } && name.Length > Limits.DisplayNameMaxLength)
        {
            return Invalid("displayName", "Join.NameTooLong", Limits.DisplayNameMaxLength);
        }
        if (request.Language is { Length: > 16 })
        {
            return Invalid("language", "Idea.Language");
        }
        var token = ParticipantTokens.ParticipantPrefix + tokens.NewSecret(32);
        var participant = new Participant
        {
            BoardId = board.Id,
            TokenHash = ParticipantTokens.Hash(token),
            DisplayName = string.IsNullOrEmpty(name) ? null : name,
            Language = request.Language.NullIfBlank(),
            CreatedAt = Now,
        };
        db.Participants.Add(participant);
        await db.SaveChangesAsync(ct);
        return new JoinResponse(token, board.Id, participant.Id, board.Title);
    }

    /// <summary>A link for a table host: the boards of this one session, until the end of the event's last day.</summary>
    public async Task<Outcome<HostResponse>> CreateHostAsync(ClaimsPrincipal user, Guid sessionId, HostInput input, CancellationToken ct)
    {
        if (user.Get(BoardClaims.Host) is not null)
        {
            return ModeratorsOnly();
        }
        if (await SessionModeratorAsync(user, sessionId, ct) is { } refused)
        {
            return refused;
        }
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > Limits.DisplayNameMaxLength)
        {
            return Invalid("name", "Host.Name", Limits.DisplayNameMaxLength);
        }
        var @event = await db.Sessions.Where(s => s.Id == sessionId).Join(db.Events, s => s.EventId, e => e.Id, (s, e) => e).FirstAsync(ct);
        var lastDay = DateOnly.FromDateTime(TimeZones.InZone(@event.EndsAt, @event.TimeZone).DateTime);
        var validUntil = TimeZones.ToUtc(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), @event.TimeZone);
        var token = ParticipantTokens.HostPrefix + tokens.NewSecret(32);
        var host = new SessionHost
        {
            SessionId = sessionId,
            Name = name,
            TokenHash = ParticipantTokens.Hash(token),
            ValidUntil = validUntil,
            CreatedBy = user.AccountId() ?? Guid.Empty,
            CreatedAt = Now,
        };
        db.SessionHosts.Add(host);
        await db.SaveChangesAsync(ct);
        return new HostResponse(host.Id, name, token, links.HostUrl(token), new DateTimeOffset(validUntil));
    }

    /// <summary>Null when the caller runs this session (facilitator, organiser, administrator or its table host).</summary>
    public async Task<Refusal?> SessionModeratorAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken ct)
    {
        var processId = await ProcessOfSessionAsync(sessionId, ct);
        if (processId is null)
        {
            return new Refusal(RefusalKind.NotFound, text["NotFound.Session"]);
        }
        if (user.Get(BoardClaims.Host) is not null)
        {
            return user.Get(BoardClaims.Session) == sessionId && !user.HostExpired(Now) ? null : Forbidden();
        }
        if (user.Get(BoardClaims.Participant) is not null)
        {
            return ModeratorsOnly();
        }
        return await access.CheckAsync(user, processId.Value, ProcessRole.Facilitator, ct) == Access.Granted ? null : Forbidden();
    }
}
