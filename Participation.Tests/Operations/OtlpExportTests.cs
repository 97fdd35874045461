using System.Net;
using System.Text;
using Participation.Tests.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Operations;

[Collection(AloneCollection.Name)]
public sealed class OtlpExportTests
{
    [Fact]
    public async Task With_a_collector_configured_the_metrics_are_posted_to_it_over_OTLP()
    {
        var port = LoopbackPorts.Free();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        await using var factory = new ParticipationFactory
        {
            Settings =
            {
                ["Participation:Telemetry:OtlpEndpoint"] = $"http://127.0.0.1:{port}",
                ["Participation:Telemetry:ExportSeconds"] = "1",
                ["Participation:InstanceName"] = "saal-a",
            },
        };
        var board = await factory.CreateBoardAsync();
        var anna = await factory.JoinAsync(board, "Anna");
        (await anna.Client.PostJsonAsync($"/api/boards/{board.Id}/ideas", BoardArrange.Idea(board.Column(0), "Mehr Beratung auf Türkisch"))).EnsureSuccessStatusCode();

        // Earlier exports may not yet hold this board's post: wait for it.
        var (path, contentType, body) = await ReceiveUntilAsync(collector, board.Id.ToString());

        Assert.Equal("/v1/metrics", path);
        Assert.Equal("application/x-protobuf", contentType);
        Assert.Contains("saal-a", body);
        Assert.Contains("participation.board.ideas.posted", body);
    }

    /// <summary>Takes the exporter's posts until one holds <paramref name="text"/> (strings travel as UTF-8 in protobuf).</summary>
    private static async Task<(string Path, string? ContentType, string Body)> ReceiveUntilAsync(HttpListener collector, string text)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var seen = 0;
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await collector.GetContextAsync().WaitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"The collector received {seen} posts in 60 s and none held {text}.");
                throw;
            }
            seen++;
            using var reader = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(reader);
            var body = Encoding.UTF8.GetString(reader.ToArray());
            context.Response.StatusCode = 200;
            context.Response.Close();
            if (body.Contains(text))
            {
                return (context.Request.Url!.AbsolutePath, context.Request.ContentType, body);
            }
        }
    }
}
