using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Registrations.Printing;
using UglyToad.PdfPig;

namespace Participation.Tests.Registrations;

public sealed class RegistrationPrintTests
{
    private const string ArabicName = "محمد العلي";

    private static readonly PrintedEvent Workshop = new(
        "Mobilität im Landkreis 2030", "Landratsamt Musterkreis", "Werkstatt Radwege an der Hauptstraße",
        new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 3, 14, 16, 0, 0, TimeSpan.FromHours(1)),
        "Kreishaus, Großer Saal");

    private static readonly PrintedAttendee[] People =
    [
        new("Jürgen Müller", "Verein Lange Straße", "Bürgerschaft"),
        new("Anna Schmidt", "Verkehrsverbund Süd", "Verwaltung"),
        new(ArabicName, "Integrationsbeirat", "Zivilgesellschaft"),
        new("Zoë Ødegaard", null, null),
    ];

    private readonly RegistrationPrints prints = new(Localizer());

    [Fact]
    public void The_attendance_list_shows_the_German_header_and_every_name()
    {
        var text = InGerman(() => PageTexts(prints.AttendanceList(Workshop, People)));

        var page = Assert.Single(text);
        foreach (var expected in new[] { "Teilnahmeliste", "Beteiligungsprozess", "Mobilität im Landkreis 2030", "Landratsamt Musterkreis",
            "Werkstatt Radwege an der Hauptstraße", "14. März 2026", "10:00–16:00 Uhr", "Kreishaus, Großer Saal",
            "Nr.", "Perspektive", "Unterschrift", "Jürgen Müller", "Verein Lange Straße", "Anna Schmidt", "Zoë Ødegaard", "Seite 1 von 1" })
        {
            Assert.Contains(expected, page);
        }
    }

    [Fact]
    public void The_attendance_list_numbers_blank_rows_for_walk_ins_after_the_registered_people()
    {
        var pdf = InGerman(() => prints.AttendanceList(Workshop, People, blankRows: 3));

        using var document = PdfDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().Select(w => w.Text).ToList();
        Assert.Contains("7", words);
        Assert.DoesNotContain("8", words);
    }

    [Fact]
    public void A_long_attendance_list_repeats_its_header_on_every_page_and_counts_the_pages()
    {
        var many = Enumerable.Range(1, 60).Select(i => new PrintedAttendee($"Teilnehmerin Nummer {i:00}", $"Ortsteil {i}", null)).ToArray();

        var pages = InGerman(() => PageTexts(prints.AttendanceList(Workshop, many)));

        Assert.True(pages.Count > 2, $"{pages.Count} pages");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Seite {i + 1} von {pages.Count}", pages[i]);
            Assert.Contains("Unterschrift", pages[i]);
            Assert.Contains("Werkstatt Radwege an der Hauptstraße", pages[i]);
        }
        foreach (var person in many)
        {
            Assert.Single(pages, p => p.Contains(person.Name));
        }
    }

    [Fact]
    public void Long_names_and_organisations_are_cut_with_an_ellipsis_inside_their_cells()
    {
        var name = "Maximiliane Friederike Adelheid von und zu Hohenzollern-Sigmaringen-Wittelsbach";
        var pdf = InGerman(() => prints.AttendanceList(Workshop, [new(name, "Arbeitsgemeinschaft der kommunalen Spitzenverbände Baden-Württemberg", "Wissenschaft und Forschung an Hochschulen")]));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.DoesNotContain(name, page.Text);
        var baseline = page.GetWords().Single(w => w.Text.StartsWith("Maximiliane")).Letters[0].StartBaseLine.Y;
        var row = page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - baseline) < 0.5).ToList();
        Assert.Equal(3, row.Count(l => l.Value == "…"));
        float[] columnEdges = [Mm(15), Mm(25), Mm(75), Mm(120), Mm(150), Mm(195)];
        Assert.All(row, l => Assert.DoesNotContain(columnEdges, edge => l.BoundingBox.Left < edge && edge < l.BoundingBox.Right));
        Assert.All(row, l => Assert.InRange(l.BoundingBox.Right, Mm(15), Mm(195)));
    }

    [Fact]
    public void An_Arabic_name_is_written_with_its_letters_in_an_embedded_font()
    {
        var pdf = InGerman(() => prints.AttendanceList(Workshop, People));

        using var document = PdfDocument.Open(pdf);
        var text = Normalised(document.GetPage(1).Text);
        foreach (var word in ArabicName.Split(' '))
        {
            // Shaped right-to-left glyphs may come out in visual order.
            Assert.True(text.Contains(word) || text.Contains(new string(word.Reverse().ToArray())), $"'{word}' not in '{text}'");
        }
    }

    [Fact]
    public void Nine_badges_take_two_pages()
    {
        var nine = Enumerable.Range(1, 9).Select(i => new PrintedAttendee($"Person {i}", "Verein", "Bürgerschaft")).ToArray();

        var pages = InGerman(() => PageTexts(prints.Badges(Workshop, nine)));

        Assert.Equal(2, pages.Count);
        Assert.Contains("Person 8", pages[0]);
        Assert.Contains("Person 9", pages[1]);
        Assert.DoesNotContain("Person 9", pages[0]);
    }

    [Fact]
    public void A_badge_shrinks_a_long_name_to_keep_it_on_the_badge()
    {
        var pdf = InGerman(() => prints.Badges(Workshop, [new("Friederike Müller-Lüdenscheidt-Hohenzollern", null, null), new("Ali", null, null)]));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var words = page.GetWords().ToList();
        var longName = words.First(w => w.Text.StartsWith("Friederike")).Letters[0].PointSize;
        var shortName = words.Single(w => w.Text == "Ali").Letters[0].PointSize;
        Assert.True(longName < shortName, $"{longName} vs {shortName}");
        Assert.All(page.Letters, l => Assert.True(
            (l.BoundingBox.Left > Mm(15) && l.BoundingBox.Right < Mm(105)) || (l.BoundingBox.Left > Mm(105) && l.BoundingBox.Right < Mm(195)),
            $"'{l.Value}' crosses a badge edge"));
    }

    [Fact]
    public void The_certificate_names_the_person_the_event_and_the_signatory()
    {
        var pages = InGerman(() => PageTexts(prints.Certificate(Workshop, People[0], "20. März 2026", "Dr. Eva Straßer, Landrätin")));

        var page = Assert.Single(pages);
        foreach (var expected in new[] { "Teilnahmebestätigung", "Jürgen Müller", "(Verein Lange Straße)", "Werkstatt Radwege an der Hauptstraße",
            "am Samstag, 14. März 2026 in Kreishaus, Großer Saal teilgenommen hat.", "Mobilität im Landkreis 2030", "Ausgestellt am 20. März 2026", "Dr. Eva Straßer, Landrätin" })
        {
            Assert.Contains(expected, page);
        }
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        byte[][] Render() => InGerman(() => new[]
        {
            prints.AttendanceList(Workshop, People),
            new RegistrationPrints(Localizer()).Badges(Workshop, People),
            prints.Certificate(Workshop, People[2], "20. März 2026", null),
        });

        var first = Render();
        var second = Render();

        for (var i = 0; i < first.Length; i++)
        {
            Assert.Equal(first[i], second[i]);
        }
    }

    [Fact]
    public void English_culture_gives_English_labels()
    {
        var list = InCulture("en", () => PageTexts(prints.AttendanceList(Workshop, People))).Single();
        var certificate = InCulture("en", () => PageTexts(prints.Certificate(Workshop, People[1], "20 March 2026", null))).Single();

        foreach (var expected in new[] { "Attendance list", "Participation process", "Signature", "Perspective", "Page 1 of 1", "Saturday, March 14, 2026" })
        {
            Assert.Contains(expected, list);
        }
        Assert.DoesNotContain("Teilnahmeliste", list);
        Assert.Contains("Certificate of attendance", certificate);
        Assert.Contains("This is to confirm that", certificate);
        Assert.Contains("Issued on 20 March 2026", certificate);
    }

    private static float Mm(float millimetres) => millimetres * 72f / 25.4f;

    /// <summary>HarfBuzz forms ligatures such as "ﬁ", which come back out of the PDF as one character.</summary>
    private static string Normalised(string text) => text.Normalize(NormalizationForm.FormKC);

    private static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => Normalised(string.Join(" ", p.GetWords().Select(w => w.Text)))).ToList();
    }

    private static T InGerman<T>(Func<T> render) => InCulture("de-DE", render);

    private static T InCulture<T>(string name, Func<T> render)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static IStringLocalizer<Messages> Localizer() =>
        new StringLocalizer<Messages>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));
}
