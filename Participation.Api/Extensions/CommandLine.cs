namespace Participation.Api.Extensions;

public static class CommandLine
{
    /// <summary>Turns the friendly switches of the README into configuration keys.</summary>
    public static string[] Normalize(string[] args) =>
        args.Select(arg => arg switch
        {
            "--seed-demo" => "--Participation:SeedDemo=true",
            _ => arg,
        }).ToArray();
}
