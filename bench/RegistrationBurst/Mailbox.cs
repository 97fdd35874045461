using System.Text.RegularExpressions;
using MimeKit;

namespace Participation.Bench;

/// <summary>One message as aiosmtpd's Mailbox handler stored it (a Maildir file).</summary>
public sealed record Delivered(string File, string To, string Subject, string? ConfirmToken);

/// <summary>The Maildir the SMTP server writes to: each accepted message is one file in new/ (or cur/).</summary>
public static partial class Mailbox
{
    public static int Count(string maildir) => Files(maildir).Count();

    public static IEnumerable<string> Files(string maildir) =>
        new[] { "new", "cur" }.Select(d => Path.Combine(maildir, d)).Where(Directory.Exists).SelectMany(Directory.EnumerateFiles);

    public static List<Delivered> Read(string maildir) => Files(maildir).AsParallel().Select(file =>
    {
        var message = MimeMessage.Load(file);
        var to = string.Join(",", message.To.Mailboxes.Select(m => m.Address.ToLowerInvariant()));
        var match = ConfirmLink().Match(message.TextBody ?? "");
        return new Delivered(Path.GetFileName(file), to, message.Subject ?? "", match.Success ? Uri.UnescapeDataString(match.Groups["token"].Value) : null);
    }).ToList();

    [GeneratedRegex(@"/r/confirm/(?<token>[A-Za-z0-9_\-%]+)")]
    private static partial Regex ConfirmLink();
}
