using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Api.Data;
using Participation.Api.Events;

namespace Participation.Web.Pages;

public sealed class IndexModel(ParticipationDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PublicEventResponse> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Events = (await PublicEventsApi.ListUpcomingPublicEvents(db, clock, ct)).Value ?? [];
}
