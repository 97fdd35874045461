namespace Participation.Bench;

/// <summary>The German words the seeded process is made of, and what the report check looks for.</summary>
public static class Texts
{
    /// <summary>In a decided recommendation of the report year: the check looks for it in the HTML.</summary>
    public const string Sentinel = "Sprachkurse mit Kinderbetreuung am Vormittag";

    public static readonly string[] Areas = ["Sprache und Bildung", "Arbeit und Ausbildung", "Wohnen", "Gesundheit und Pflege", "Soziales und Kultur"];

    public static readonly string[] Municipalities =
        ["Altdorf", "Bergheim", "Celle", "Dornstadt", "Eichenau", "Feldkirch", "Grünwald", "Hainburg", "Immenstadt", "Jettingen",
         "Kirchberg", "Lindau", "Mühlhausen", "Neustadt", "Oberau", "Pfarrkirchen", "Quedlinburg", "Rosenheim", "Sonthofen", "Tegernsee"];

    public static readonly string[] BodyNames =
        ["Fokusgruppe Integration", "Koordinierungsstab Integration", "Lenkungsgruppe Konzept", "Runder Tisch Wohnen", "Arbeitsgruppe Altdorf",
         "Arbeitsgruppe Bergheim", "Arbeitsgruppe Celle", "Runder Tisch Arbeit", "Arbeitsgruppe Gesundheit", "Arbeitsgruppe Ehrenamt"];

    public static readonly string[] BodyKinds = ["focusGroup", "coordinationStaff", "steeringGroup", "roundTable", "workingGroup"];

    public static readonly string[] People =
        ["Ayşe Demir", "Jonas Weber", "Olena Kovalenko", "Samira Haddad", "Thomas Brenner", "Ursula Kämpfer", "Reza Ahmadi", "Mehmet Aydın",
         "Katrin Albers", "Fatima Al-Sayed", "Piotr Nowak", "Elena Popescu", "Dariusz Wiśniewski", "Amina Yusuf", "Lukas Hoffmann"];

    public static readonly string[] Organisations =
        ["Jobcenter Musterkreis", "Migrantenorganisation Brücke e. V.", "Volkshochschule", "Caritasverband, Migrationsberatung", "Kreistag",
         "Integrationsbeirat", "Frauencafé International", "Agentur für Arbeit"];

    public static readonly string[] Perspectives = ["Verwaltung", "Zivilgesellschaft", "Migrantenorganisation", "Politik", "Hauptamt", "Ehrenamt"];

    public static readonly string[] Topics =
        ["Sprachkurse mit Kinderbetreuung am Vormittag", "Lotsinnen und Lotsen für Behördengänge", "Bezahlbarer Wohnraum für große Familien",
         "Anerkennung ausländischer Berufsabschlüsse beschleunigen", "Dolmetschpool für Arztpraxen", "Interkulturelle Öffnung der Vereine",
         "Ausbildungsmessen mit Eltern", "Sprachcafés in allen Gemeinden", "Beratung zu Mietverträgen in mehreren Sprachen",
         "Patenschaften für neu Zugewanderte"];

    public static readonly string[] Indicators =
        ["Anteil mit Sprachzertifikat B1", "Übergangsquote in Ausbildung", "Beschäftigungsquote Zugewanderter", "Wohnkosten je Quadratmeter",
         "Wartezeit auf einen Integrationskurs", "Ehrenamtlich Engagierte je 1.000", "Einbürgerungen je 1.000", "Kinder in Kitas mit Förderbedarf"];

    public static readonly string[] Units = ["%", "%", "%", "€/m²", "Wochen", "je 1.000", "je 1.000", "%"];

    public static readonly string[] Directions = ["higherIsBetter", "higherIsBetter", "higherIsBetter", "lowerIsBetter", "lowerIsBetter", "higherIsBetter", "neutral", "neutral"];
}
