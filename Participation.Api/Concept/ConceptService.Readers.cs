using Microsoft.EntityFrameworkCore;
using Participation.Api.Extensions;

namespace Participation.Api.Concept;

public sealed partial class ConceptService
{
    /// <summary>The section a printed code names (any case, with or without the look-alike characters people type), or null.</summary>
    public Task<ConceptSection?> FindByCodeAsync(string code, CancellationToken ct)
    {
        var normalized = ShortCodes.Normalize(code);
        return db.ConceptSections.AsNoTracking().FirstOrDefaultAsync(s => s.Code == normalized, ct);
    }

    /// <summary>Counts one scan: a number on the section, nothing about the reader.</summary>
    public Task RecordScanAsync(Guid sectionId, CancellationToken ct) =>
        db.ConceptSections.Where(s => s.Id == sectionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Scans, x => x.Scans + 1), ct);

    public async Task<PublicSectionResponse?> PublicSectionAsync(string code, CancellationToken ct)
    {
        var section = await FindByCodeAsync(code, ct);
        if (section is null)
        {
            return null;
        }
        var document = await db.ConceptDocuments.AsNoTracking().FirstAsync(d => d.Id == section.DocumentId, ct);
        var areaIds = await db.Set<SectionArea>().AsNoTracking().Where(a => a.SectionId == section.Id).Select(a => a.AreaId).ToListAsync(ct);
        var eventIds = await db.Set<SectionEvent>().AsNoTracking().Where(e => e.SectionId == section.Id).Select(e => e.EventId).ToListAsync(ct);
        var areas = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).OrderBy(a => a.Position).Select(a => a.Name).ToListAsync(ct);
        var contributions = await db.Contributions.AsNoTracking()
            .Where(c => c.SectionId == section.Id && c.State == ContributionState.Published)
            .OrderByDescending(c => c.Supports).ThenBy(c => c.CreatedAt).Take(options.Value.ContributionsShown).ToListAsync(ct);
        var others = await db.ConceptSections.AsNoTracking()
            .Where(s => s.DocumentId == document.Id && s.WithdrawnAt == null && s.Id != section.Id).OrderBy(s => s.Position)
            .Select(s => new PublicSectionLink(s.Code, s.Number, s.Title)).ToListAsync(ct);
        return new PublicSectionResponse(section.Code, links.SectionUrl(section.Code), document.Title, document.Version, document.Id,
            section.Number, section.Title, section.PrintPage, section.Summary, section.WithdrawnAt is not null, document.ReviewsContributions,
            areas, await IdeasAsync(areaIds, eventIds, ct), contributions.Select(c => c.ToResponse()).ToList(), others);
    }

    /// <summary>The document's page for readers, the place a withdrawn section's code points to.</summary>
    public async Task<PublicDocumentResponse?> PublicDocumentAsync(Guid id, CancellationToken ct)
    {
        var document = await db.ConceptDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (document is null)
        {
            return null;
        }
        var sections = await db.ConceptSections.AsNoTracking().Where(s => s.DocumentId == id && s.WithdrawnAt == null).OrderBy(s => s.Position)
            .Select(s => new PublicSectionLink(s.Code, s.Number, s.Title)).ToListAsync(ct);
        return new PublicDocumentResponse(document.Id, document.Title, document.Version, document.PublishedOn, sections);
    }

    /// <summary>
    /// The workshop ideas that fed a section: visible ideas on boards of its linked events, and ideas filed under its
    /// linked areas on any board of the process, most dots first. Hidden, withdrawn, merged and unrevealed ones stay out.
    /// </summary>
    private async Task<List<WorkshopIdea>> IdeasAsync(List<Guid> areaIds, List<Guid> eventIds, CancellationToken ct)
    {
        if ((areaIds.Count == 0 && eventIds.Count == 0) || options.Value.IdeasShown == 0)
        {
            return [];
        }
        var boardAreas = db.BoardAreas.Where(b => areaIds.Contains(b.AreaId)).Select(b => b.BoardId);
        var found = await (
            from idea in db.Ideas.AsNoTracking()
            join board in db.Boards on idea.BoardId equals board.Id
            join session in db.Sessions on board.SessionId equals session.Id
            join @event in db.Events on session.EventId equals @event.Id
            where !idea.Hidden && !idea.Withdrawn && idea.Revealed && idea.MergedIntoId == null
                && (eventIds.Contains(@event.Id) || (idea.AreaId != null && areaIds.Contains(idea.AreaId.Value))
                    || (idea.AreaId == null && boardAreas.Contains(board.Id)))
            orderby idea.Votes descending, idea.CreatedAt
            select new { idea.Text, idea.Votes, Board = board.Title, Event = @event.Title, idea.AreaId, BoardId = board.Id })
            .Take(options.Value.IdeasShown).ToListAsync(ct);
        var areaNames = await db.Areas.AsNoTracking().Where(a => found.Select(f => f.AreaId).Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return found.Select(f => new WorkshopIdea(f.Text, f.Votes, f.Board, f.Event,
            f.AreaId is { } id && areaNames.TryGetValue(id, out var name) ? name : null, f.BoardId)).ToList();
    }

    /// <summary>A reader's contribution: waits for review or appears at once, as the document says; a device may write a few an hour.</summary>
    public async Task<Outcome<Contribution>> ContributeAsync(string code, ContributionInput input, string deviceHash, CancellationToken ct)
    {
        var section = await FindByCodeAsync(code, ct);
        if (section is null)
        {
            return new Refusal(RefusalKind.NotFound, text["NotFound.Section"]);
        }
        if (section.WithdrawnAt is not null)
        {
            return new Refusal(RefusalKind.Conflict, text["SectionWithdrawn"]);
        }
        // One device's posts are counted and written one after the other, so a burst of them cannot slip past the limit:
        // SQLite's write lock does that; PostgreSQL gets a lock on the device for the transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtext({deviceHash}))", ct);
        }
        var hourAgo = Now.AddHours(-1);
        if (await db.Contributions.CountAsync(c => c.DeviceHash == deviceHash && c.CreatedAt > hourAgo, ct) >= options.Value.MaxContributionsPerDeviceHour)
        {
            return new Refusal(RefusalKind.TooMany, text["TooManyContributions", options.Value.MaxContributionsPerDeviceHour]);
        }
        var document = await db.ConceptDocuments.Where(d => d.Id == section.DocumentId).Select(d => new { d.ReviewsContributions, d.ProcessId }).FirstAsync(ct);
        var (consentVersion, stale) = await privacy.AcceptAsync(document.ProcessId, input.ConsentVersion, ct);
        if (stale is not null)
        {
            return new Refusal(RefusalKind.Invalid, stale, "consentVersion");
        }
        var reviews = document.ReviewsContributions;
        var contribution = new Contribution
        {
            SectionId = section.Id, Text = input.Text.Trim(), Kind = input.Kind, AuthorName = input.AuthorName.NullIfBlank(),
            State = reviews ? ContributionState.Pending : ContributionState.Published, DeviceHash = deviceHash,
            ConsentedAt = Now, ConsentVersion = consentVersion, CreatedAt = Now, UpdatedAt = Now,
        };
        db.Contributions.Add(contribution);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return contribution;
    }

    /// <summary>One support per device and contribution; a second click changes nothing.</summary>
    public async Task<Outcome<Contribution>> SupportAsync(Guid contributionId, string deviceHash, CancellationToken ct)
    {
        var contribution = await db.Contributions.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contributionId && c.State == ContributionState.Published, ct);
        if (contribution is null)
        {
            return new Refusal(RefusalKind.NotFound, text["NotFound.Contribution"]);
        }
        if (!await db.ContributionSupports.AnyAsync(s => s.ContributionId == contributionId && s.DeviceHash == deviceHash, ct))
        {
            db.ContributionSupports.Add(new ContributionSupport { ContributionId = contributionId, DeviceHash = deviceHash, CreatedAt = Now });
            try
            {
                await db.SaveChangesAsync(ct);
                await db.Contributions.Where(c => c.Id == contributionId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Supports, x => x.Supports + 1), ct);
            }
            catch (DbUpdateException)
            {
                // The same device clicked twice at once; the first click counted.
                db.ChangeTracker.Clear();
            }
        }
        return await db.Contributions.AsNoTracking().FirstAsync(c => c.Id == contributionId, ct);
    }

    /// <summary>A moderator's change; <paramref name="change"/> gets the contribution and the time of the change.</summary>
    public async Task<Outcome<Contribution>> ModerateAsync(Guid contributionId, Action<Contribution, DateTime> change, CancellationToken ct)
    {
        var contribution = await db.Contributions.FirstOrDefaultAsync(c => c.Id == contributionId, ct);
        if (contribution is null)
        {
            return new Refusal(RefusalKind.NotFound, text["NotFound.Contribution"]);
        }
        change(contribution, Now);
        contribution.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        return contribution;
    }
}
