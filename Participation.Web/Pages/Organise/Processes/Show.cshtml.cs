using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Processes;

namespace Participation.Web.Pages.Organise.Processes;

/// <summary>One process: its areas, events, series and the people who run it.</summary>
public sealed class ShowModel(
    ParticipationDb db, ProcessAccess access, UserManager<Account> users, TimeProvider clock,
    IValidator<MemberInput> memberValidator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public ProcessResponse Process { get; private set; } = null!;
    public IReadOnlyList<AreaResponse> Areas { get; private set; } = [];
    public IReadOnlyList<EventResponse> Events { get; private set; } = [];
    public IReadOnlyList<SeriesResponse> Series { get; private set; } = [];
    public IReadOnlyList<MembershipResponse> Members { get; private set; } = [];
    public bool IsOrganiser { get; private set; }
    public string? MemberEmail { get; private set; }

    public string SeriesTitle(Guid id) => Series.FirstOrDefault(s => s.Id == id)?.Title ?? "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAddMemberAsync(Guid id, string? email, ProcessRole role, CancellationToken ct)
    {
        var input = new MemberInput(email ?? "", role);
        MemberEmail = email;
        var invalid = await memberValidator.ValidateToProblemAsync(input, messages, ct);
        if (invalid is null)
        {
            var result = await MembersApi.SetMember(id, input, User, db, access, users, clock, messages, ct);
            switch (result.Result)
            {
                case ProblemHttpResult problem when problem.StatusCode == StatusCodes.Status409Conflict:
                    ModelState.AddModelError("role", problem.ProblemDetails.Title ?? "");
                    break;
                case ProblemHttpResult problem:
                    return this.Problem(problem);
                case ValidationProblem validation:
                    invalid = validation;
                    break;
                default:
                    return this.RedirectWithNotice($"/organise/processes/{id}#members-heading", text["Member.Added"]);
            }
        }
        if (invalid is not null)
        {
            ModelState.AddErrors(invalid);
        }
        return await LoadAsync(id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(Guid id, Guid accountId, CancellationToken ct)
    {
        var result = await MembersApi.RemoveMember(id, accountId, User, db, access, messages, ct);
        if (result.Result is ProblemHttpResult problem)
        {
            if (problem.StatusCode != StatusCodes.Status409Conflict)
            {
                return this.Problem(problem);
            }
            ModelState.AddModelError("", problem.ProblemDetails.Title ?? "");
            return await LoadAsync(id, ct) ?? Page();
        }
        return this.RedirectWithNotice($"/organise/processes/{id}#members-heading", text["Member.Removed"]);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var process = await ProcessesApi.GetProcess(id, User, db, access, ct);
        if (process.Result is ProblemHttpResult problem)
        {
            return this.Problem(problem);
        }
        Process = ((Ok<ProcessResponse>)process.Result).Value!;
        IsOrganiser = await access.CheckAsync(User, id, ProcessRole.Organiser, ct) == Access.Granted;
        Areas = ((Ok<List<AreaResponse>>)(await AreasApi.ListAreas(id, User, db, access, ct)).Result).Value!;
        Events = ((Ok<List<EventResponse>>)(await EventsApi.ListEvents(id, User, db, access, messages, ct)).Result).Value!;
        Series = ((Ok<List<SeriesResponse>>)(await SeriesApi.ListSeries(id, User, db, access, ct)).Result).Value!;
        Members = ((Ok<List<MembershipResponse>>)(await MembersApi.ListMembers(id, User, db, access, ct)).Result).Value!;
        return null;
    }
}
