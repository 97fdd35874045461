using Participation.Api.Extensions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;

namespace Participation.Api.Boards;

/// <summary>
/// Photos of flipcharts and pin boards, attached to a session so that paper and phones end up in one
/// documentation. Files live in the data directory; only JPEG, PNG and WebP are taken, checked by their bytes.
/// </summary>
public sealed class SessionPhotos(
    ParticipationDb db, BoardService boards, IOptions<BoardOptions> options, IOptions<ParticipationOptions> participation,
    IStringLocalizer<Messages> text, TimeProvider clock)
{
    private static readonly (string ContentType, string Extension, byte[] Magic)[] Kinds =
    [
        ("image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]),
        ("image/png", ".png", [0x89, 0x50, 0x4E, 0x47]),
        ("image/webp", ".webp", [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]),
    ];

    public async Task<Outcome<PhotoResponse>> AddAsync(ClaimsPrincipal user, Guid sessionId, IFormFile? file, string? caption, CancellationToken ct)
    {
        if (await boards.SessionModeratorAsync(user, sessionId, ct) is { } refused)
        {
            return refused;
        }
        if (file is null || file.Length == 0)
        {
            return new Refusal(RefusalKind.Invalid, text["Photo.Missing"], "file");
        }
        if (file.Length > options.Value.MaxPhotoMegabytes * 1024L * 1024L)
        {
            return new Refusal(RefusalKind.Invalid, text["Photo.TooLarge", options.Value.MaxPhotoMegabytes], "file");
        }
        if (caption is { Length: > 300 })
        {
            return new Refusal(RefusalKind.Invalid, text["Photo.Caption"], "caption");
        }
        var head = new byte[12];
        await using (var peek = file.OpenReadStream())
        {
            _ = await peek.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        }
        // WebP is "RIFF", four bytes of length, then "WEBP": the length bytes match anything.
        var kind = Kinds.FirstOrDefault(k => k.Magic.Select((b, i) => (b, i)).All(m => (k.Extension == ".webp" && m.i is >= 4 and < 8) || head[m.i] == m.b));
        if (kind.ContentType is null)
        {
            return new Refusal(RefusalKind.Invalid, text["Photo.Kind"], "file");
        }
        var photo = new SessionPhoto
        {
            SessionId = sessionId,
            FileName = Files.SafeUploadName(file.FileName, $"photo{kind.Extension}"),
            ContentType = kind.ContentType,
            Length = file.Length,
            Caption = string.IsNullOrWhiteSpace(caption) ? null : caption.Trim(),
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        var path = PathOf(photo.Id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // The file first, under a name only this row knows; a row without its file never exists.
        await using (var target = File.Create(path))
        {
            await file.CopyToAsync(target, ct);
        }
        db.SessionPhotos.Add(photo);
        await db.SaveChangesAsync(ct);
        return ToResponse(photo);
    }

    public async Task<Outcome<List<PhotoResponse>>> ListAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken ct)
    {
        if (await boards.SessionModeratorAsync(user, sessionId, ct) is { } refused)
        {
            return refused;
        }
        var photos = await db.SessionPhotos.AsNoTracking().Where(p => p.SessionId == sessionId).OrderBy(p => p.UploadedAt).ToListAsync(ct);
        return photos.Select(ToResponse).ToList();
    }

    public async Task<Outcome<(SessionPhoto Photo, string Path)>> FileAsync(ClaimsPrincipal user, Guid photoId, CancellationToken ct)
    {
        var photo = await db.SessionPhotos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId, ct);
        if (photo is null || !File.Exists(PathOf(photo.Id)))
        {
            return new Refusal(RefusalKind.NotFound, text["Photo.NotFound"]);
        }
        if (await boards.SessionModeratorAsync(user, photo.SessionId, ct) is { } refused)
        {
            return refused;
        }
        return (photo, PathOf(photo.Id));
    }

    private string PathOf(Guid id) => Path.Combine(participation.Value.DataDirectory, "photos", id.ToString("N"));

    private static PhotoResponse ToResponse(SessionPhoto p) =>
        new(p.Id, p.SessionId, p.FileName, p.ContentType, p.Length, p.Caption, new DateTimeOffset(p.UploadedAt), $"/api/photos/{p.Id}");
}
