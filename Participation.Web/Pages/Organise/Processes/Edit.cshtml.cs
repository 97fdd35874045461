using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Processes;

namespace Participation.Web.Pages.Organise.Processes;

/// <summary>Creates (at /organise/processes/new) or changes a process.</summary>
public sealed class EditModel(
    ParticipationDb db, ProcessAccess access, TimeProvider clock, IOptions<ParticipationOptions> options,
    IValidator<ProcessInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public sealed class ProcessForm
    {
        public string? Title { get; set; }
        public string? Organisation { get; set; }
        public string? MailSenderName { get; set; }
        public string? MailReplyTo { get; set; }
        public string? Description { get; set; }
        public ProcessStatus Status { get; set; }
        public DateOnly? StartsOn { get; set; }
        public DateOnly? EndsOn { get; set; }
        public string? TimeZone { get; set; }
        public int? RetentionDays { get; set; }

        public ProcessInput ToInput() => new(Title ?? "", Description, Organisation, Status, StartsOn, EndsOn, TimeZone, MailSenderName, MailReplyTo, RetentionDays);
    }

    public Guid? Id { get; private set; }
    [BindProperty] public ProcessForm Form { get; set; } = new();
    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (IsNew)
        {
            Form = new ProcessForm { TimeZone = options.Value.DefaultTimeZone };
            return MayCreate ? Page() : StatusCode(StatusCodes.Status403Forbidden);
        }
        var result = await ProcessesApi.GetProcess(id!.Value, User, db, access, ct);
        if (result.Result is ProblemHttpResult problem)
        {
            return this.Problem(problem);
        }
        var p = ((Ok<ProcessResponse>)result.Result).Value!;
        Form = new ProcessForm
        {
            Title = p.Title, Organisation = p.Organisation, MailSenderName = p.MailSenderName, MailReplyTo = p.MailReplyTo, Description = p.Description, Status = p.Status,
            StartsOn = p.StartsOn, EndsOn = p.EndsOn, TimeZone = p.TimeZone, RetentionDays = p.RetentionDays,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (IsNew && !MayCreate)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var input = Form.ToInput();
        return await this.SubmitAsync(validator, input, messages,
            async () => IsNew
                ? await ProcessesApi.CreateProcess(input, User, db, clock, options, ct)
                : (await ProcessesApi.UpdateProcess(id!.Value, input, User, db, access, clock, ct)).Result,
            result => result is Created<ProcessResponse> created
                ? this.RedirectWithNotice($"/organise/processes/{created.Value!.Id}", text["Process.Created"])
                : this.RedirectWithNotice($"/organise/processes/{id}", text["Form.Saved"]),
            ct);
    }

    private bool MayCreate => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Organiser);
}
