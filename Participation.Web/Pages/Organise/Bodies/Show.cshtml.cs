using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Bodies;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using MemberInput = Participation.Api.Bodies.MemberInput;

namespace Participation.Web.Pages.Organise.Bodies;

/// <summary>
/// One body: its current and former members, its sub-groups and meetings; organisers add members,
/// record a leaving, make an event of the process a meeting, and dissolve the body.
/// </summary>
public sealed class ShowModel(
    ParticipationDb db, ProcessAccess access, TimeProvider clock, IOptions<BodiesOptions> options,
    IValidator<MemberInput> memberValidator, IValidator<LeaveInput> leaveValidator, IValidator<DissolveInput> dissolveValidator,
    IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public sealed record EventChoice(Guid Id, string Title, DateTimeOffset StartsAt);

    public BodyResponse Body { get; private set; } = null!;
    public string ProcessTitle { get; private set; } = "";
    public IReadOnlyList<MemberResponse> Current { get; private set; } = [];
    public IReadOnlyList<MemberResponse> Former { get; private set; } = [];
    public IReadOnlyList<EventChoice> Unlinked { get; private set; } = [];
    public bool IsOrganiser { get; private set; }
    [BindProperty] public MemberForm Member { get; set; } = new();
    public Guid? LeavingId { get; private set; }
    public DateOnly? LeftOn { get; private set; }
    public Guid? EventId { get; private set; }
    public DateOnly? DissolvedOn { get; private set; }

    public IEnumerable<MemberResponse> Principals => Current.Where(m => m.Role != MemberRole.Deputy);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAddMemberAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        var input = Member.ToInput();
        return await this.SubmitAsync(memberValidator, input, messages,
            async () => (await BodyMembersApi.AddBodyMember(id, input, User, db, access, clock, options, messages, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/bodies/{id}#members-heading", text["Bodies.MemberAdded", input.Name.Trim()]),
            ct);
    }

    public async Task<IActionResult> OnPostLeaveAsync(Guid id, Guid? memberId, DateOnly? leftOn, CancellationToken ct)
    {
        (LeavingId, LeftOn) = (memberId, leftOn);
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        if (memberId is null)
        {
            ModelState.AddModelError("memberId", text["Bodies.LeaveWhom"]);
        }
        if (await leaveValidator.ValidateToProblemAsync(new LeaveInput(leftOn), messages, ct) is { } badDay)
        {
            ModelState.AddErrors(badDay);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return Answer((await BodyMembersApi.LeaveBody(id, memberId!.Value, new LeaveInput(leftOn), User, db, access, clock, messages, ct)).Result,
            $"/organise/bodies/{id}#former-heading", text["Bodies.MemberLeft"]);
    }

    public async Task<IActionResult> OnPostLinkMeetingAsync(Guid id, Guid? eventId, CancellationToken ct)
    {
        EventId = eventId;
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        if (eventId is null)
        {
            ModelState.AddModelError("eventId", text["Bodies.ChooseEvent"]);
            return Page();
        }
        var linked = await BodyMeetingsApi.LinkBodyMeeting(id, new MeetingInput(eventId.Value), User, db, access, clock, messages, ct);
        return Answer(linked.Result, $"/organise/bodies/{id}/meetings/{eventId}", text["Bodies.MeetingLinked"]);
    }

    public async Task<IActionResult> OnPostDissolveAsync(Guid id, DateOnly? dissolvedOn, bool confirm, CancellationToken ct)
    {
        DissolvedOn = dissolvedOn;
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        // Dissolving ends every open seat and cannot be undone, so the form asks for it twice.
        if (!confirm)
        {
            ModelState.AddModelError("confirm", text["Bodies.DissolveNotConfirmed"]);
        }
        if (await dissolveValidator.ValidateToProblemAsync(new DissolveInput(dissolvedOn), messages, ct) is { } badDay)
        {
            ModelState.AddErrors(badDay);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return Answer((await BodiesApi.DissolveBody(id, new DissolveInput(dissolvedOn), User, db, access, clock, messages, ct)).Result,
            $"/organise/bodies/{id}", text["Bodies.Dissolved"]);
    }

    /// <summary>A validation problem goes next to its field, a refusal to the error page, success back with a notice.</summary>
    private IActionResult Answer(IResult result, string url, string notice)
    {
        switch (result)
        {
            case ValidationProblem invalid:
                ModelState.AddErrors(invalid);
                return Page();
            case ProblemHttpResult refused:
                return this.Problem(refused);
            default:
                return this.RedirectWithNotice(url, notice);
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await BodiesApi.GetBody(id, User, db, access, clock, ct);
        if (found.Result is ProblemHttpResult problem)
        {
            return this.Problem(problem);
        }
        Body = ((Ok<BodyResponse>)found.Result).Value!;
        ProcessTitle = await db.Processes.Where(p => p.Id == Body.ProcessId).Select(p => p.Title).FirstAsync(ct);
        IsOrganiser = await access.CheckAsync(User, Body.ProcessId, ProcessRole.Organiser, ct) == Access.Granted;
        var today = await TimeZones.TodayInProcessAsync(db, Body.ProcessId, clock, ct);
        // Those joining later belong with the current members too, not only those seated today.
        Current = await BodyMembersApi.ListAsync(db, id, db.BodyMembers.Where(m => m.BodyId == id).Current(today), ct);
        Former = ((Ok<List<MemberResponse>>)(await BodyMembersApi.ListBodyMembers(id, User, db, access, clock, ct, former: true)).Result).Value!;
        var linked = Body.Meetings.Select(m => m.EventId).ToList();
        var events = await db.Events.AsNoTracking().Where(e => e.ProcessId == Body.ProcessId && !linked.Contains(e.Id))
            .OrderBy(e => e.StartsAt).Select(e => new { e.Id, e.Title, e.StartsAt, e.TimeZone }).ToListAsync(ct);
        Unlinked = events.Select(e => new EventChoice(e.Id, e.Title, TimeZones.InZone(e.StartsAt, e.TimeZone))).ToList();
        return null;
    }
}
