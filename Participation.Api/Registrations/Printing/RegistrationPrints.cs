using Microsoft.Extensions.Localization;

namespace Participation.Api.Registrations.Printing;

/// <summary>
/// Printable PDFs for an event's registrations: the signature list funders ask for, name badges and
/// attendance certificates. A4 portrait, in the current UI culture, and byte for byte the same for the same input.
/// </summary>
public sealed class RegistrationPrints(IStringLocalizer<Messages> t)
{
    private readonly PdfFonts fonts = new();

    public byte[] AttendanceList(PrintedEvent e, IReadOnlyList<PrintedAttendee> people, int blankRows = 5)
    {
        using var text = new PdfText(fonts);
        return new AttendanceListLayout(text, t).Render(e, people, blankRows);
    }

    public byte[] Badges(PrintedEvent e, IReadOnlyList<PrintedAttendee> people)
    {
        using var text = new PdfText(fonts);
        return new BadgeLayout(text).Render(e, people, t["Print.Badges.Title"]);
    }

    public byte[] Certificate(PrintedEvent e, PrintedAttendee person, string issuedOn, string? signatory)
    {
        using var text = new PdfText(fonts);
        return new CertificateLayout(text, t).Render(e, person, issuedOn, signatory);
    }
}
