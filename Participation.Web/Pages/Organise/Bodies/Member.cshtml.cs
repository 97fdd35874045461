using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Extensions;
using Participation.Api;
using Participation.Api.Bodies;
using Participation.Api.Data;
using Participation.Api.Identity;
using MemberInput = Participation.Api.Bodies.MemberInput;

namespace Participation.Web.Pages.Organise.Bodies;

/// <summary>Changes a member's seat: name, organisation, perspective, role, whom a deputy stands in for, the day they joined.</summary>
public sealed class MemberModel(
    ParticipationDb db, ProcessAccess access, TimeProvider clock,
    IValidator<MemberInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public Body Body { get; private set; } = null!;
    public MemberResponse Seat { get; private set; } = null!;
    public IReadOnlyList<MemberResponse> Principals { get; private set; } = [];
    [BindProperty] public MemberForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid memberId, CancellationToken ct)
    {
        if (await LoadAsync(id, memberId, ct) is { } problem)
        {
            return problem;
        }
        Form = MemberForm.From(Seat);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid memberId, CancellationToken ct)
    {
        if (await LoadAsync(id, memberId, ct) is { } problem)
        {
            return problem;
        }
        var input = Form.ToInput();
        return await this.SubmitAsync(validator, input, messages,
            async () => (await BodyMembersApi.ChangeBodyMember(id, memberId, input, User, db, access, clock, messages, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/bodies/{id}#members-heading", text["Form.Saved"]),
            ct);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid memberId, CancellationToken ct)
    {
        var (body, denied) = await access.BodyForAsync(User, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return this.Problem(denied);
        }
        Body = body!;
        var today = await TimeZones.TodayInProcessAsync(db, body!.ProcessId, clock, ct);
        var seats = await BodyMembersApi.ListAsync(db, id, db.BodyMembers.Where(m => m.BodyId == id && (m.Id == memberId || m.LeftOn == null || m.LeftOn > today)), ct);
        if (seats.FirstOrDefault(m => m.Id == memberId) is not { } seat)
        {
            return NotFound();
        }
        Seat = seat;
        Principals = seats.Where(m => m.Id != memberId && m.Role != MemberRole.Deputy && (m.LeftOn is null || m.LeftOn > today)).ToList();
        return null;
    }
}
