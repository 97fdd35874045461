using System.Text.RegularExpressions;
using System.Xml.Linq;
using Participation.Api.Localisation;

namespace Participation.Tests.Languages;

/// <summary>
/// Every text exists in every language it must be in, with the same placeholders, and every
/// text a page asks for exists; participants' pages take theirs from the file every language has.
/// </summary>
public sealed partial class ResourceFileTests
{
    private static readonly string Root = FindRepositoryRoot();

    private static readonly string[] StaffLanguages = [.. SpokenLanguages.Staff.Select(l => l.Code).Where(c => c != SpokenLanguages.Default.Code)];
    private static readonly string[] AllLanguages = [.. SpokenLanguages.Codes.Where(c => c != SpokenLanguages.Default.Code)];

    public static TheoryData<string, string> LanguageFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in AllLanguages)
        {
            data.Add("Participation.Api/Resources/Messages", language);
            data.Add("Participation.Web/Resources/PublicTexts", language);
        }
        foreach (var language in StaffLanguages)
        {
            data.Add("Participation.Web/Resources/SharedResource", language);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LanguageFiles))]
    public void Every_language_file_has_exactly_the_keys_of_the_German_one(string set, string language)
    {
        var path = $"{set}.{language}.resx";
        Assert.True(File.Exists(Path.Combine(Root, path)), $"{path} is missing.");
        var german = Texts($"{set}.resx");
        var other = Texts(path);
        Assert.True(german.Keys.ToHashSet().SetEquals(other.Keys),
            $"{path}: missing {string.Join(", ", german.Keys.Except(other.Keys))}; extra {string.Join(", ", other.Keys.Except(german.Keys))}");
        Assert.All(other.Where(t => german.TryGetValue(t.Key, out var g) && g.Length > 0),
            text => Assert.False(string.IsNullOrWhiteSpace(text.Value), $"{path}: {text.Key} is empty."));
    }

    [Theory]
    [MemberData(nameof(LanguageFiles))]
    public void Every_translation_keeps_the_placeholders_of_the_German_text(string set, string language)
    {
        var german = Texts($"{set}.resx");
        var wrong = Texts($"{set}.{language}.resx")
            .Where(t => german.TryGetValue(t.Key, out var g) && !Placeholders(g).SetEquals(Placeholders(t.Value)))
            .Select(t => $"{t.Key}: \"{german[t.Key]}\" -> \"{t.Value}\"").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void No_organiser_language_file_exists_for_a_participant_language()
    {
        var organiserFiles = Directory.GetFiles(Path.Combine(Root, "Participation.Web/Resources"), "SharedResource.*.resx")
            .Select(f => Path.GetFileName(f).Split('.')[1]);
        Assert.All(organiserFiles, language => Assert.Contains(language, StaffLanguages));
    }

    [Fact]
    public void Every_text_the_pages_use_is_in_a_resource_file()
    {
        var known = Texts("Participation.Web/Resources/SharedResource.resx").Keys.Union(Texts("Participation.Web/Resources/PublicTexts.resx").Keys).ToHashSet();
        var used = KeysUsedIn(Directory.EnumerateFiles(Path.Combine(Root, "Participation.Web"), "*.*", SearchOption.AllDirectories));
        Assert.Empty(used.Except(known));
    }

    [Fact]
    public void Participant_pages_take_their_texts_from_the_file_every_language_has()
    {
        var everyone = Texts("Participation.Web/Resources/PublicTexts.resx").Keys.ToHashSet();
        var pages = Path.Combine(Root, "Participation.Web", "Pages");
        // The tag helpers and the form binding messages serve participants' forms too.
        var participantFiles = Directory.EnumerateFiles(pages, "*.*", SearchOption.AllDirectories)
            .Where(f => !IsOrganiserPage(Path.GetRelativePath(pages, f).Replace(Path.DirectorySeparatorChar, '/')))
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "Participation.Web", "TagHelpers"), "*.cs"))
            .Append(Path.Combine(Root, "Participation.Web", "PagesSetup.cs"));
        var missing = KeysUsedIn(participantFiles).Except(everyone).Order().ToList();
        Assert.True(missing.Count == 0, $"Keys used on participant pages but kept only in SharedResource: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_value_the_pages_name_at_run_time_has_a_text()
    {
        var known = Texts("Participation.Web/Resources/SharedResource.resx").Keys.Union(Texts("Participation.Web/Resources/PublicTexts.resx").Keys).ToHashSet();
        var kinds = typeof(Participation.Api.Registrations.RegistrationMails)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name.EndsWith("Kind")).Select(f => $"EmailKind.{f.GetRawConstantValue()}");
        var statuses = Enum.GetNames<Participation.Api.Registrations.RegistrationStatus>().Select(s => $"RegistrationStatus.{s}");
        var states = Enum.GetNames<Participation.Api.Email.OutboxState>().Select(s => $"OutboxState.{s}");
        var compliance = Enum.GetNames<Participation.Api.Accessibility.Compliance>()
            .SelectMany(c => new[] { $"Accessibility.Compliance.{c}", $"AccessibilityEdit.Compliance.{c}" });
        Assert.All(kinds.Concat(statuses).Concat(states).Concat(compliance), key => Assert.Contains(key, known));
    }

    /// <summary>Organiser pages: the staff folders and the login, except the projector wall, which the room reads.</summary>
    private static bool IsOrganiserPage(string relative) =>
        relative.StartsWith("Organise/", StringComparison.Ordinal) && !relative.StartsWith("Organise/Boards/Wall.", StringComparison.Ordinal)
        || relative.StartsWith("Credentials/", StringComparison.Ordinal)
        || relative.StartsWith("Login.", StringComparison.Ordinal) || relative.StartsWith("Logout.", StringComparison.Ordinal);

    private static HashSet<string> KeysUsedIn(IEnumerable<string> files) => files
        .Where(f => (f.EndsWith(".cshtml") || f.EndsWith(".cs")) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
        .SelectMany(f => TextKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
        .ToHashSet();

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    private static Dictionary<string, string> Texts(string relativePath) =>
        XDocument.Load(Path.Combine(Root, relativePath)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Participation.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Participation.sln not found above the test binaries.");
    }

    [GeneratedRegex(""""(?:\bT|\btext)\["(?<key>[A-Za-z._]+)"""")]
    private static partial Regex TextKey();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
