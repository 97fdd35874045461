using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Participation.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Participation.Tests.Hosting;

/// <summary>
/// What in deploy/ can be checked without a container engine or a cluster: nginx takes both site
/// files, the plain one carries real traffic to two app hosts, and the compose file and Kubernetes
/// manifests parse and fit together (no schema validator such as kubeconform is available offline).
/// </summary>
public sealed partial class DeployFilesTests(DeployFilesTests.ProxiedApps apps) : IClassFixture<DeployFilesTests.ProxiedApps>
{
    [Fact]
    public async Task Nginx_accepts_the_plain_site_with_the_upstream_pointed_at_two_hosts()
    {
        var site = NginxProxy.PointAt(await ReadDeployFileAsync("nginx", "participation.conf"), ["http://127.0.0.1:5081", "http://127.0.0.1:5082"], 18080);

        Assert.Contains("test is successful", await NginxProxy.TestSiteAsync(site));
        Assert.Contains("server 127.0.0.1:5081 max_fails=2 fail_timeout=10s;", site);
        Assert.Contains("server 127.0.0.1:5082 max_fails=2 fail_timeout=10s;", site);
        Assert.DoesNotContain("app1:8080", site);
    }

    [Fact]
    public async Task Nginx_accepts_the_TLS_site_with_a_real_certificate()
    {
        var folder = Directory.CreateTempSubdirectory("participation-tls-").FullName;
        try
        {
            var (certificate, key) = (Path.Combine(folder, "site.pem"), Path.Combine(folder, "site.key"));
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=beteiligung.example-kreis.de", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using (var selfSigned = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1)))
            {
                await File.WriteAllTextAsync(certificate, selfSigned.ExportCertificatePem());
            }
            await File.WriteAllTextAsync(key, rsa.ExportPkcs8PrivateKeyPem());
            var shipped = await ReadDeployFileAsync("nginx", "participation-tls.conf");
            var site = shipped
                .Replace("/etc/ssl/certs/beteiligung.example-kreis.de.pem", certificate)
                .Replace("/etc/ssl/private/beteiligung.example-kreis.de.key", key);
            Assert.NotEqual(shipped, site);

            Assert.Contains("test is successful", await NginxProxy.TestSiteAsync(site));
            Assert.Contains("return 301 https://$host$request_uri;", site);
            Assert.Contains("add_header Strict-Transport-Security", site);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Both_site_files_share_the_proxy_settings_and_the_upload_limit_fits_a_photo()
    {
        foreach (var file in new[] { "participation.conf", "participation-tls.conf" })
        {
            Assert.Contains("include snippets/participation-proxy.inc;", await ReadDeployFileAsync("nginx", file));
        }
        var proxy = await ReadDeployFileAsync("nginx", "participation-proxy.inc");
        Assert.Contains("proxy_set_header Upgrade $http_upgrade;", proxy);
        Assert.Contains("proxy_set_header X-Forwarded-Proto $scheme;", proxy);
        Assert.Matches(@"location /hubs/ \{[^}]*proxy_buffering off;", proxy);
        // Participation:Boards:MaxPhotoMegabytes defaults to 15; the form around the photo needs a little more.
        Assert.True(UploadLimitMegabytes(proxy) > 15);
    }

    [Fact]
    public async Task Compose_runs_two_instances_of_one_image_on_one_data_volume_behind_the_nginx_site()
    {
        var compose = (YamlMappingNode)(await LoadYamlAsync("compose.yaml")).Single();
        var services = compose.Map("services");
        var (app1, app2) = (services.Map("app1"), services.Map("app2"));

        Assert.Equal(app1.Text("image"), app2.Text("image"));
        Assert.Equal("deploy/Dockerfile", app1.Map("build").Text("dockerfile"));
        Assert.Equal(app1.Map("build").Pairs(), app2.Map("build").Pairs());
        Assert.Equal(["participation-data:/data"], app1.Texts("volumes"));
        Assert.Equal(app1.Texts("volumes"), app2.Texts("volumes"));
        Assert.True(compose.Map("volumes").Children.ContainsKey(new YamlScalarNode("participation-data")));
        var environment = app1.Map("environment");
        Assert.Equal(environment.Pairs(), app2.Map("environment").Pairs());
        Assert.Equal("Postgres", environment.Text("Participation__Database__Provider"));
        Assert.StartsWith("Host=postgres;", environment.Text("ConnectionStrings__Participation"));
        Assert.Equal("redis:6379", environment.Text("ConnectionStrings__Redis"));
        Assert.Equal("/data", environment.Text("Participation__DataDirectory"));
        Assert.Equal("mailpit", environment.Text("Participation__Smtp__Host"));
        // nginx is another container: the apps must believe its forwarded headers.
        Assert.Equal(compose.Map("networks").Map("default").Map("ipam").Sequence("config").Cast<YamlMappingNode>().Single().Text("subnet"),
            environment.Text("Participation__TrustedProxies__0"));
        var shutdownSeconds = int.Parse(environment.Text("Participation__ShutdownSeconds"));
        foreach (var app in new[] { app1, app2 })
        {
            Assert.True(int.Parse(app.Text("stop_grace_period").TrimEnd('s')) > shutdownSeconds);
            Assert.Equal("service_healthy", app.Map("depends_on").Map("postgres").Text("condition"));
            Assert.Equal("service_healthy", app.Map("depends_on").Map("redis").Text("condition"));
        }

        Assert.StartsWith("postgres:16", services.Map("postgres").Text("image"));
        Assert.StartsWith("redis:7", services.Map("redis").Text("image"));
        Assert.Contains("mailpit", services.Map("mailpit").Text("image"));
        Assert.All(new[] { "postgres", "redis", "nginx" }, name => Assert.NotEmpty(services.Map(name).Map("healthcheck").Sequence("test")));
        var nginx = services.Map("nginx");
        Assert.Equal("service_healthy", nginx.Map("depends_on").Map("app1").Text("condition"));
        Assert.Equal("service_healthy", nginx.Map("depends_on").Map("app2").Text("condition"));
        Assert.Contains("./nginx/participation.conf:/etc/nginx/conf.d/default.conf:ro", nginx.Texts("volumes"));
        Assert.Contains("./nginx/participation-proxy.inc:/etc/nginx/snippets/participation-proxy.inc:ro", nginx.Texts("volumes"));
        foreach (var mount in nginx.Texts("volumes"))
        {
            Assert.True(File.Exists(NginxProxy.DeployFile(mount.Split(':')[0])), $"compose mounts {mount}, which deploy/ does not have.");
        }

        // The site's upstream names exactly these services, on the port the image listens on.
        var upstreams = UpstreamServers(await ReadDeployFileAsync("nginx", "participation.conf"));
        Assert.Equal(["app1:8080", "app2:8080"], upstreams);
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", await ReadDeployFileAsync("Dockerfile"));
    }

    [Fact]
    public async Task The_image_runs_as_the_non_root_user_and_checks_the_liveness_endpoint()
    {
        var dockerfile = await ReadDeployFileAsync("Dockerfile");

        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", dockerfile);
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0$", dockerfile);
        Assert.Matches(@"(?m)^USER app$", dockerfile);
        Assert.Contains("fonts-noto-core", dockerfile);
        Assert.Matches(@"(?ms)^HEALTHCHECK .*/health/live", dockerfile);
        Assert.Contains("dotnet publish Participation.Web -c Release", dockerfile);
    }

    [Fact]
    public async Task The_Deployment_rolls_out_without_losing_capacity_and_probes_the_health_endpoints()
    {
        var manifests = await KubernetesManifestsAsync();
        var deployment = manifests["Deployment"];
        var spec = deployment.Map("spec");
        var pod = spec.Map("template").Map("spec");
        var container = pod.Sequence("containers").Cast<YamlMappingNode>().Single();
        var config = manifests["ConfigMap"].Map("data");

        Assert.Equal("2", spec.Text("replicas"));
        Assert.Equal("0", spec.Map("strategy").Map("rollingUpdate").Text("maxUnavailable"));
        Assert.Equal("/health/ready", container.Map("readinessProbe").Map("httpGet").Text("path"));
        Assert.Equal("/health/live", container.Map("livenessProbe").Map("httpGet").Text("path"));
        var pause = int.Parse(container.Map("lifecycle").Map("preStop").Map("exec").Texts("command").Last());
        Assert.True(int.Parse(pod.Text("terminationGracePeriodSeconds")) > pause + int.Parse(config.Text("Participation__ShutdownSeconds")));
        Assert.Equal("8080", container.Sequence("ports").Cast<YamlMappingNode>().Single().Text("containerPort"));
        Assert.Equal([manifests["ConfigMap"].Map("metadata").Text("name"), manifests["Secret"].Map("metadata").Text("name")],
            container.Sequence("envFrom").Cast<YamlMappingNode>().Select(source => source.Children.Values.Cast<YamlMappingNode>().Single().Text("name")));
        Assert.Equal("Postgres", config.Text("Participation__Database__Provider"));
        Assert.Contains("ConnectionStrings__Redis", manifests["Secret"].Map("stringData").Children.Keys.Select(key => key.ToString()));

        var data = pod.Sequence("volumes").Cast<YamlMappingNode>().Single(volume => volume.Children.ContainsKey(new YamlScalarNode("persistentVolumeClaim")));
        Assert.Equal(manifests["PersistentVolumeClaim"].Map("metadata").Text("name"), data.Map("persistentVolumeClaim").Text("claimName"));
        Assert.Equal(["ReadWriteMany"], manifests["PersistentVolumeClaim"].Map("spec").Texts("accessModes"));
        var mount = container.Sequence("volumeMounts").Cast<YamlMappingNode>().Single(m => m.Text("name") == data.Text("name"));
        Assert.Equal(config.Text("Participation__DataDirectory"), mount.Text("mountPath"));
    }

    [Fact]
    public async Task The_Service_and_Ingress_reach_the_pods_with_sticky_sessions_and_hub_timeouts()
    {
        var manifests = await KubernetesManifestsAsync();
        var podLabels = manifests["Deployment"].Map("spec").Map("template").Map("metadata").Map("labels");
        var service = manifests["Service"];
        var ingress = manifests["Ingress"];
        var annotations = ingress.Map("metadata").Map("annotations");

        Assert.Equal(podLabels.Pairs(), service.Map("spec").Map("selector").Pairs());
        Assert.Equal(podLabels.Pairs(), manifests["Deployment"].Map("spec").Map("selector").Map("matchLabels").Pairs());
        var backend = ingress.Map("spec").Sequence("rules").Cast<YamlMappingNode>().Single()
            .Map("http").Sequence("paths").Cast<YamlMappingNode>().Single().Map("backend").Map("service");
        Assert.Equal(service.Map("metadata").Text("name"), backend.Text("name"));
        Assert.Equal(service.Map("spec").Sequence("ports").Cast<YamlMappingNode>().Single().Text("name"), backend.Map("port").Text("name"));
        Assert.Equal("nginx", ingress.Map("spec").Text("ingressClassName"));
        Assert.Equal("cookie", annotations.Text("nginx.ingress.kubernetes.io/affinity"));
        Assert.Equal("off", annotations.Text("nginx.ingress.kubernetes.io/proxy-buffering"));
        Assert.True(int.Parse(annotations.Text("nginx.ingress.kubernetes.io/proxy-read-timeout")) >= 120);
        Assert.Equal(UploadLimitMegabytes(await ReadDeployFileAsync("nginx", "participation-proxy.inc")),
            int.Parse(annotations.Text("nginx.ingress.kubernetes.io/proxy-body-size").TrimEnd('m')));
    }

    [Fact]
    public async Task Every_YAML_file_in_deploy_parses_and_the_kustomization_lists_every_manifest()
    {
        var files = Directory.GetFiles(NginxProxy.DeployFile(), "*.yaml", SearchOption.AllDirectories);
        Assert.Contains(files, file => file.EndsWith("compose.yaml", StringComparison.Ordinal));
        foreach (var file in files)
        {
            Assert.NotEmpty(await LoadYamlAsync(Path.GetRelativePath(NginxProxy.DeployFile(), file)));
        }

        var folder = NginxProxy.DeployFile("kubernetes");
        var kustomization = (YamlMappingNode)(await LoadYamlAsync("kubernetes", "kustomization.yaml")).Single();
        var manifests = Directory.GetFiles(folder, "*.yaml").Select(Path.GetFileName).Where(name => name != "kustomization.yaml").Order();
        Assert.Equal(manifests, kustomization.Texts("resources").Order());
        foreach (var manifest in kustomization.Texts("resources"))
        {
            var document = (YamlMappingNode)(await LoadYamlAsync("kubernetes", manifest)).Single();
            Assert.False(string.IsNullOrEmpty(document.Text("apiVersion")), manifest);
            Assert.False(string.IsNullOrEmpty(document.Text("kind")), manifest);
            Assert.False(string.IsNullOrEmpty(document.Map("metadata").Text("name")), manifest);
        }
    }

    [Fact]
    public async Task The_deployment_guide_names_the_environment_variable_of_every_setting_in_the_README()
    {
        var guide = await ReadDeployFileAsync("README.md");
        var settings = ReadmeSettings(await File.ReadAllTextAsync(Path.Combine(NginxProxy.RepositoryRoot(), "README.md")));

        Assert.True(settings.Count > 50, $"Only {settings.Count} settings found in README.md's configuration tables.");
        Assert.All(settings, setting => Assert.Contains($"`{setting.Replace(":", "__")}`", guide));
        Assert.Contains("## Sizing", guide);
    }

    [Fact]
    public async Task Through_the_nginx_site_the_app_answers_and_its_hub_negotiates_WebSockets()
    {
        using var client = new HttpClient { BaseAddress = new Uri(apps.Proxy.BaseUrl) };

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/hubs/board/negotiate?negotiateVersion=1", null)).StatusCode);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AdminTokenAsync(client));
        var negotiate = await client.PostAsync("/hubs/board/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
        using var answer = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync());
        var transports = answer.RootElement.GetProperty("availableTransports").EnumerateArray()
            .Select(transport => transport.GetProperty("transport").GetString()).ToList();
        Assert.Contains("WebSockets", transports);
    }

    [Theory]
    [InlineData(HttpTransportType.WebSockets)]
    [InlineData(HttpTransportType.ServerSentEvents)]
    [InlineData(HttpTransportType.LongPolling)]
    public async Task A_hub_connection_through_the_nginx_site_opens_on_each_transport(HttpTransportType transport)
    {
        using var client = new HttpClient { BaseAddress = new Uri(apps.Proxy.BaseUrl) };
        var token = await AdminTokenAsync(client);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(apps.Proxy.BaseUrl), "/hubs/board"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.Transports = transport;
            })
            .Build();
        var closed = new TaskCompletionSource<Exception?>();
        connection.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };

