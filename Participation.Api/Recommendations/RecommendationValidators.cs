using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Participation.Api.Recommendations;

public sealed class RecommendationInputValidator : AbstractValidator<RecommendationInput>
{
    public RecommendationInputValidator(IOptions<RecommendationsOptions> options, IStringLocalizer<Messages> text)
    {
        var limits = options.Value;
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Title).NotEmpty().MaximumLength(limits.TitleMaxLength);
        RuleFor(r => r.Text).NotEmpty().MaximumLength(limits.TextMaxLength);
        RuleFor(r => r.Rationale).MaximumLength(limits.RationaleMaxLength);
        RuleFor(r => r.IdeaIds).Must((r, _) => (r.IdeaIds?.Count ?? 0) + (r.ContributionIds?.Count ?? 0) > 0)
            .WithMessage(_ => text["Recommendation.NeedsSource"]);
        RuleFor(r => r.IdeaIds).Must((r, _) => (r.IdeaIds?.Count ?? 0) + (r.ContributionIds?.Count ?? 0) <= limits.MaxSourcesPerRecommendation)
            .WithMessage(_ => text["Recommendation.TooManySources", limits.MaxSourcesPerRecommendation]);
    }
}

public sealed class RecommendationUpdateValidator : AbstractValidator<RecommendationUpdate>
{
    public RecommendationUpdateValidator(IOptions<RecommendationsOptions> options)
    {
        var limits = options.Value;
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Title).NotEmpty().MaximumLength(limits.TitleMaxLength);
        RuleFor(r => r.Text).NotEmpty().MaximumLength(limits.TextMaxLength);
        RuleFor(r => r.Rationale).MaximumLength(limits.RationaleMaxLength);
    }
}

public sealed class SourcesInputValidator : AbstractValidator<SourcesInput>
{
    public SourcesInputValidator(IOptions<RecommendationsOptions> options, IStringLocalizer<Messages> text)
    {
        var limits = options.Value;
        RuleFor(r => r.IdeaIds).Must((r, _) => (r.IdeaIds?.Count ?? 0) + (r.ContributionIds?.Count ?? 0) > 0)
            .WithMessage(_ => text["Recommendation.NeedsSource"]);
        RuleFor(r => r.IdeaIds).Must((r, _) => (r.IdeaIds?.Count ?? 0) + (r.ContributionIds?.Count ?? 0) <= limits.MaxSourcesPerRecommendation)
            .WithMessage(_ => text["Recommendation.TooManySources", limits.MaxSourcesPerRecommendation]);
    }
}

/// <summary>What each state needs in the request itself; what needs the database (order, dates, the section) is checked by the state service.</summary>
public sealed class StateInputValidator : AbstractValidator<StateInput>
{
    public StateInputValidator(IOptions<RecommendationsOptions> options, IStringLocalizer<Messages> text)
    {
        var limits = options.Value;
        RuleFor(s => s.State).IsInEnum();
        RuleFor(s => s.Committee).MaximumLength(limits.CommitteeMaxLength);
        RuleFor(s => s.Comment).MaximumLength(limits.CommentMaxLength);
        RuleFor(s => s.Result).IsInEnum();
        RuleFor(s => s.DecisionReference).MaximumLength(limits.DecisionReferenceMaxLength)
            .Must(DecisionReferences.IsValid).WithMessage(_ => text["Recommendation.ReferencePattern"])
            .When(s => !string.IsNullOrWhiteSpace(s.DecisionReference));
        When(s => s.State is RecommendationState.Agreed or RecommendationState.Submitted or RecommendationState.Decided, () =>
            RuleFor(s => s.On).NotNull().WithMessage(_ => text["Recommendation.DateRequired"]));
        When(s => s.State is RecommendationState.Submitted or RecommendationState.Decided, () =>
            RuleFor(s => s.Committee).NotEmpty().WithMessage(_ => text["Recommendation.CommitteeRequired"]));
        When(s => s.State == RecommendationState.Decided, () =>
            RuleFor(s => s.Result).NotNull().WithMessage(_ => text["Recommendation.ResultRequired"]));
        When(s => s.State == RecommendationState.InConcept, () =>
            RuleFor(s => s.SectionId).NotNull().WithMessage(_ => text["Recommendation.SectionRequired"]));
    }
}
