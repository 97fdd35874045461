using Microsoft.Extensions.Localization;

namespace Participation.Web;

/// <summary>
/// The texts of every page: a key is looked up among the participants' texts (all languages)
/// first, then among the organisers' (German and English), so a page need not know which file holds it.
/// </summary>
public sealed class PageTexts(IStringLocalizer<PublicTexts> everyone, IStringLocalizer<SharedResource> staff) : IStringLocalizer
{
    public LocalizedString this[string name] => everyone[name] is { ResourceNotFound: false } found ? found : staff[name];

    public LocalizedString this[string name, params object[] arguments] =>
        everyone[name, arguments] is { ResourceNotFound: false } found ? found : staff[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        everyone.GetAllStrings(includeParentCultures).Concat(staff.GetAllStrings(includeParentCultures));
}
