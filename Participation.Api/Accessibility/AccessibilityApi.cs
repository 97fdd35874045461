using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Accessibility;

/// <summary>The website's accessibility statement: anyone reads the one in force; organisers and administrators save new versions.</summary>
public static class AccessibilityApi
{
    public static void MapAccessibility(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/accessibility-statement").WithTags("Accessibility").WithStandardProblems();
        group.MapGet("/", GetAccessibilityStatement).WithName(nameof(GetAccessibilityStatement)).AllowAnonymous()
            .WithSummary("The accessibility statement in force, with its version (0: the built-in text the organisation must complete); public.");
        var staff = group.MapGroup("").RequireAuthorization(policy => policy.RequireRole(Roles.Administrator, Roles.Organiser));
        staff.MapPut("/", SaveAccessibilityStatement).WithName(nameof(SaveAccessibilityStatement)).WithValidation<AccessibilityStatementInput>()
            .WithSummary("Saves a new version; the earlier ones are kept.");
        staff.MapGet("/versions", ListAccessibilityStatements).WithName(nameof(ListAccessibilityStatements))
            .WithSummary("Every saved version, newest first.");
    }

    public static async Task<Ok<AccessibilityStatementResponse>> GetAccessibilityStatement(AccessibilityStatements statements, CancellationToken ct) =>
        TypedResults.Ok(await statements.CurrentAsync(ct));

    public static async Task<Ok<AccessibilityStatementResponse>> SaveAccessibilityStatement(
        AccessibilityStatementInput input, ClaimsPrincipal user, ParticipationDb db, TimeProvider clock, CancellationToken ct)
    {
        var accountId = user.AccountId();
        var statement = new AccessibilityStatement
        {
            Statement = input.Statement.Trim(),
            Compliance = input.Compliance!.Value,
            NonAccessibleContent = input.NonAccessibleContent.NullIfBlank(),
            PreparedOn = input.PreparedOn!.Value,
            ContactEmail = input.ContactEmail.Trim(),
            ContactPhone = input.ContactPhone.NullIfBlank(),
            ContactAddress = input.ContactAddress.NullIfBlank(),
            EnforcementText = input.EnforcementText.Trim(),
            EnforcementUrl = input.EnforcementUrl.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedById = accountId,
            CreatedByName = await db.Users.Where(a => a.Id == accountId).Select(a => a.DisplayName).FirstOrDefaultAsync(ct),
        };
        // Two saves at the same moment would take the same number; the unique index refuses the second, which takes the next.
        await db.RetryAsync(3, async () =>
        {
            statement.Version = (await db.AccessibilityStatements.MaxAsync(s => (int?)s.Version, ct) ?? AccessibilityStatements.DefaultVersion) + 1;
            db.AccessibilityStatements.Add(statement);
            await db.SaveChangesAsync(ct);
        }, () => db.Entry(statement).State = EntityState.Detached);
        return TypedResults.Ok(statement.ToResponse());
    }

    public static async Task<Ok<List<AccessibilityStatementResponse>>> ListAccessibilityStatements(AccessibilityStatements statements, CancellationToken ct) =>
        TypedResults.Ok(await statements.VersionsAsync(ct));
}
