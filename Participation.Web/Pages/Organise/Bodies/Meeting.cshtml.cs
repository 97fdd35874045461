using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Bodies;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Registrations;

namespace Participation.Web.Pages.Organise.Bodies;

/// <summary>One meeting of a body: invitations to its members, and who was present, excused or absent (a check-in counts as present).</summary>
public sealed partial class MeetingModel(
    ParticipationDb db, ProcessAccess access, RegistrationService registrations, TimeProvider clock,
    IValidator<AttendanceInput> attendanceValidator, IValidator<MeetingInvitationInput> invitationValidator,
    IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    /// <summary>One line of the attendance form; an empty kind leaves what is recorded as it is.</summary>
    public sealed class AttendanceRow
    {
        public Guid MemberId { get; set; }
        public AttendanceKind? Kind { get; set; }
        public Guid? StoodInForId { get; set; }
    }

    public Guid BodyId { get; private set; }
    public string BodyName { get; private set; } = "";
    public Guid ProcessId { get; private set; }
    public MeetingAttendanceResponse Attendance { get; private set; } = null!;
    public bool IsOrganiser { get; private set; }
    public MeetingInvitationReport? Report { get; private set; }
    [BindProperty] public List<AttendanceRow> Entries { get; set; } = [];
    public bool IncludeDeputies { get; private set; }
    public string Language { get; private set; } = "de";

    /// <summary>Whom a deputy may have stood in for: the others at the meeting who are no deputies.</summary>
    public IEnumerable<AttendanceResponse> Principals => Attendance.People.Where(p => p.Role != MemberRole.Deputy);

    public AttendanceRow RowOf(int index, AttendanceResponse person) =>
        index < Entries.Count && Entries[index].MemberId == person.MemberId
            ? Entries[index]
            : new AttendanceRow
            {
                MemberId = person.MemberId, Kind = person.Kind == AttendanceKind.Invited ? null : person.Kind, StoodInForId = person.StoodInForId,
            };

    public async Task<IActionResult> OnGetAsync(Guid id, Guid eventId, CancellationToken ct) => await LoadAsync(id, eventId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid eventId, CancellationToken ct)
    {
        if (await LoadAsync(id, eventId, ct) is { } problem)
        {
            return problem;
        }
        // Only the lines with a choice go to the API; its error keys name their place in that shorter list.
        var sent = Entries.Select((row, line) => (row, line)).Where(x => x.row.Kind is not null).ToList();
        var input = new AttendanceInput(sent.Select(x => new AttendanceEntry(x.row.MemberId, x.row.Kind!.Value, x.row.StoodInForId)).ToList());
        foreach (var (row, line) in Entries.Select((row, line) => (row, line)).Where(x => x.row.Kind is null && x.row.StoodInForId is not null))
        {
            // Left out, this line would silently drop whom the deputy stood in for.
            ModelState.AddModelError($"entries[{line}].stoodInForId", messages["Body.StoodInOnlyWhenPresent"]);
        }
        var invalid = await attendanceValidator.ValidateToProblemAsync(input, messages, ct);
        if (invalid is null && ModelState.IsValid)
        {
            switch ((await MeetingAttendanceApi.RecordBodyAttendance(id, eventId, input, User, db, access, clock, messages, ct)).Result)
            {
                case ProblemHttpResult refused:
                    return this.Problem(refused);
                case ValidationProblem validation:
                    invalid = validation;
                    break;
                default:
                    return this.RedirectWithNotice($"/organise/bodies/{id}/meetings/{eventId}", text["Bodies.AttendanceSaved"]);
            }
        }
        if (invalid is not null)
        {
            foreach (var (field, errors) in invalid.ProblemDetails.Errors)
            {
                var key = EntryIndex().Replace(field, m => $"entries[{sent[int.Parse(m.Groups[1].Value)].line}]");
                foreach (var error in errors)
                {
                    ModelState.AddModelError(key == "entries" ? "" : key, error);
                }
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id, Guid eventId, bool includeDeputies, string? language, CancellationToken ct)
    {
        (IncludeDeputies, Language) = (includeDeputies, language ?? "de");
        if (await LoadAsync(id, eventId, ct) is { } problem)
        {
            return problem;
        }
        var input = new MeetingInvitationInput(includeDeputies, language);
        if (await invitationValidator.ValidateToProblemAsync(input, messages, ct) is { } invalid)
        {
            ModelState.AddErrors(invalid);
            return Page();
        }
        switch ((await BodyMeetingsApi.InviteBodyMembers(id, eventId, input, User, db, access, registrations, clock, messages, ct)).Result)
        {
            case Ok<MeetingInvitationReport> ok:
                Report = ok.Value;
                return await LoadAsync(id, eventId, ct) ?? Page();
            case ValidationProblem validation:
                ModelState.AddErrors(validation);
                return Page();
            case ProblemHttpResult refused when refused.StatusCode is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound:
                return this.Problem(refused);
            case ProblemHttpResult refused:
                // The event may not take registrations (yet): that is for the organiser to fix, not an error page.
                ModelState.AddModelError("includeDeputies", refused.ProblemDetails.Detail ?? refused.ProblemDetails.Title ?? "");
                return Page();
            default:
                return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid eventId, CancellationToken ct)
    {
        var found = await MeetingAttendanceApi.GetBodyAttendance(id, eventId, User, db, access, messages, ct);
        if (found.Result is ProblemHttpResult problem)
        {
            return this.Problem(problem);
        }
        Attendance = ((Ok<MeetingAttendanceResponse>)found.Result).Value!;
        var body = await db.Bodies.AsNoTracking().Where(b => b.Id == id).Select(b => new { b.Name, b.ProcessId }).FirstAsync(ct);
        (BodyId, BodyName, ProcessId) = (id, body.Name, body.ProcessId);
        IsOrganiser = await access.CheckAsync(User, ProcessId, ProcessRole.Organiser, ct) == Access.Granted;
        return null;
    }

    [GeneratedRegex(@"^entries\[(\d+)\]", RegexOptions.IgnoreCase)]
    private static partial Regex EntryIndex();
}
