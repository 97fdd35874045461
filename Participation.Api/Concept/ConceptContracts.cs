using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Extensions;

namespace Participation.Api.Concept;

public sealed record DocumentInput(string Title, string Version, DateOnly? PublishedOn = null, bool ReviewsContributions = true);

public sealed record DocumentResponse(
    Guid Id, Guid ProcessId, string Title, string Version, DateOnly? PublishedOn, bool ReviewsContributions, IReadOnlyList<SectionResponse> Sections);

public sealed record SectionInput(
    string Number, string Title, int? PrintPage = null, string? Summary = null, int? Position = null,
    IReadOnlyList<Guid>? AreaIds = null, IReadOnlyList<Guid>? EventIds = null);

/// <summary>A section with its short code, the full address its QR code carries, and its counts.</summary>
public sealed record SectionResponse(
    Guid Id, Guid DocumentId, string Code, string Url, string Number, string Title, int? PrintPage, string? Summary, int Position,
    bool IsWithdrawn, IReadOnlyList<Guid> AreaIds, IReadOnlyList<Guid> EventIds, long Scans, int Contributions, int ContributionsWaiting);

public sealed record ContributionInput(
    string Text, bool PrivacyConsent, ContributionKind Kind = ContributionKind.Comment, string? AuthorName = null, int? ConsentVersion = null);

public sealed record ContributionResponse(
    Guid Id, Guid SectionId, string Text, ContributionKind Kind, string? AuthorName, ContributionState State, string? HiddenReason,
    string? Answer, DateTimeOffset? AnsweredAt, int Supports, DateTimeOffset CreatedAt);

public sealed record HideInput(string Reason);

public sealed record AnswerInput(string Answer);

/// <summary>What a reader sees after scanning: the section, what the workshops said about it, and the published contributions.</summary>
public sealed record PublicSectionResponse(
    string Code, string Url, string DocumentTitle, string Version, Guid DocumentId, string Number, string Title, int? PrintPage, string? Summary,
    bool IsWithdrawn, bool ReviewsContributions, IReadOnlyList<string> Areas, IReadOnlyList<WorkshopIdea> Ideas,
    IReadOnlyList<ContributionResponse> Contributions, IReadOnlyList<PublicSectionLink> OtherSections);

/// <summary>An idea from a board of a linked event or area, with where it came from.</summary>
public sealed record WorkshopIdea(string Text, int Votes, string Board, string Event, string? Area, Guid BoardId);

public sealed record PublicSectionLink(string Code, string Number, string Title);

public sealed class DocumentInputValidator : AbstractValidator<DocumentInput>
{
    public DocumentInputValidator(IOptions<LimitsOptions> limits)
    {
        RuleFor(d => d.Title).NotEmpty().MaximumLength(limits.Value.TitleMaxLength);
        RuleFor(d => d.Version).NotEmpty().MaximumLength(64);
    }
}

public sealed class SectionInputValidator : AbstractValidator<SectionInput>
{
    public SectionInputValidator(IOptions<LimitsOptions> limits, IOptions<ConceptOptions> concept)
    {
        RuleFor(s => s.Number).NotEmpty().MaximumLength(32);
        RuleFor(s => s.Title).NotEmpty().MaximumLength(limits.Value.TitleMaxLength);
        RuleFor(s => s.PrintPage).InclusiveBetween(1, 10_000);
        RuleFor(s => s.Summary).MaximumLength(concept.Value.SummaryMaxLength);
        RuleFor(s => s.Position).InclusiveBetween(0, 10_000);
        RuleFor(s => s.AreaIds).Must(ids => ids!.Count <= limits.Value.MaxAreasPerProcess).When(s => s.AreaIds is not null);
        RuleFor(s => s.EventIds).Must(ids => ids!.Count <= 200).When(s => s.EventIds is not null);
    }
}

public sealed class ContributionInputValidator : AbstractValidator<ContributionInput>
{
    public ContributionInputValidator(IOptions<ConceptOptions> concept, IStringLocalizer<Messages> text)
    {
        RuleFor(c => c.Text).NotEmpty().MaximumLength(concept.Value.ContributionMaxLength);
        RuleFor(c => c.PrivacyConsent).Equal(true).WithMessage(_ => text["Contribution.ConsentRequired"]);
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.AuthorName).MaximumLength(concept.Value.AuthorNameMaxLength);
    }
}

public sealed class HideInputValidator : AbstractValidator<HideInput>
{
    public HideInputValidator(IOptions<LimitsOptions> limits) => RuleFor(h => h.Reason).NotEmpty().MaximumLength(limits.Value.ShortTextMaxLength);
}

public sealed class AnswerInputValidator : AbstractValidator<AnswerInput>
{
    public AnswerInputValidator(IOptions<ConceptOptions> concept) => RuleFor(a => a.Answer).NotEmpty().MaximumLength(concept.Value.AnswerMaxLength);
}

/// <summary>A document as readers see it: its edition and the sections in it now.</summary>
public sealed record PublicDocumentResponse(Guid Id, string Title, string Version, DateOnly? PublishedOn, IReadOnlyList<PublicSectionLink> Sections);
