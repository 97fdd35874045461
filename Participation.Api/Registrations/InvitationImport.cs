using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.Localization;
using MimeKit;
using Participation.Api.Extensions;

namespace Participation.Api.Registrations;

/// <summary>Pasted addresses, or a CSV file (comma or semicolon, as German spreadsheets write it).</summary>
public sealed record InvitationInput(string? Addresses = null, string? Csv = null, string? Language = null);

public sealed record Invitee(int Line, string Email, string? Name, string? Organisation, string? Perspective);

public sealed record InvitationLineError(int Line, string Field, string Message);

public sealed record InvitationReport(int Invited, int AlreadyRegistered, IReadOnlyList<InvitationLineError> Errors);

/// <summary>Reads the people to invite; good lines come through, each bad one is reported with its line number.</summary>
public static class InvitationImport
{
    private static readonly string[] EmailHeaders = ["email", "e-mail", "mail", "e-mail-adresse", "emailadresse", "adresse"];
    private static readonly string[] NameHeaders = ["name", "vorname nachname", "teilnehmer", "person"];
    private static readonly string[] OrganisationHeaders = ["organisation", "organization", "institution", "träger", "verein"];
    private static readonly string[] PerspectiveHeaders = ["perspective", "perspektive", "bereich", "gruppe"];

    /// <summary>
    /// The text of an uploaded file: UTF-8 (with or without a byte-order mark), else Latin-1, which is what
    /// German Excel writes as "CSV (Trennzeichen-getrennt)" and where ä, ö, ü and ß have the same codes.
    /// </summary>
    public static string Decode(byte[] file)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(file).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(file);
        }
    }

    public static (List<Invitee> Good, List<InvitationLineError> Bad) Read(InvitationInput input, int maxNameLength, int maxTextLength, IStringLocalizer<Messages> text)
    {
        var good = new List<Invitee>();
        var bad = new List<InvitationLineError>();
        if (!string.IsNullOrWhiteSpace(input.Addresses))
        {
            ReadPasted(input.Addresses, good, bad, text);
        }
        if (!string.IsNullOrWhiteSpace(input.Csv))
        {
            ReadCsv(input.Csv, good, bad, maxNameLength, maxTextLength, text);
        }
        return (good, bad);
    }

    /// <summary>One address per line, or several separated by commas or semicolons; "Name &lt;address&gt;" as mail programs copy them.</summary>
    private static void ReadPasted(string pasted, List<Invitee> good, List<InvitationLineError> bad, IStringLocalizer<Messages> text)
    {
        var lines = pasted.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var part in lines[i].Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (MailboxAddress.TryParse(part, out var mailbox) && EmailAddresses.IsValid(mailbox.Address))
                {
                    good.Add(new Invitee(i + 1, EmailAddresses.Normalize(mailbox.Address), mailbox.Name.NullIfBlank(), null, null));
                }
                else
                {
                    bad.Add(new InvitationLineError(i + 1, "email", text["ImportEmailInvalid", part]));
                }
            }
        }
    }

    private static void ReadCsv(string csv, List<Invitee> good, List<InvitationLineError> bad, int maxNameLength, int maxTextLength, IStringLocalizer<Messages> text)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            MissingFieldFound = null,
            BadDataFound = null,
            TrimOptions = TrimOptions.Trim,
        };
        using var reader = new CsvReader(new StringReader(csv.TrimStart('\uFEFF')), configuration);
        if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not { } header)
        {
            bad.Add(new InvitationLineError(1, "csv", text["ImportHeaderMissing"]));
            return;
        }
        int Column(string[] names) => Array.FindIndex(header, h => names.Contains(h.Trim().ToLowerInvariant()));
        var email = Column(EmailHeaders);
        if (email < 0)
        {
            bad.Add(new InvitationLineError(1, "csv", text["ImportHeaderMissing"]));
            return;
        }
        var (name, organisation, perspective) = (Column(NameHeaders), Column(OrganisationHeaders), Column(PerspectiveHeaders));
        while (reader.Read())
        {
            var line = reader.Parser.RawRow;
            string? Field(int index) => index >= 0 && reader.TryGetField<string>(index, out var value) ? value.NullIfBlank() : null;
            if (reader.Parser.Record is not { } record || record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            var address = Field(email);
            if (!EmailAddresses.IsValid(address))
            {
                bad.Add(new InvitationLineError(line, "email", text["ImportEmailInvalid", address ?? ""]));
                continue;
            }
            var (person, org, view) = (Field(name), Field(organisation), Field(perspective));
            if (person?.Length > maxNameLength || org?.Length > maxTextLength || view?.Length > maxTextLength)
            {
                bad.Add(new InvitationLineError(line, person?.Length > maxNameLength ? "name" : org?.Length > maxTextLength ? "organisation" : "perspective", text["ImportFieldTooLong"]));
                continue;
            }
            good.Add(new Invitee(line, EmailAddresses.Normalize(address!), person, org, view));
        }
    }
}
