using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Events;

namespace Participation.Web.Pages.Events;

/// <summary>The public page of an event, for anyone with the link.</summary>
public sealed class ShowModel(ParticipationDb db, IStringLocalizer<Messages> messages) : PageModel
{
    public PublicEventResponse Event { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await PublicEventsApi.GetPublicEvent(id, db, messages, ct);
        if (result.Result is not Ok<PublicEventResponse> ok)
        {
            return NotFound();
        }
        Event = ok.Value!;
        return Page();
    }
}
