namespace Participation.Api.Concept;

/// <summary>A printed concept of a process (an integration concept, a report), whose pages carry QR codes.</summary>
public sealed class ConceptDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProcessId { get; set; }
    public required string Title { get; set; }
    /// <summary>The edition in print, such as "2.0" or "Fortschreibung 2027". A new edition keeps every code.</summary>
    public required string Version { get; set; }
    public DateOnly? PublishedOn { get; set; }
    /// <summary>Contributions wait for a moderator before anyone sees them; otherwise they appear at once and may be hidden later.</summary>
    public bool ReviewsContributions { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<ConceptSection> Sections { get; set; } = [];
}

/// <summary>A chapter or page of the concept with its own short link and QR code.</summary>
public sealed class ConceptSection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DocumentId { get; set; }
    /// <summary>Short, case-insensitive, without look-alike characters; never changes once made, so print stays valid.</summary>
    public required string Code { get; set; }
    /// <summary>As in the print: "3.2".</summary>
    public required string Number { get; set; }
    public required string Title { get; set; }
    public int? PrintPage { get; set; }
    public string? Summary { get; set; }
    public int Position { get; set; }
    /// <summary>Taken out of the current edition; its code still opens a page that says so.</summary>
    public DateTime? WithdrawnAt { get; set; }
    /// <summary>How often the code was opened: a number, nothing about who.</summary>
    public long Scans { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<SectionArea> Areas { get; set; } = [];
    public List<SectionEvent> Events { get; set; } = [];
}

public sealed class SectionArea
{
    public Guid SectionId { get; set; }
    public Guid AreaId { get; set; }
}

public sealed class SectionEvent
{
    public Guid SectionId { get; set; }
    public Guid EventId { get; set; }
}
