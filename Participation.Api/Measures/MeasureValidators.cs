using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Participation.Api.Measures;

public sealed class MeasureInputValidator : AbstractValidator<MeasureInput>
{
    public MeasureInputValidator(IOptions<MeasuresOptions> options, TimeProvider clock, IStringLocalizer<Messages> text)
    {
        var limits = options.Value;
        var earliest = limits.EarliestYear;
        var latest = clock.GetUtcNow().Year + limits.YearsAhead;
        RuleFor(m => m.Title).NotEmpty().MaximumLength(limits.TitleMaxLength);
        RuleFor(m => m.ResponsibleOrganisation).NotEmpty().MaximumLength(limits.ResponsibleOrganisationMaxLength)
            .WithName(_ => text["Measure.Field.ResponsibleOrganisation"]);
        RuleFor(m => m.Description).MaximumLength(limits.DescriptionMaxLength);
        // A measure of a concept adopted years ago is entered with the day it was planned, so its later steps can be dated back.
        // One day of leeway: "today" here is UTC, the handler's is the process's.
        var lastPlannedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(limits.StatusDateMaxDaysAhead + 1);
        RuleFor(m => m.PlannedOn).Must(d => d!.Value.Year >= earliest).WithMessage(_ => text["Measure.YearOutOfRange", earliest, latest])
            .Must(d => d <= lastPlannedOn).WithMessage(_ => text["Measure.DateTooLate", lastPlannedOn.ToString("d", System.Globalization.CultureInfo.CurrentCulture)])
            .When(m => m.PlannedOn is not null);
        RuleFor(m => m.StartYear).InclusiveBetween(earliest, latest).WithName(_ => text["Measure.Field.StartYear"])
            .WithMessage(_ => text["Measure.YearOutOfRange", earliest, latest]);
        RuleFor(m => m.EndYear).InclusiveBetween(earliest, latest).WithName(_ => text["Measure.Field.EndYear"])
            .WithMessage(_ => text["Measure.YearOutOfRange", earliest, latest]).When(m => m.EndYear is not null);
        RuleFor(m => m.EndYear).GreaterThanOrEqualTo(m => m.StartYear).WithMessage(_ => text["Measure.EndBeforeStart"])
            .When(m => m.EndYear is not null && m.EndYear >= earliest && m.EndYear <= latest);
        RuleFor(m => m.RecommendationIds).Must(ids => ids!.Count <= limits.MaxLinksPerMeasure).When(m => m.RecommendationIds is not null)
            .WithMessage(_ => text["Measure.TooManyLinks", limits.MaxLinksPerMeasure]);
        RuleFor(m => m.SectionIds).Must(ids => ids!.Count <= limits.MaxLinksPerMeasure).When(m => m.SectionIds is not null)
            .WithMessage(_ => text["Measure.TooManyLinks", limits.MaxLinksPerMeasure]);
        RuleFor(m => m.Activities).Must(a => a!.Count <= limits.MaxActivitiesPerMeasure).When(m => m.Activities is not null)
            .WithMessage(_ => text["Measure.TooManyActivities", limits.MaxActivitiesPerMeasure]);
        RuleForEach(m => m.Activities).ChildRules(activity =>
            activity.RuleFor(a => a.Text).NotEmpty().MaximumLength(limits.ActivityTextMaxLength));
        RuleFor(m => m).Custom((measure, context) =>
        {
            var last = measure.EndYear ?? latest;
            for (var i = 0; i < (measure.Activities?.Count ?? 0); i++)
            {
                var year = measure.Activities![i].Year;
                if (year < measure.StartYear || year > last)
                {
                    context.AddFailure($"activities[{i}].year", text["Measure.ActivityOutsideTimeFrame", measure.StartYear, last]);
                }
            }
        });
    }
}

public sealed class StatusInputValidator : AbstractValidator<StatusInput>
{
    public StatusInputValidator(IOptions<MeasuresOptions> options, IStringLocalizer<Messages> text)
    {
        RuleFor(s => s.Status).IsInEnum();
        RuleFor(s => s.On).NotNull().WithName(_ => text["Measure.Field.On"]);
        RuleFor(s => s.Comment).MaximumLength(options.Value.StatusCommentMaxLength).WithName(_ => text["Measure.Field.Comment"]);
        RuleFor(s => s.Comment).NotEmpty().When(s => s.Status == MeasureStatus.Dropped)
            .WithMessage(_ => text["Measure.DroppingNeedsComment"]);
    }
}
