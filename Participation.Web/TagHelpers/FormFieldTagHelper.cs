using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Participation.Web.TagHelpers;

/// <summary>
/// One labelled form field with its hint and its errors, wired for screen
/// readers (aria-describedby, aria-invalid). The field's name is the API's
/// field name, so validation errors from the API land next to it.
/// <c>&lt;form-field key="title" label="…" value="…" required /&gt;</c>; with
/// <c>type="select"</c> the child content holds the options.
/// </summary>
[HtmlTargetElement("form-field")]
public sealed class FormFieldTagHelper(PageTexts text) : TagHelper
{
    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public string Type { get; set; } = "text";
    public string? Value { get; set; }
    public string? Hint { get; set; }
    public bool Required { get; set; }
    public string? Autocomplete { get; set; }
    public string? Min { get; set; }
    public string? Max { get; set; }
    public int? Maxlength { get; set; }
    /// <summary>The id of a datalist of suggestions.</summary>
    public string? List { get; set; }
    public bool Readonly { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ModelState.TryGetValue(Key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", errors.Count > 0 ? "field has-error" : "field");

        var label = new TagBuilder("label");
        label.Attributes["for"] = Key;
        label.InnerHtml.Append(Label);
        if (Required)
        {
            label.InnerHtml.AppendHtml(" <span class=\"required\" aria-hidden=\"true\">*</span>");
            label.InnerHtml.AppendHtml(new TagBuilder("span") { Attributes = { ["class"] = "visually-hidden" } }.Tap(s => s.InnerHtml.Append($" ({text["Form.Required"]})")));
        }
        output.Content.AppendHtml(label);

        var describedBy = new List<string>();
        if (!string.IsNullOrEmpty(Hint))
        {
            output.Content.AppendHtml(Paragraph("hint", $"{Key}-hint", Hint));
            describedBy.Add($"{Key}-hint");
        }
        if (errors.Count > 0)
        {
            output.Content.AppendHtml(Paragraph("error", $"{Key}-error", string.Join(" ", errors)));
            describedBy.Add($"{Key}-error");
        }

        var control = await ControlAsync(output);
        control.Attributes["id"] = Key;
        control.Attributes["name"] = Key;
        if (describedBy.Count > 0) control.Attributes["aria-describedby"] = string.Join(" ", describedBy);
        if (errors.Count > 0) control.Attributes["aria-invalid"] = "true";
        if (Required) control.Attributes["required"] = "required";
        if (Autocomplete is not null) control.Attributes["autocomplete"] = Autocomplete;
        output.Content.AppendHtml(control);
    }

    private async Task<TagBuilder> ControlAsync(TagHelperOutput output)
    {
        switch (Type)
        {
            case "textarea":
                var area = new TagBuilder("textarea");
                area.Attributes["rows"] = "5";
                if (Maxlength is { } length) area.Attributes["maxlength"] = length.ToString();
                area.InnerHtml.Append(Value ?? "");
                return area;
            case "select":
                var select = new TagBuilder("select");
                select.InnerHtml.AppendHtml((await output.GetChildContentAsync()).GetContent());
                return select;
            default:
                var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
                input.Attributes["type"] = Type;
                if (Value is not null) input.Attributes["value"] = Value;
                if (Min is not null) input.Attributes["min"] = Min;
                if (Max is not null) input.Attributes["max"] = Max;
                if (Maxlength is { } max) input.Attributes["maxlength"] = max.ToString();
                if (List is not null) input.Attributes["list"] = List;
                if (Readonly) input.Attributes["readonly"] = "readonly";
                return input;
        }
    }

    private static TagBuilder Paragraph(string cssClass, string id, string content)
    {
        var p = new TagBuilder("p");
        p.Attributes["class"] = cssClass;
        p.Attributes["id"] = id;
        p.InnerHtml.Append(content);
        return p;
    }
}

internal static class TagBuilderExtensions
{
    public static TagBuilder Tap(this TagBuilder tag, Action<TagBuilder> change)
    {
        change(tag);
        return tag;
    }
}
