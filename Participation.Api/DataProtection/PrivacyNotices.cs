using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;

namespace Participation.Api.DataProtection;

/// <summary>The privacy notice in force for a process: its latest saved version, else the built-in default text.</summary>
public sealed class PrivacyNotices(ParticipationDb db, IStringLocalizer<Messages> text)
{
    /// <summary>The version number of the built-in text; raise it with the text in the resources.</summary>
    public const int DefaultVersion = 0;

    public async Task<PrivacyNoticeResponse> CurrentAsync(Guid processId, CancellationToken ct)
    {
        var latest = await db.PrivacyNotices.AsNoTracking().Where(n => n.ProcessId == processId)
            .OrderByDescending(n => n.Version).FirstOrDefaultAsync(ct);
        return latest?.ToResponse() ?? Default(processId);
    }

    public async Task<int> CurrentVersionAsync(Guid processId, CancellationToken ct) =>
        await db.PrivacyNotices.Where(n => n.ProcessId == processId).MaxAsync(n => (int?)n.Version, ct) ?? DefaultVersion;

    /// <summary>
    /// Null when <paramref name="posted"/> is the version in force (or none was posted: a client that shows no
    /// version is taken to show the current one); else the message asking the person to read the new one.
    /// </summary>
    public async Task<(int Version, string? Stale)> AcceptAsync(Guid processId, int? posted, CancellationToken ct)
    {
        var current = await CurrentVersionAsync(processId, ct);
        return posted is null || posted == current ? (current, null) : (current, text["Privacy.StaleVersion"]);
    }

    private PrivacyNoticeResponse Default(Guid processId) =>
        new(processId, DefaultVersion, text["Privacy.DefaultNotice"], text["Privacy.DefaultConsent"], null, null, IsDefault: true);
}
