using System.Diagnostics;
using System.Text;

namespace Participation.Tests.Infrastructure;

/// <summary>
/// A real OpenID provider (the npm package oidc-provider, run by Node) on a free loopback port, with one
/// client for the app and the package's own login form, which takes any address as the account.
/// The package is installed from the npm registry once into a folder under the temporary directory.
/// </summary>
public sealed class OidcTestProvider : IAsyncDisposable
{
    public const string ClientId = "participation";
    public const string ClientSecret = "test-geheimnis";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly SemaphoreSlim Installing = new(1, 1);

    private readonly Process process;
    private readonly StringBuilder output = new();

    private OidcTestProvider(Process process, int port)
    {
        this.process = process;
        Issuer = $"http://127.0.0.1:{port}";
    }

    public string Issuer { get; }

    public static async Task<OidcTestProvider> StartAsync(string redirectUri)
    {
        var folder = await InstallAsync();
        var port = LoopbackPorts.Free();
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "provider.mjs", port.ToString(), redirectUri })
        {
            start.ArgumentList.Add(argument);
        }
        var provider = new OidcTestProvider(Process.Start(start) ?? throw new InvalidOperationException("Could not start node."), port);
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.process.OutputDataReceived += (_, line) =>
        {
            provider.Log(line.Data);
            if (line.Data?.StartsWith("listening", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        provider.process.ErrorDataReceived += (_, line) => provider.Log(line.Data);
        provider.process.BeginOutputReadLine();
        provider.process.BeginErrorReadLine();
        if (await Task.WhenAny(listening.Task, provider.process.WaitForExitAsync(), Task.Delay(StartTimeout)) != listening.Task)
        {
            var log = provider.Output();
            await provider.DisposeAsync();
            throw new InvalidOperationException($"The OpenID provider did not start:\n{log}");
        }
        return provider;
    }

    private static async Task<string> InstallAsync()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Infrastructure", "OidcProvider");
        var folder = Path.Combine(Path.GetTempPath(), "participation-tests", "oidc-provider-9.13.3");
        await Installing.WaitAsync();
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var file in new[] { "provider.mjs", "package.json", "package-lock.json" })
            {
                File.Copy(Path.Combine(source, file), Path.Combine(folder, file), overwrite: true);
            }
            if (!Directory.Exists(Path.Combine(folder, "node_modules", "oidc-provider")))
            {
                var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund")
                {
                    WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                }) ?? throw new InvalidOperationException("Could not start npm.");
                var errors = npm.StandardError.ReadToEndAsync();
                await npm.StandardOutput.ReadToEndAsync();
                await npm.WaitForExitAsync();
                if (npm.ExitCode != 0)
                {
                    throw new InvalidOperationException($"npm ci of oidc-provider failed:\n{await errors}");
                }
            }
            return folder;
        }
        finally
        {
            Installing.Release();
        }
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private string Output()
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
