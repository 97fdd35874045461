using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Participation.Tests.Infrastructure;

/// <summary>
/// Debian's nginx in front of app hosts, running the real <c>deploy/nginx/participation.conf</c>:
/// only the server lines of its upstream and its listen port are replaced, everything else is
/// the file as shipped. The site is wrapped in a minimal nginx.conf whose pid file, logs and
/// temporary folders live in a temporary folder, so it runs as root or not without /var/lib/nginx.
/// </summary>
public sealed partial class NginxProxy : IAsyncDisposable
{
    public const string Nginx = "/usr/sbin/nginx";
    private const string Package = "nginx";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly string folder;
    private readonly Process process;

    private NginxProxy(string folder, Process process, int port)
    {
        this.folder = folder;
        this.process = process;
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    public string BaseUrl { get; }

    /// <summary>Starts nginx with <c>deploy/nginx/participation.conf</c> forwarding to <paramref name="upstreamBaseUrls"/>.</summary>
    public static async Task<NginxProxy> StartAsync(IReadOnlyList<string> upstreamBaseUrls)
    {
        var port = LoopbackPorts.Free();
        var site = PointAt(await File.ReadAllTextAsync(DeployFile("nginx", "participation.conf")), upstreamBaseUrls, port);
        var folder = await WriteConfigurationAsync(site);
        try
        {
            await TestConfigurationInAsync(folder);
            var process = Process.Start(NginxStart(folder)) ?? throw new InvalidOperationException($"Could not start {Nginx}.");
            var proxy = new NginxProxy(folder, process, port);
            try
            {
                await proxy.WaitUntilAcceptingAsync(port);
            }
            catch
            {
                await proxy.DisposeAsync();
                throw;
            }
            return proxy;
        }
        catch when (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// Runs <c>nginx -t</c> on a site file (for the http {} context) wrapped like the running proxy's;
    /// throws with nginx's output when it fails, returns that output when it passes.
    /// </summary>
    public static async Task<string> TestSiteAsync(string site)
    {
        var folder = await WriteConfigurationAsync(site);
        try
        {
            return await TestConfigurationInAsync(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The site with the server lines of its upstream replaced by one per address (keeping the first
    /// line's parameters) and every listen directive by a loopback port.
    /// </summary>
    public static string PointAt(string site, IReadOnlyList<string> upstreamBaseUrls, int port)
    {
        if (upstreamBaseUrls.Count == 0)
        {
            throw new ArgumentException("nginx needs at least one upstream server.", nameof(upstreamBaseUrls));
        }
        var upstream = UpstreamBlock().Match(site);
        if (!upstream.Success)
        {
            throw new InvalidOperationException("The site file has no \"upstream participation { … }\" block.");
        }
        var servers = UpstreamServer().Matches(upstream.Value);
        if (servers.Count == 0)
        {
            throw new InvalidOperationException("The upstream block of the site file has no server line.");
        }
        var (indent, parameters) = (servers[0].Groups["indent"].Value, servers[0].Groups["parameters"].Value);
        var replaced = string.Concat(upstreamBaseUrls.Select(url => $"{indent}server {new Uri(url).Authority}{parameters};\n"));
        var block = upstream.Value[..servers[0].Index] + replaced +
            UpstreamServer().Replace(upstream.Value[(servers[0].Index + servers[0].Length)..], "");
        var listens = Listen().Matches(site).Count;
        if (listens != 1)
        {
            throw new InvalidOperationException($"The site file should have one listen directive, it has {listens}.");
        }
        return Listen().Replace(site[..upstream.Index] + block + site[(upstream.Index + upstream.Length)..], $"${{indent}}listen 127.0.0.1:{port};");
    }

    /// <summary>A file under deploy/ of this repository.</summary>
    public static string DeployFile(params string[] parts) => Path.Combine([RepositoryRoot(), "deploy", .. parts]);

    /// <summary>The folder holding Participation.sln, found upwards from the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Participation.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Participation.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The requests nginx has finished, one line each: client address, upstream address, status, method and path.</summary>
    public IReadOnlyList<string> AccessLog()
    {
        var log = Path.Combine(folder, "access.log");
        return File.Exists(log) ? File.ReadAllLines(log) : [];
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            await process.WaitForExitAsync();
        }
        finally
        {
            process.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> WriteConfigurationAsync(string site)
    {
        if (!File.Exists(Nginx))
        {
            throw new InvalidOperationException(
                $"The proxy tests need nginx at {Nginx}, and it does not exist. Install it with: apt-get install {Package}");
        }
        var folder = Directory.CreateTempSubdirectory("participation-nginx-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "snippets"));
        File.Copy(DeployFile("nginx", "participation-proxy.inc"), Path.Combine(folder, "snippets", "participation-proxy.inc"));
        await File.WriteAllTextAsync(Path.Combine(folder, "participation.conf"), site);
        // As root, nginx's workers would switch to "nobody", who cannot enter the private temporary folder.
        var user = Environment.UserName == "root" ? "user root;" : "";
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            {{user}}
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log info;
            events {
                worker_connections 1024;
            }
            http {
                log_format upstreams '$remote_addr $upstream_addr $status $request_method $request_uri';
                access_log {{folder}}/access.log upstreams;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include participation.conf;
            }
            """);
        return folder;
    }

    private static async Task<string> TestConfigurationInAsync(string folder)
    {
        var start = NginxStart(folder);
        start.ArgumentList.Insert(0, "-t");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var check = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Nginx}.");
        var output = check.StandardOutput.ReadToEndAsync();
        var errors = check.StandardError.ReadToEndAsync();
        await check.WaitForExitAsync();
        var said = (await output + await errors).Trim();
        if (check.ExitCode != 0)
        {
            var site = await File.ReadAllTextAsync(Path.Combine(folder, "participation.conf"));
            throw new InvalidOperationException($"nginx -t failed ({check.ExitCode}): {said}\nThe site file:\n{site}");
        }
        return said;
    }

    private static ProcessStartInfo NginxStart(string folder)
    {
        var start = new ProcessStartInfo(Nginx) { UseShellExecute = false };
        // -e: the error log before the configuration is read, so nothing is written to /var/log/nginx.
        foreach (var argument in new[] { "-e", Path.Combine(folder, "error.log"), "-p", folder + "/", "-c", Path.Combine(folder, "nginx.conf") })
        {
            start.ArgumentList.Add(argument);
        }
        return start;
    }

    private async Task WaitUntilAcceptingAsync(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with code {process.ExitCode}: {ErrorLog()}");
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (deadline.Elapsed < StartTimeout)
            {
                await Task.Delay(50);
            }
            catch (SocketException error)
            {
                throw new InvalidOperationException($"nginx did not accept connections on port {port} within {StartTimeout}: {error.Message}. {ErrorLog()}");
            }
        }
    }

    private string ErrorLog()
    {
        var log = Path.Combine(folder, "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no error log)";
    }

    [GeneratedRegex(@"upstream\s+participation\s*\{[^}]*\}")]
    private static partial Regex UpstreamBlock();

    [GeneratedRegex(@"^(?<indent>[ \t]*)server\s+[^\s;]+(?<parameters>[^;]*);[ \t]*\r?\n?", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"^(?<indent>[ \t]*)listen\s+[^;]+;", RegexOptions.Multiline)]
    private static partial Regex Listen();
}
