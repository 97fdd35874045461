using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Participation.Api.Boards;
using Participation.Api.Data;
using Participation.Api.Extensions;

namespace Participation.Web.Pages.Organise.Boards;

/// <summary>
/// The facilitator's console. Moderation runs live in the script island; typing in
/// paper cards and handing the session to a table host are plain forms.
/// </summary>
public sealed class ConsoleModel(
    ParticipationDb db, BoardService boards, SessionPhotos photos, PageTexts text) : PageModel
{
    public BoardPlace Place { get; private set; } = null!;
    public BoardSnapshot Snapshot { get; private set; } = null!;
    public string BatchId { get; private set; } = Guid.NewGuid().ToString("N");
    public string? Lines { get; private set; }
    public string? HostLink { get; private set; }
    public IReadOnlyList<PhotoResponse> Photos { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostCardsAsync(Guid id, Guid columnId, Guid? areaId, string? lines, string? batchId, string? language, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        var result = await boards.AddCardsAsync(User, id, new CardsInput(columnId, lines ?? "", areaId, batchId, language), ct);
        if (result.Refusal is { } refusal)
        {
            if (this.Refused(refusal) is { } page)
            {
                return page;
            }
            ModelState.AddModelError(refusal.Field ?? "lines", refusal.Message);
            Lines = lines;
            BatchId = batchId ?? BatchId;
            return Page();
        }
        return this.RedirectWithNotice($"/organise/boards/{id}", text["Board.CardsAdded", result.Value!.Count]);
    }

    public async Task<IActionResult> OnPostHostAsync(Guid id, string? name, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        var result = await boards.CreateHostAsync(User, Place.SessionId, new HostInput(name ?? ""), ct);
        if (result.Refusal is { } refusal)
        {
            ModelState.AddModelError(refusal.Field ?? "name", refusal.Message);
            return Page();
        }
        HostLink = result.Value!.HostUrl;
        return Page();
    }

    public async Task<IActionResult> OnPostPhotoAsync(Guid id, IFormFile? file, string? caption, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        var result = await photos.AddAsync(User, Place.SessionId, file, caption, ct);
        if (result.Refusal is { } refusal)
        {
            ModelState.AddModelError(refusal.Field ?? "file", refusal.Message);
            return Page();
        }
        return this.RedirectWithNotice($"/organise/boards/{id}#photos-heading", text["Photo.Added"]);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await BoardPlace.FindAsync(db, id, ct) is not { } place)
        {
            return NotFound();
        }
        var snapshot = await boards.ModeratorSnapshotAsync(User, id, ct);
        if (snapshot.Refusal is { } refusal)
        {
            return this.Refused(refusal) ?? StatusCode(StatusCodes.Status403Forbidden);
        }
        Place = place;
        Snapshot = snapshot.Value!;
        Photos = (await photos.ListAsync(User, place.SessionId, ct)).Value ?? [];
        return null;
    }
}
