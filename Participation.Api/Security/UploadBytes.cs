using Participation.Api.Boards;
using Participation.Api.Registrations;

namespace Participation.Api.Security;

/// <summary>The explicit, larger body limits of the routes that take files.</summary>
public static class UploadBytes
{
    /// <summary>Room for the multipart framing and the caption around the file.</summary>
    private const long Envelope = 64 * 1024;

    public static long Photo(IConfiguration configuration) =>
        (configuration.GetSection("Participation:Boards").Get<BoardOptions>() ?? new BoardOptions()).MaxPhotoMegabytes * 1024L * 1024L + Envelope;

    /// <summary>An invitation list may come as a CSV and as pasted addresses in one request, each up to the import limit.</summary>
    public static long Import(IConfiguration configuration) =>
        2 * (configuration.GetSection("Participation:Registrations").Get<RegistrationOptions>() ?? new RegistrationOptions()).MaxImportKilobytes * 1024L + Envelope;
}
