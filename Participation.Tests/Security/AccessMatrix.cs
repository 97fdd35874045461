namespace Participation.Tests.Security;

/// <summary>One row of the matrix: a route ("GET /api/processes/{id:guid}") or a hub method ("HUB JoinBoard").</summary>
public sealed record MatrixRow(string Key, IReadOnlyDictionary<MatrixRole, bool?> Allowed);

/// <summary>A row of the pages table: a Razor Page route and whether it needs a staff login.</summary>
public sealed record PageRow(string Route, bool NeedsStaffLogin);

/// <summary>
/// The two tables of docs/access-matrix.md, read the way a person reads them: the first table whose
/// heading starts with "Route" holds the API and hub rows, the one starting with "Page" the pages.
/// </summary>
public sealed class AccessMatrix
{
    public const string HubPrefix = "HUB ";
    public const string Allowed = "✓";
    public const string Refused = "–";
    public const string Undecided = "?";
    public const string StaffLogin = "staff login";
    public const string Public = "public";

    private AccessMatrix(IReadOnlyList<MatrixRow> rows, IReadOnlyList<PageRow> pages) => (Rows, Pages) = (rows, pages);

    public IReadOnlyList<MatrixRow> Rows { get; }
    public IReadOnlyList<PageRow> Pages { get; }

    public static string DocumentPath => Path.Combine(RepositoryRoot(), "docs", "access-matrix.md");

    public static AccessMatrix Read()
    {
        var rows = new List<MatrixRow>();
        var pages = new List<PageRow>();
        string[]? heading = null;
        foreach (var line in File.ReadAllLines(DocumentPath))
        {
            if (!line.TrimStart().StartsWith('|'))
            {
                heading = null;
                continue;
            }
            var cells = Cells(line);
            if (heading is null)
            {
                heading = cells;
                CheckHeading(heading);
                continue;
            }
            if (cells.All(c => c.Trim('-', ':').Length == 0))
            {
                continue;
            }
            if (heading[0] == "Route")
            {
                rows.Add(RouteRow(heading, cells, line));
            }
            else if (heading[0] == "Page")
            {
                pages.Add(new PageRow(cells[0].Trim('`'), cells[1] switch
                {
                    StaffLogin => true,
                    Public => false,
                    _ => throw new FormatException($"The pages table says \"{cells[1]}\" for {cells[0]}; write \"{StaffLogin}\" or \"{Public}\"."),
                }));
            }
        }
        return new AccessMatrix(rows, pages);
    }

    /// <summary>A row as the document holds it, with "?" where <paramref name="allowed"/> has no decision.</summary>
    public static string Format(string key, Func<MatrixRole, bool?> allowed) =>
        $"| `{key}` | " + string.Join(" | ", MatrixRoles.All.Select(r => allowed(r) switch { true => Allowed, false => Refused, null => Undecided })) + " |  |";

    public static string HeadingLine => "| Route | " + string.Join(" | ", MatrixRoles.All.Select(r => r.Heading())) + " | Notes |";

    private static void CheckHeading(string[] heading)
    {
        if (heading[0] == "Route" && !heading.Skip(1).Take(MatrixRoles.All.Length).SequenceEqual(MatrixRoles.All.Select(r => r.Heading())))
        {
            throw new FormatException($"The route table's heading must be: {HeadingLine}");
        }
    }

    private static MatrixRow RouteRow(string[] heading, string[] cells, string line)
    {
        if (cells.Length < MatrixRoles.All.Length + 1)
        {
            throw new FormatException($"This row has fewer cells than the heading: {line}");
        }
        var allowed = MatrixRoles.All.ToDictionary(r => r, r => cells[1 + (int)r] switch
        {
            Allowed => (bool?)true,
            Refused => false,
            Undecided => null,
            var other => throw new FormatException($"Cell \"{other}\" under \"{heading[1 + (int)r]}\" in: {line}"),
        });
        return new MatrixRow(cells[0].Trim('`'), allowed);
    }

    private static string[] Cells(string line) =>
        line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Participation.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Participation.sln not found above the test binaries.");
    }
}
