using FluentValidation;
using FluentValidation.Results;
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

/// <summary>The form of a move; what the state needs is <see cref="StateNeeds"/>, checked once it is known to be a step forward.</summary>
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
    }
}

/// <summary>What a step forward to each state must bring; a step back brings only its comment.</summary>
public static class StateNeeds
{
    public static List<ValidationFailure> Missing(StateInput input, IStringLocalizer<Messages> text)
    {
        var missing = new List<ValidationFailure>();
        if (input.State is RecommendationState.Agreed or RecommendationState.Submitted or RecommendationState.Decided && input.On is null)
        {
            missing.Add(new("on", text["Recommendation.DateRequired"]));
        }
        if (input.State is RecommendationState.Submitted or RecommendationState.Decided && string.IsNullOrWhiteSpace(input.Committee))
        {
            missing.Add(new("committee", text["Recommendation.CommitteeRequired"]));
        }
        if (input.State == RecommendationState.Decided && input.Result is null)
        {
            missing.Add(new("result", text["Recommendation.ResultRequired"]));
        }
        if (input.State == RecommendationState.InConcept && input.SectionId is null)
        {
            missing.Add(new("sectionId", text["Recommendation.SectionRequired"]));
        }
        return missing;
    }
}
