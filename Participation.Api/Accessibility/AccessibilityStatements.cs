using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;

namespace Participation.Api.Accessibility;

/// <summary>The accessibility statement in force: the latest saved version, else the built-in default text.</summary>
public sealed class AccessibilityStatements(ParticipationDb db, IStringLocalizer<Messages> text)
{
    /// <summary>The version number of the built-in text.</summary>
    public const int DefaultVersion = 0;

    /// <summary>The body named by BITV 2.0 for federal bodies; a Land's own body is entered by the organisation.</summary>
    public const string DefaultEnforcementUrl = "https://www.schlichtungsstelle-bgg.de";

    public async Task<AccessibilityStatementResponse> CurrentAsync(CancellationToken ct)
    {
        var latest = await db.AccessibilityStatements.AsNoTracking().OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);
        return latest?.ToResponse() ?? Default();
    }

    public Task<List<AccessibilityStatementResponse>> VersionsAsync(CancellationToken ct) =>
        db.AccessibilityStatements.AsNoTracking().OrderByDescending(s => s.Version).Select(s => s.ToResponse()).ToListAsync(ct);

    /// <summary>
    /// Says what the product itself does and does not do; the organisation running it must add its own contact,
    /// its review date and what its own content lacks, and no contact is invented until it does.
    /// </summary>
    private AccessibilityStatementResponse Default() =>
        new(DefaultVersion, text["Accessibility.DefaultStatement"], Compliance.Partial, text["Accessibility.DefaultNonAccessible"],
            PreparedOn: null, ContactEmail: null, ContactPhone: null, ContactAddress: null,
            text["Accessibility.DefaultEnforcement"], DefaultEnforcementUrl, CreatedAt: null, CreatedByName: null, IsDefault: true);
}
