using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Participation.Bench;

public sealed record Report(string Format, int Run, int Status, double Ms, double FirstByteMs, long Bytes,
    double RssBeforeMb, double PeakMb, double RssAfterMb, double CpuSeconds, bool PeakReset, string? Problem);

/// <summary>One timed GET of the report: the body read to the end (saved on the first run), the host's memory and CPU around it.</summary>
public static class Reports
{
    public static async Task<Report> GetAsync(
        HttpClient http, string admin, Memory memory, Child host, Guid process, int year, string format, int run, string? save)
    {
        var peakReset = memory.ResetPeak();
        var before = memory.RssMb;
        var cpu = host.CpuSeconds;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(() => memory.SampleMaxAsync(sampling.Token));
        var watch = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/processes/{process}/report?year={year}&format={format}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        using var answer = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var firstByte = watch.Elapsed.TotalMilliseconds;
        var body = await answer.Content.ReadAsByteArrayAsync();
        var ms = watch.Elapsed.TotalMilliseconds;
        await sampling.CancelAsync();
        var peak = Math.Max(await sampler, peakReset ? memory.PeakMb : 0);
        var after = memory.RssMb;
        var cpuSeconds = host.CpuSeconds - cpu;
        string? problem;
        if (!answer.IsSuccessStatusCode)
        {
            problem = $"{(int)answer.StatusCode}: {Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 300))).ReplaceLineEndings(" ")}";
        }
        else
        {
            if (save is not null)
            {
                await File.WriteAllBytesAsync(save, body);
            }
            problem = Check(format, body);
        }
        return new Report(format, run, (int)answer.StatusCode, ms, firstByte, body.Length, before, peak, after, cpuSeconds, peakReset, problem);
    }

    /// <summary>A light check: PDF and DOCX are what their magic bytes say, the HTML names a decided recommendation and the last municipality.</summary>
    private static string? Check(string format, byte[] body) => format switch
    {
        "pdf" => body.AsSpan().StartsWith("%PDF-"u8) ? null : "does not start with %PDF-",
        "docx" => body.AsSpan().StartsWith("PK\u0003\u0004"u8) ? null : "not a ZIP package",
        _ => Encoding.UTF8.GetString(body) is var text && text.Contains(Texts.Sentinel, StringComparison.Ordinal) && text.Contains("Tegernsee", StringComparison.Ordinal)
            ? null : $"does not contain \"{Texts.Sentinel}\" and \"Tegernsee\"",
    };

    public static double Median(IReadOnlyList<double> sorted) =>
        sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
