namespace Participation.Tests.Accessibility;

public static class AccessibilityArrange
{
    public static Dictionary<string, object?> Statement(string statement = "Der Landkreis Testland ist bemüht, seine Website barrierefrei zu machen.") => new()
    {
        ["statement"] = statement,
        ["compliance"] = "partial",
        ["nonAccessibleContent"] = "Alte PDF-Dokumente aus 2019 sind nicht barrierefrei (unverhältnismäßige Belastung).",
        ["preparedOn"] = "2026-11-30",
        ["contactEmail"] = "barrierefrei@kreis-testland.example",
        ["contactPhone"] = "+49 1234 5678",
        ["contactAddress"] = "Landkreis Testland\nKreisstraße 1\n12345 Testdorf",
        ["enforcementText"] = "Schlichtungsstelle nach § 16 BGG",
        ["enforcementUrl"] = "https://www.schlichtungsstelle-bgg.de",
    };
}
