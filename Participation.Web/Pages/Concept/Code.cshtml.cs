using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Api.Extensions;

namespace Participation.Web.Pages.Concept;

/// <summary>For readers who type the code printed under a QR code instead of scanning it.</summary>
public sealed class CodeModel : PageModel
{
    public string? Code { get; private set; }

    public IActionResult OnGet(string? code)
    {
        Code = code;
        var normalized = ShortCodes.Normalize(code ?? "");
        if (normalized.Length == 0)
        {
            return Page();
        }
        return LocalRedirect($"/k/{Uri.EscapeDataString(normalized)}");
    }
}
