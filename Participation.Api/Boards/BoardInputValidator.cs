using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Extensions;

namespace Participation.Api.Boards;

public sealed class BoardInputValidator : AbstractValidator<BoardInput>
{
    public BoardInputValidator(IOptions<BoardOptions> boards, IOptions<LimitsOptions> limits, IStringLocalizer<Messages> text)
    {
        RuleFor(b => b.Title).NotEmpty().MaximumLength(limits.Value.TitleMaxLength);
        RuleFor(b => b.Columns).NotEmpty().WithMessage(_ => text["Board.NoColumns"])
            .Must(c => c.Count <= boards.Value.MaxColumns).WithMessage(_ => text["Board.TooManyColumns", boards.Value.MaxColumns])
            .Must(c => c.Select(x => x.Title?.Trim().ToUpperInvariant()).Distinct().Count() == c.Count).WithMessage(_ => text["Board.DuplicateColumn"]);
        RuleForEach(b => b.Columns).ChildRules(column =>
            column.RuleFor(c => c.Title).NotEmpty().MaximumLength(limits.Value.ShortTextMaxLength));
        RuleFor(b => b.VoteBudget).InclusiveBetween(0, boards.Value.MaxVoteBudget);
        RuleFor(b => b.MaxVotesPerIdea).GreaterThanOrEqualTo(1)
            .LessThanOrEqualTo(b => Math.Max(1, b.VoteBudget)).WithMessage(_ => text["Board.PerIdeaOverBudget"]);
    }
}
