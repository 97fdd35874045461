using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Participation.Tests.Languages;

/// <summary>Every text exists in every language, and every text the pages ask for exists.</summary>
public sealed partial class ResourceFileTests
{
    private static readonly string Root = FindRepositoryRoot();

    public static TheoryData<string> ResourceSets => new()
    {
        "Participation.Api/Resources/Messages",
        "Participation.Web/Resources/SharedResource",
    };

    [Theory]
    [MemberData(nameof(ResourceSets))]
    public void Every_language_file_has_exactly_the_keys_of_the_German_one(string set)
    {
        var german = Keys($"{set}.resx");
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(Path.Combine(Root, set))!, $"{Path.GetFileName(set)}.*.resx"))
        {
            var other = Keys(Path.GetRelativePath(Root, file));
            Assert.True(german.SetEquals(other),
                $"{Path.GetFileName(file)}: missing {string.Join(", ", german.Except(other))}; extra {string.Join(", ", other.Except(german))}");
        }
    }

    [Fact]
    public void Every_text_the_pages_use_is_in_the_resource_file()
    {
        var known = Keys("Participation.Web/Resources/SharedResource.resx");
        var web = Path.Combine(Root, "Participation.Web");
        var used = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml") || f.EndsWith(".cs")) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => TextKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .ToHashSet();
        Assert.Empty(used.Except(known));
    }

    [Fact]
    public void Every_value_the_pages_name_at_run_time_has_a_text()
    {
        var known = Keys("Participation.Web/Resources/SharedResource.resx");
        var kinds = typeof(Participation.Api.Registrations.RegistrationMails)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name.EndsWith("Kind")).Select(f => $"EmailKind.{f.GetRawConstantValue()}");
        var statuses = Enum.GetNames<Participation.Api.Registrations.RegistrationStatus>().Select(s => $"RegistrationStatus.{s}");
        var states = Enum.GetNames<Participation.Api.Email.OutboxState>().Select(s => $"OutboxState.{s}");
        Assert.All(kinds.Concat(statuses).Concat(states), key => Assert.Contains(key, known));
    }

    private static HashSet<string> Keys(string relativePath) =>
        XDocument.Load(Path.Combine(Root, relativePath)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

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
}
