using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Processes;
using Participation.Api.Registrations.Printing;

namespace Participation.Api.Registrations;

public static class RegistrationPrinting
{
    public static PrintedEvent ToPrinted(this Event e, Process p) => new(
        p.Title, p.Organisation, e.Title, TimeZones.InZone(e.StartsAt, e.TimeZone), TimeZones.InZone(e.EndsAt, e.TimeZone), e.Venue ?? e.OnlineUrl);
}
