using Participation.Api.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Api.Boards;

namespace Participation.Web.Pages.Boards;

/// <summary>The read-only result of a board, sorted by dots: for anyone once published, for facilitators always.</summary>
public sealed class ResultsModel(BoardService boards) : PageModel
{
    public BoardResults Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await boards.ResultsAsync(User, id, ct);
        if (result.Refusal is { } refusal)
        {
            return this.Refused(refusal) ?? StatusCode(StatusCodes.Status403Forbidden);
        }
        Results = result.Value!;
        return Page();
    }
}
