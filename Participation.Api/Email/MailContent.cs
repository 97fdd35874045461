using System.Net;
using System.Text;
using Participation.Api.Localisation;

namespace Participation.Api.Email;

/// <summary>
/// The content of one email, written once and rendered twice: as plain text and as simple HTML
/// (one column, no images from elsewhere, readable in every mail program and by screen readers).
/// </summary>
public sealed class MailContent(Language language, string heading)
{
    private readonly List<(string Kind, string First, string? Second)> blocks = [];

    public MailContent Paragraph(string text)
    {
        blocks.Add(("p", text, null));
        return this;
    }

    public MailContent Fact(string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            blocks.Add(("fact", label, value));
        }
        return this;
    }

    public MailContent Action(string label, string url)
    {
        blocks.Add(("action", label, url));
        return this;
    }

    public MailContent Small(string text)
    {
        blocks.Add(("small", text, null));
        return this;
    }

    public string Text()
    {
        var text = new StringBuilder().Append(heading).Append("\n\n");
        foreach (var (kind, first, second) in blocks)
        {
            _ = kind switch
            {
                "fact" => text.Append(first).Append(": ").Append(second).Append('\n'),
                "action" => text.Append('\n').Append(first).Append(":\n").Append(second).Append("\n\n"),
                _ => text.Append('\n').Append(first).Append("\n\n"),
            };
        }
        return text.ToString().Replace("\n\n\n", "\n\n").TrimEnd() + "\n";
    }

    public string Html()
    {
        static string E(string? value) => WebUtility.HtmlEncode(value ?? "");
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(E(language.HtmlLang)).Append("\" dir=\"").Append(language.Direction).Append("\"><head><meta charset=\"utf-8\"><title>").Append(E(heading))
            .Append("</title></head><body style=\"font-family:sans-serif;line-height:1.5;color:#1a1a1a;max-width:40em;margin:0 auto;padding:1em\">")
            .Append("<h1 style=\"font-size:1.4em\">").Append(E(heading)).Append("</h1>");
        var inFacts = false;
        foreach (var (kind, first, second) in blocks)
        {
            if (kind == "fact" && !inFacts)
            {
                html.Append("<table role=\"presentation\" style=\"border-collapse:collapse;margin:1em 0\">");
                inFacts = true;
            }
            else if (kind != "fact" && inFacts)
            {
                html.Append("</table>");
                inFacts = false;
            }
            html.Append(kind switch
            {
                "fact" => $"<tr><th scope=\"row\" style=\"text-align:start;padding:.2em .6em;vertical-align:top\">{E(first)}</th><td dir=\"auto\" style=\"padding:.2em .6em\">{E(second)}</td></tr>",
                "action" => $"<p><a href=\"{E(second)}\" style=\"display:inline-block;background:#0b5394;color:#fff;padding:.6em 1.2em;border-radius:4px;text-decoration:none\">{E(first)}</a></p><p style=\"font-size:.85em;color:#555\">{E(second)}</p>",
                "small" => $"<p style=\"font-size:.85em;color:#555\">{E(first)}</p>",
                _ => $"<p>{E(first).Replace("\n", "<br>")}</p>",
            });
        }
        if (inFacts)
        {
            html.Append("</table>");
        }
        return html.Append("</body></html>").ToString();
    }
}
