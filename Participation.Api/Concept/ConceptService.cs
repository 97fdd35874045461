using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;

namespace Participation.Api.Concept;

/// <summary>Concept documents, their sections and short codes, and what readers contribute.</summary>
public sealed partial class ConceptService(
    ParticipationDb db, ConceptLinks links, TimeProvider clock, IOptions<ConceptOptions> options, IStringLocalizer<Messages> text,
    DataProtection.PrivacyNotices privacy)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome<ConceptDocument>> CreateDocumentAsync(Guid processId, DocumentInput input, CancellationToken ct)
    {
        var document = new ConceptDocument { ProcessId = processId, Title = "", Version = "", CreatedAt = Now };
        document.Apply(input, Now);
        db.ConceptDocuments.Add(document);
        await db.SaveChangesAsync(ct);
        return document;
    }

    /// <summary>Changes title, edition and review setting; the sections and their codes stay as they are.</summary>
    public async Task<Outcome<ConceptDocument>> UpdateDocumentAsync(Guid id, DocumentInput input, CancellationToken ct)
    {
        var document = await db.ConceptDocuments.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (document is null)
        {
            return NotFound("Document");
        }
        document.Apply(input, Now);
        await db.SaveChangesAsync(ct);
        return document;
    }

    public async Task<Outcome<ConceptSection>> AddSectionAsync(Guid documentId, SectionInput input, CancellationToken ct)
    {
        var document = await db.ConceptDocuments.FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null)
        {
            return NotFound("Document");
        }
        if (await db.ConceptSections.CountAsync(s => s.DocumentId == documentId, ct) >= options.Value.MaxSectionsPerDocument)
        {
            return new Refusal(RefusalKind.Conflict, text["TooManySections", options.Value.MaxSectionsPerDocument]);
        }
        if (await CheckLinksAsync(document.ProcessId, input, ct) is { } invalid)
        {
            return invalid;
        }
        var position = input.Position ?? await db.ConceptSections.Where(s => s.DocumentId == documentId).Select(s => (int?)s.Position).MaxAsync(ct) + 1 ?? 0;
        var section = new ConceptSection { DocumentId = documentId, Code = await NewCodeAsync(ct), Number = "", Title = "", CreatedAt = Now };
        section.Apply(input with { Position = position }, Now);
        db.ConceptSections.Add(section);
        await db.SaveChangesAsync(ct);
        return section;
    }

    public async Task<Outcome<ConceptSection>> UpdateSectionAsync(Guid id, SectionInput input, CancellationToken ct)
    {
        var section = await db.ConceptSections.Include(s => s.Areas).Include(s => s.Events).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (section is null)
        {
            return NotFound("Section");
        }
        var processId = await db.ConceptDocuments.Where(d => d.Id == section.DocumentId).Select(d => d.ProcessId).FirstAsync(ct);
        if (await CheckLinksAsync(processId, input, ct) is { } invalid)
        {
            return invalid;
        }
        section.Apply(input with { Position = input.Position ?? section.Position }, Now);
        await db.SaveChangesAsync(ct);
        return section;
    }

    /// <summary>Takes a section out of the current edition (or back in); its code keeps opening a page that says so.</summary>
    public async Task<Outcome<ConceptSection>> WithdrawSectionAsync(Guid id, bool withdrawn, CancellationToken ct)
    {
        var section = await db.ConceptSections.Include(s => s.Areas).Include(s => s.Events).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (section is null)
        {
            return NotFound("Section");
        }
        section.WithdrawnAt = withdrawn ? section.WithdrawnAt ?? Now : null;
        section.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        return section;
    }

    public async Task<List<SectionResponse>> SectionResponsesAsync(IQueryable<ConceptSection> sections, CancellationToken ct)
    {
        var found = await sections.AsNoTracking().Include(s => s.Areas).Include(s => s.Events).OrderBy(s => s.Position).ThenBy(s => s.Number).ToListAsync(ct);
        var ids = found.Select(s => s.Id).ToList();
        var counts = await db.Contributions.AsNoTracking().Where(c => ids.Contains(c.SectionId))
            .GroupBy(c => new { c.SectionId, c.State }).Select(g => new { g.Key.SectionId, g.Key.State, Count = g.Count() }).ToListAsync(ct);
        return found.Select(s => new SectionResponse(
            s.Id, s.DocumentId, s.Code, links.SectionUrl(s.Code), s.Number, s.Title, s.PrintPage, s.Summary, s.Position, s.WithdrawnAt is not null,
            s.Areas.Select(a => a.AreaId).ToList(), s.Events.Select(e => e.EventId).ToList(), s.Scans,
            counts.Where(c => c.SectionId == s.Id).Sum(c => c.Count),
            counts.Where(c => c.SectionId == s.Id && c.State == ContributionState.Pending).Sum(c => c.Count))).ToList();
    }

    public async Task<DocumentResponse?> DocumentResponseAsync(Guid id, CancellationToken ct)
    {
        var document = await db.ConceptDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        return document is null ? null : new DocumentResponse(document.Id, document.ProcessId, document.Title, document.Version, document.PublishedOn,
            document.ReviewsContributions, await SectionResponsesAsync(db.ConceptSections.Where(s => s.DocumentId == id), ct));
    }

    /// <summary>Areas and events linked to a section must belong to the document's process.</summary>
    private async Task<Refusal?> CheckLinksAsync(Guid processId, SectionInput input, CancellationToken ct)
    {
        var areaIds = (input.AreaIds ?? []).Distinct().ToList();
        if (areaIds.Count > 0 && await db.Areas.CountAsync(a => a.ProcessId == processId && areaIds.Contains(a.Id), ct) != areaIds.Count)
        {
            return new Refusal(RefusalKind.Invalid, text["AreaNotInProcess"], "areaIds");
        }
        var eventIds = (input.EventIds ?? []).Distinct().ToList();
        if (eventIds.Count > 0 && await db.Events.CountAsync(e => e.ProcessId == processId && eventIds.Contains(e.Id), ct) != eventIds.Count)
        {
            return new Refusal(RefusalKind.Invalid, text["EventNotInProcess"], "eventIds");
        }
        return null;
    }

    /// <summary>A code no section has; with 31 characters and six places a clash is rare, and then another is drawn.</summary>
    private async Task<string> NewCodeAsync(CancellationToken ct)
    {
        while (true)
        {
            var code = ShortCodes.New(options.Value.CodeLength);
            if (!await db.ConceptSections.AnyAsync(s => s.Code == code, ct))
            {
                return code;
            }
        }
    }

    private Refusal NotFound(string what) => new(RefusalKind.NotFound, text[$"NotFound.{what}"]);
}