        await connection.StartAsync();
        // The proxy must neither buffer the stream nor cut it.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(HubConnectionState.Connected, connection.State);
        Assert.False(closed.Task.IsCompleted);
        await connection.StopAsync();

        // nginx logs a request when it ends; the connection's own request carries the negotiated id.
        var expected = transport == HttpTransportType.WebSockets ? "101 GET /hubs/board?id=" : " /hubs/board?id=";
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!apps.Proxy.AccessLog().Any(line => line.Contains(expected, StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.Contains(apps.Proxy.AccessLog(), line => line.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_client_address_stays_on_one_instance_and_the_addresses_spread_over_both()
    {
        var sources = Enumerable.Range(2, 20).Select(n => IPAddress.Parse($"127.0.0.{n}")).ToList();
        foreach (var source in sources)
        {
            using var client = FromAddress(source);
            for (var request = 0; request < 3; request++)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/health/live?from={source}")).StatusCode);
            }
        }

        var served = apps.Proxy.AccessLog()
            .Select(line => line.Split(' '))
            .Where(fields => fields[4].StartsWith("/health/live?from=", StringComparison.Ordinal))
            .GroupBy(fields => fields[0], fields => fields[1])
            .ToDictionary(group => group.Key, group => group.ToList());
        Assert.Equal(sources.Select(source => source.ToString()).Order(), served.Keys.Order());
        Assert.All(served.Values, upstreams => Assert.Single(upstreams.Distinct()));
        Assert.Equal(apps.Upstreams.Select(url => new Uri(url).Authority).Order(), served.Values.Select(upstreams => upstreams[0]).Distinct().Order());
    }

    /// <summary>Two hosts of the app on Kestrel (SQLite each) and the plain nginx site in front of them.</summary>
    public sealed class ProxiedApps : IAsyncLifetime
    {
        private readonly ParticipationFactory first = new();
        private readonly ParticipationFactory second = new();

        public NginxProxy Proxy { get; private set; } = null!;

        public IReadOnlyList<string> Upstreams { get; private set; } = [];

        public async Task InitializeAsync()
        {
            Upstreams = [first.StartOnKestrel(), second.StartOnKestrel()];
            Proxy = await NginxProxy.StartAsync(Upstreams);
        }

        public async Task DisposeAsync()
        {
            if (Proxy is not null)
            {
                await Proxy.DisposeAsync();
            }
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    /// <summary>Both hosts have the administrator; the token is good on the host that issued it, which stickiness keeps.</summary>
    private static async Task<string> AdminTokenAsync(HttpClient client)
    {
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = ParticipationFactory.AdminEmail, password = ParticipationFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return (await login.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
    }

    /// <summary>A client whose connections leave from <paramref name="source"/>.</summary>
    private HttpClient FromAddress(IPAddress source) => new(LoopbackSource.Handler(source)) { BaseAddress = new Uri(apps.Proxy.BaseUrl) };

    private static Task<string> ReadDeployFileAsync(params string[] parts) => File.ReadAllTextAsync(NginxProxy.DeployFile(parts));

    private static async Task<IReadOnlyList<YamlNode>> LoadYamlAsync(params string[] parts)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(await ReadDeployFileAsync(parts)));
        return stream.Documents.Select(document => document.RootNode).ToList();
    }

    /// <summary>The manifests of deploy/kubernetes/ by kind (one of each).</summary>
    private static async Task<Dictionary<string, YamlMappingNode>> KubernetesManifestsAsync()
    {
        var manifests = new Dictionary<string, YamlMappingNode>();
        foreach (var file in Directory.GetFiles(NginxProxy.DeployFile("kubernetes"), "*.yaml"))
        {
            foreach (var document in (await LoadYamlAsync("kubernetes", Path.GetFileName(file))).Cast<YamlMappingNode>())
            {
                manifests.Add(document.Text("kind"), document);
            }
        }
        return manifests;
    }

    private static int UploadLimitMegabytes(string proxySettings) =>
        int.Parse(ClientMaxBodySize().Match(proxySettings) is { Success: true } found ? found.Groups[1].Value : throw new InvalidOperationException("No client_max_body_size."));

    private static List<string> UpstreamServers(string site) =>
        UpstreamServer().Matches(site).Select(server => server.Groups[1].Value).ToList();

    /// <summary>The settings named in the first column of README.md's configuration tables; "`A:B`, `:C`" names A:B and A:C.</summary>
    private static List<string> ReadmeSettings(string readme)
    {
        var start = readme.IndexOf("\n## Configuration", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var settings = new List<string>();
        foreach (var row in readme[start..end].Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal)))
        {
            var names = SettingName().Matches(row.Split('|')[1]).Select(name => name.Groups[1].Value).ToList();
            var first = names[0];
            settings.Add(first);
            settings.AddRange(names.Skip(1).Select(sibling => sibling.StartsWith(':') ? first[..first.LastIndexOf(':')] + sibling : sibling));
        }
        return settings;
    }

    [GeneratedRegex(@"client_max_body_size\s+(\d+)m;")]
    private static partial Regex ClientMaxBodySize();

    [GeneratedRegex(@"(?m)^\s*server\s+([\w.-]+:\d+)[^;]*;")]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex SettingName();
}

/// <summary>Reading the parsed YAML by key, failing with the missing key's name.</summary>
file static class YamlNodes
{
    public static YamlMappingNode Map(this YamlMappingNode node, string key) => (YamlMappingNode)node.At(key);

    public static YamlSequenceNode Sequence(this YamlMappingNode node, string key) => (YamlSequenceNode)node.At(key);

    public static string Text(this YamlMappingNode node, string key) => ((YamlScalarNode)node.At(key)).Value ?? "";

    public static Dictionary<string, string> Pairs(this YamlMappingNode node) =>
        node.Children.ToDictionary(pair => ((YamlScalarNode)pair.Key).Value ?? "", pair => ((YamlScalarNode)pair.Value).Value ?? "");

    public static List<string> Texts(this YamlMappingNode node, string key) =>
        node.Sequence(key).Cast<YamlScalarNode>().Select(item => item.Value ?? "").ToList();

    private static YamlNode At(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child)
            ? child
            : throw new KeyNotFoundException($"No \"{key}\" at line {node.Start.Line}; keys: {string.Join(", ", node.Children.Keys)}.");
}
