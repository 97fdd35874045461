using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Participation.Api.Data;

namespace Participation.Api.Boards;

/// <summary>
/// Signs in participants and table hosts by the token they got when joining
/// ("p_…") or from their host link ("h_…"), sent as a bearer token or, for
/// the hub's WebSocket, as <c>access_token</c> in the query.
/// </summary>
public sealed class ParticipantAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ParticipationDb db, IMemoryCache cache, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Participant";

    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(5);

    public static string? TokenOf(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }
        return context.Request.Path.StartsWithSegments("/hubs") ? context.Request.Query["access_token"].ToString() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = TokenOf(Context);
        if (!ParticipantTokens.IsOurs(token))
        {
            return AuthenticateResult.NoResult();
        }
        var hash = ParticipantTokens.Hash(token!);
        var claims = await cache.GetOrCreateAsync($"participant-token:{hash}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Remembered;
            return await ClaimsForAsync(token!, hash);
        });
        if (claims is null)
        {
            return AuthenticateResult.Fail("Unknown or expired token.");
        }
        if (claims.ValidUntil is { } until && clock.GetUtcNow().UtcDateTime >= until)
        {
            return AuthenticateResult.Fail("The host link has expired.");
        }
        var identity = new ClaimsIdentity(claims.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private sealed record TokenClaims(IReadOnlyList<Claim> Claims, DateTime? ValidUntil);

    private async Task<TokenClaims?> ClaimsForAsync(string token, string hash)
    {
        if (token.StartsWith(ParticipantTokens.ParticipantPrefix, StringComparison.Ordinal))
        {
            var participant = await db.Participants.AsNoTracking().FirstOrDefaultAsync(p => p.TokenHash == hash);
            return participant is null ? null : new TokenClaims(
            [
                new Claim(BoardClaims.Participant, participant.Id.ToString()),
                new Claim(BoardClaims.Board, participant.BoardId.ToString()),
                new Claim(ClaimTypes.Name, participant.DisplayName ?? ""),
            ], null);
        }
        var host = await db.SessionHosts.AsNoTracking().FirstOrDefaultAsync(h => h.TokenHash == hash);
        return host is null ? null : new TokenClaims(
        [
            new Claim(BoardClaims.Host, host.Id.ToString()),
            new Claim(BoardClaims.Session, host.SessionId.ToString()),
            new Claim(ClaimTypes.Name, host.Name),
            new Claim(BoardClaims.ValidUntil, host.ValidUntil.ToString("O")),
        ], host.ValidUntil);
    }
}
