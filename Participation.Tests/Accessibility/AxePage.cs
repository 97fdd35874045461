using Microsoft.Playwright;

namespace Participation.Tests.Accessibility;

/// <summary>
/// A page in one state for the axe check: its Razor route (as the app declares it), what state it is in, the
/// address on the arranged data, and what to do after opening it before axe looks. A page in the organisers'
/// language (German or English) stays left to right whatever language is asked for.
/// </summary>
public sealed record AxePage(
    string Route, string State, Func<AxeWorld, string> Path, Func<IPage, Task>? Prepare = null, bool AsOrganiser = false, bool StaffLanguage = false)
{
    public string Key => $"{Route} ({State})";
}
