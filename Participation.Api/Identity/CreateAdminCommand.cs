using Participation.Api.Data;
using Participation.Api.Extensions;

namespace Participation.Api.Identity;

/// <summary>
/// <c>create-admin EMAIL</c>: creates an administrator (or restores one that lost its password)
/// and prints a new password, or takes the password from standard input when it is piped in.
/// </summary>
public static class CreateAdminCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "create-admin";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length < 2 || !args[1].Contains('@'))
        {
            Console.Error.WriteLine("Usage: create-admin EMAIL   (the password is read from standard input when piped, else generated)");
            return 2;
        }
        var email = args[1];
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        await DatabaseSetup.MigrateAsync(db, CancellationToken.None);
        var bootstrap = scope.ServiceProvider.GetRequiredService<AdminBootstrap>();
        await bootstrap.RunAsync();

        var piped = Console.IsInputRedirected ? (await Console.In.ReadLineAsync())?.Trim() : null;
        var password = string.IsNullOrEmpty(piped) ? scope.ServiceProvider.GetRequiredService<TokenGenerator>().NewPassword() : piped;
        try
        {
            await bootstrap.CreateAdministratorAsync(email, password);
        }
        catch (InvalidOperationException problem)
        {
            Console.Error.WriteLine($"Could not create the administrator: {problem.Message}");
            return 1;
        }
        Console.WriteLine($"Administrator: {email}");
        if (string.IsNullOrEmpty(piped))
        {
            Console.WriteLine($"Password:      {password}");
            Console.WriteLine("Keep it safe; it is not shown again.");
        }
        return 0;
    }
}
