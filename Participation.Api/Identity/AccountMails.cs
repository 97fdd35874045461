using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Email;
using Participation.Api.Extensions;
using Participation.Api.Localisation;

namespace Participation.Api.Identity;

/// <summary>The emails an account gets about itself, in the language of the request that causes them, into the caller's unit of work.</summary>
public sealed class AccountMails(Outbox outbox, PublicAddress address, IStringLocalizer<Messages> text, IOptions<AuthOptions> auth)
{
    public const string PasswordResetKind = "passwordReset";
    public const string InvitationKind = "accountInvitation";

    public void PasswordReset(ParticipationDb db, Account account, string token)
    {
        var url = $"{address.BaseUrl()}/account/reset?email={Uri.EscapeDataString(account.Email!)}&token={Uri.EscapeDataString(token)}";
        var content = new MailContent(SpokenLanguages.Current, text["AccountMail.Reset.Heading"])
            .Paragraph(text["AccountMail.Greeting", account.DisplayName])
            .Paragraph(text["AccountMail.Reset.Text"])
            .Action(text["AccountMail.Reset.Action"], url)
            .Small(text["AccountMail.Reset.Expiry", auth.Value.ResetTokenMinutes])
            .Small(text["AccountMail.Reset.NotYou"]);
        outbox.Add(db, new MailEnvelope(PasswordResetKind, account.Email!, account.DisplayName, null), text["AccountMail.Reset.Subject"], content);
    }

    public void Invitation(ParticipationDb db, Account account, string token, string invitedBy)
    {
        var url = $"{address.BaseUrl()}/account/accept?email={Uri.EscapeDataString(account.Email!)}&token={Uri.EscapeDataString(token)}";
        var content = new MailContent(SpokenLanguages.Current, text["AccountMail.Invitation.Heading"])
            .Paragraph(text["AccountMail.Greeting", account.DisplayName])
            .Paragraph(text["AccountMail.Invitation.Text", invitedBy])
            .Action(text["AccountMail.Invitation.Action"], url)
            .Small(text["AccountMail.Invitation.Expiry", auth.Value.InvitationDays]);
        outbox.Add(db, new MailEnvelope(InvitationKind, account.Email!, account.DisplayName, null), text["AccountMail.Invitation.Subject"], content);
    }
}
