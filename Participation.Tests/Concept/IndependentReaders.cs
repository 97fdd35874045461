using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Participation.Tests.Concept;

/// <summary>
/// Programs that did not make the codes and the PDF read them back: zbarimg (zbar-tools) decodes QR codes,
/// rsvg-convert (librsvg2-bin) rasterises SVG, pdftotext and pdftoppm (poppler-utils) read the PDF.
/// </summary>
public static class IndependentReaders
{
    /// <summary>What every QR code in the PNG images says, one entry per code found.</summary>
    public static IReadOnlyList<string> DecodeQrCodes(params byte[][] pngs)
    {
        using var folder = new ScratchFolder();
        var (exitCode, output, error) = Run("zbarimg", ["--raw", "-q", .. pngs.Select(png => folder.Save(png, ".png"))]);
        // zbarimg answers 4 when it read the images but found no code.
        Assert.True(exitCode is 0 or 4, $"zbarimg failed ({exitCode}): {error}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static byte[] SvgToPng(string svg)
    {
        using var folder = new ScratchFolder();
        var png = folder.PathFor(".png");
        Succeed("rsvg-convert", ["--width", "600", "--background-color", "white", "--output", png, folder.Save(Encoding.UTF8.GetBytes(svg), ".svg")]);
        return File.ReadAllBytes(png);
    }

    public static string PdfToText(byte[] pdf)
    {
        using var folder = new ScratchFolder();
        return Succeed("pdftotext", [folder.Save(pdf, ".pdf"), "-"]);
    }

    /// <summary>Each page as a PNG at <paramref name="dpi"/>, in page order.</summary>
    public static IReadOnlyList<byte[]> PdfToPngs(byte[] pdf, int dpi = 150)
    {
        using var folder = new ScratchFolder();
        var prefix = folder.PathFor("");
        Succeed("pdftoppm", ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-png", folder.Save(pdf, ".pdf"), prefix]);
        return Directory.GetFiles(folder.Path, System.IO.Path.GetFileName(prefix) + "-*.png").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
    }

    private static string Succeed(string program, string[] arguments)
    {
        var (exitCode, output, error) = Run(program, arguments);
        Assert.True(exitCode == 0, $"{program} failed ({exitCode}): {error}");
        return output;
    }

    private static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    private sealed class ScratchFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("participation-readers-").FullName;

        public string PathFor(string extension) => System.IO.Path.Combine(Path, Guid.NewGuid().ToString("N") + extension);

        public string Save(byte[] content, string extension)
        {
            var path = PathFor(extension);
            File.WriteAllBytes(path, content);
            return path;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
