using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Concept;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Measures;

/// <summary>Versions of a concept (the update every few years): frozen once made, and compared with each other or with now.</summary>
public static class ConceptVersionsApi
{
    /// <summary>How often a version tries the next number when others take theirs at the same moment.</summary>
    private const int SimultaneousAttempts = 10;

    public static void MapConceptVersions(this IEndpointRouteBuilder routes)
    {
        var documents = routes.MapGroup("/api/documents/{id:guid}").WithTags("Concept versions").RequireAuthorization().WithStandardProblems();
        documents.MapPost("/versions", PublishVersion).WithName(nameof(PublishVersion)).WithValidation<VersionInput>()
            .WithSummary("Freezes the document's sections, the process's measures and the recommendations in its sections as the next version.");
        documents.MapGet("/versions", ListVersions).WithName(nameof(ListVersions));
        documents.MapGet("/versions/{number:int}", GetVersion).WithName(nameof(GetVersion));
        documents.MapGet("/changes", ConceptChangesSince).WithName(nameof(ConceptChangesSince))
            .WithSummary("What changed since a version (default: the latest) until another version or now.");
    }

    public static async Task<Results<Created<VersionResponse>, ValidationProblem, ProblemHttpResult>> PublishVersion(
        Guid id, VersionInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptSnapshots snapshots,
        TimeProvider clock, IOptions<MeasuresOptions> options, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var document = await db.ConceptDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (await access.DenyAsync(user, document?.ProcessId, ProcessRole.Organiser, ct, "Document") is { } denied)
        {
            return denied;
        }
        var earlier = await db.ConceptVersions.Where(v => v.DocumentId == id)
            .GroupBy(v => v.DocumentId).Select(g => new { Count = g.Count(), Number = g.Max(v => v.Number), On = g.Max(v => v.PublishedOn) })
            .FirstOrDefaultAsync(ct);
        if (earlier?.Count >= options.Value.MaxVersionsPerDocument)
        {
            return Validation.Problem("version", text["ConceptVersion.TooMany", options.Value.MaxVersionsPerDocument], text);
        }
        var zone = await db.Processes.Where(p => p.Id == document!.ProcessId).Select(p => p.TimeZone).SingleAsync(ct);
        var publishedOn = input.PublishedOn ?? TimeZones.Today(clock, zone);
        if (earlier is not null && publishedOn < earlier.On)
        {
            return Validation.Problem("publishedOn", text["ConceptVersion.BeforeLastVersion", earlier.On.ToString("d", CultureInfo.CurrentCulture)], text);
        }
        var snapshot = await snapshots.CurrentAsync(id, document!.ProcessId, ct);
        var version = new ConceptVersion
        {
            DocumentId = id, Version = input.Version.NullIfBlank() ?? document.Version,
            PublishedOn = publishedOn, Snapshot = ConceptSnapshots.Serialise(snapshot), CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        // Two organisers publishing at once would take the same number; the unique (document, number) index refuses the second, which takes the next.
        await db.RetryAsync(SimultaneousAttempts, async () =>
        {
            version.Number = (await db.ConceptVersions.Where(v => v.DocumentId == id).MaxAsync(v => (int?)v.Number, ct) ?? 0) + 1;
            db.ConceptVersions.Add(version);
            await db.SaveChangesAsync(ct);
        }, () => db.Entry(version).State = EntityState.Detached);
        return TypedResults.Created($"/api/documents/{id}/versions/{version.Number}", ToResponse(version));
    }

    public static async Task<Results<Ok<List<VersionSummary>>, ProblemHttpResult>> ListVersions(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        if (await access.DenyDocumentAsync(user, db, id, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        var versions = await db.ConceptVersions.AsNoTracking().Where(v => v.DocumentId == id).OrderBy(v => v.Number)
            .Select(v => new { v.Id, v.DocumentId, v.Number, v.Version, v.PublishedOn, v.CreatedAt }).ToListAsync(ct);
        return TypedResults.Ok(versions.Select(v => new VersionSummary(v.Id, v.DocumentId, v.Number, v.Version, v.PublishedOn, Utc(v.CreatedAt))).ToList());
    }

    public static async Task<Results<Ok<VersionResponse>, ProblemHttpResult>> GetVersion(
        Guid id, int number, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyDocumentAsync(user, db, id, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        var version = await db.ConceptVersions.AsNoTracking().FirstOrDefaultAsync(v => v.DocumentId == id && v.Number == number, ct);
        return version is null ? Problems.NotFound(text, "ConceptVersion") : TypedResults.Ok(ToResponse(version));
    }

    public static async Task<Results<Ok<ConceptChanges>, ValidationProblem, ProblemHttpResult>> ConceptChangesSince(
        Guid id, int? since, int? until, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptSnapshots snapshots,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var processId = await db.ConceptDocuments.Where(d => d.Id == id).Select(d => (Guid?)d.ProcessId).FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(user, processId, ProcessRole.Facilitator, ct, "Document") is { } denied)
        {
            return denied;
        }
        var from = since ?? await db.ConceptVersions.Where(v => v.DocumentId == id).MaxAsync(v => (int?)v.Number, ct);
        if (from is null)
        {
            return Validation.Problem("since", text["ConceptVersion.NoneYet"], text);
        }
        if (until <= from)
        {
            return Validation.Problem("until", text["ConceptVersion.UntilNotAfterSince"], text);
        }
        var wanted = until is null ? [from.Value] : new[] { from.Value, until.Value };
        var frozen = await db.ConceptVersions.AsNoTracking().Where(v => v.DocumentId == id && wanted.Contains(v.Number))
            .ToDictionaryAsync(v => v.Number, v => v.Snapshot, ct);
        if (frozen.Count < wanted.Length)
        {
            return Problems.NotFound(text, "ConceptVersion");
        }
        var before = ConceptSnapshots.Read(frozen[from.Value]);
        var after = until is { } later ? ConceptSnapshots.Read(frozen[later]) : await snapshots.CurrentAsync(id, processId!.Value, ct);
        return TypedResults.Ok(ConceptChanges.Between(from.Value, until, before, after));
    }

    private static VersionResponse ToResponse(ConceptVersion v) =>
        new(v.Id, v.DocumentId, v.Number, v.Version, v.PublishedOn, Utc(v.CreatedAt), ConceptSnapshots.Read(v.Snapshot));

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}

public sealed class VersionInputValidator : AbstractValidator<VersionInput>
{
    public VersionInputValidator(IOptions<MeasuresOptions> options, IStringLocalizer<Messages> text)
    {
        RuleFor(v => v.Version).MaximumLength(64);
        RuleFor(v => v.PublishedOn!.Value.Year).InclusiveBetween(options.Value.EarliestYear, 2100).OverridePropertyName("publishedOn")
            .WithName(_ => text["ConceptVersion.Field.PublishedOn"]).When(v => v.PublishedOn is not null);
    }
}
