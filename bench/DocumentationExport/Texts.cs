namespace Participation.Bench;

/// <summary>Idea texts as a county's workshops produce them: German with umlauts and ß, every twentieth one Arabic.</summary>
public static class Texts
{
    public const string GermanSentinel = "Die Straßenbeleuchtung in der Gartenstraße";
    public const string ArabicSentinel = "نحتاج إلى مزيد من المساحات الخضراء في الحي";

    private static readonly string[] Subjects =
    [
        GermanSentinel, "Der Radweg an der Hauptstraße", "Die Grünfläche hinter dem Bürgerhaus", "Der Spielplatz am Mühlenteich",
        "Die Busverbindung nach Süderbrück", "Das Jugendzentrum in der alten Molkerei", "Der Marktplatz", "Die Schulwegsicherung an der Kreuzung Lindenallee",
        "Das Freibad", "Die Bücherei im Rathaus", "Der Bahnhofsvorplatz", "Die Ortsdurchfahrt in Großenwörden", "Das Dorfgemeinschaftshaus",
        "Der Übergang zur Grundschule", "Die Streuobstwiese am Südhang",
    ];

    private static readonly string[] Predicates =
    [
        "sollte breiter und sicherer werden", "braucht mehr Bänke und Schatten für Ältere", "muss barrierefrei erreichbar sein",
        "sollte auch abends und am Wochenende geöffnet haben", "wäre ein guter Ort für einen Wochenmarkt mit regionalen Erzeugnissen",
        "braucht bessere Beleuchtung, viele fühlen sich abends unsicher", "könnte gemeinsam mit den Vereinen gepflegt werden",
        "sollte verkehrsberuhigt werden (Tempo 30)", "müsste häufiger gereinigt werden", "bräuchte überdachte Fahrradbügel und eine Ladesäule",
        "sollte für Veranstaltungen der Nachbarschaft nutzbar sein", "muss im Winter geräumt und gestreut werden",
    ];

    private static readonly string[] Addenda =
    [
        "", " – Vorschlag aus der Nachbarschaft.", " Dafür könnten Fördermittel des Landes genutzt werden.",
        " Bitte Anwohnerinnen und Anwohner früh beteiligen!", " Kosten grob geschätzt: 15.000 €.", " Gilt besonders für Kinder und Jugendliche.",
        " „Das wünschen wir uns seit Jahren“, sagte eine Teilnehmerin.", "",
    ];

    private static readonly string[] Arabic =
    [
        ArabicSentinel, "يجب تحسين مواصلات الحافلات إلى المدرسة", "مكان آمن للأطفال للعب بعد المدرسة",
        "نرجو ترجمة المعلومات إلى اللغة العربية", "إنارة أفضل للشوارع في الليل", "مقاعد أكثر في الحديقة لكبار السن",
    ];

    /// <summary>The <paramref name="n"/>th idea of the process: deterministic, so two runs seed the same texts.</summary>
    public static string Idea(int n) => n % 20 == 19
        ? Arabic[n / 20 % Arabic.Length]
        : $"{Subjects[n % Subjects.Length]} {Predicates[n / Subjects.Length % Predicates.Length]}.{Addenda[n / 7 % Addenda.Length]}".Replace("..", ".", StringComparison.Ordinal);

    public static readonly string[] Areas =
    [
        "Mobilität und Verkehr", "Grün- und Freiflächen", "Soziales Miteinander", "Ortsmitte und Nahversorgung", "Bildung und Jugend", "Klimaschutz und Energie",
    ];

    public static readonly string[] Places = ["Bürgerhaus Süderbrück", "Aula der Gesamtschule", "Rathaus, Großer Sitzungssaal", "Dorfgemeinschaftshaus Großenwörden", "Kulturbahnhof"];

    public static readonly string[] Perspectives = ["Bürgerin/Bürger", "Verwaltung", "Politik", "Verein/Initiative", "Wirtschaft", "Jugend"];

    public static readonly string[] Organisations = ["Landkreis Süderbrück", "Gemeinde Großenwörden", "BUND Ortsgruppe", "Schützenverein", "Jugendring", "IHK", "Seniorenbeirat"];

    public static readonly string[] Names = ["Jürgen Müller", "Özlem Yılmaz", "Sören Jäger", "Anneliese Groß", "Karim Haddad", "Björn Schäfer", "Małgorzata Nowak", "Lea Böhm"];

    public static readonly string[] Columns = ["Was läuft gut?", "Was fehlt uns?", "Vorschläge für die Zukunft"];
}
