using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Identity;
using Participation.Api.Registrations;
using Participation.Api.Registrations.Printing;

namespace Participation.Web.Pages.Organise.Registrations;

/// <summary>Writes to everyone coming, and sends the attendance certificates after the event.</summary>
public sealed class MessageModel(
    ParticipationDb db, ProcessAccess access, RegistrationService registrations, RegistrationPrints prints,
    IValidator<AttendeeMessageInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public Event Event { get; private set; } = null!;
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public bool IncludeWaitingList { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        var input = new AttendeeMessageInput(Subject ?? "", Body ?? "", IncludeWaitingList);
        return await this.SubmitAsync(validator, input, messages,
            async () => (await MailingsApi.MessageAttendees(id, input, User, db, access, registrations, messages, ct)).Result,
            result => this.RedirectWithNotice($"/organise/events/{id}", text["Message.Sent", ((Ok<MailingReport>)result).Value!.Queued]),
            ct);
    }

    public async Task<IActionResult> OnPostCertificatesAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        return (await MailingsApi.SendCertificates(id, User, db, access, registrations, prints, messages, ct)).Result switch
        {
            Ok<MailingReport> ok => this.RedirectWithNotice($"/organise/events/{id}/message", text["Certificates.Sent", ok.Value!.Queued]),
            ProblemHttpResult problem => this.Problem(problem),
            ValidationProblem invalid => Invalid(invalid),
            _ => this.Problem(TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError)),
        };
    }

    private PageResult Invalid(ValidationProblem problem)
    {
        ModelState.AddErrors(problem);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (@event, denied) = await access.EventForAsync(User, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return this.Problem(denied);
        }
        Event = @event!;
        return null;
    }
}
