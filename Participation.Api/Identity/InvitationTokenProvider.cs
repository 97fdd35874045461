using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Participation.Api.Identity;

/// <summary>
/// Tokens in invitation links: Identity's data-protection tokens under their own name, so they
/// live for days while a password-reset link lives for an hour. A new invitation or the first
/// password changes the security stamp, which ends every earlier link.
/// </summary>
public sealed class InvitationTokenProvider(
    IDataProtectionProvider protection, IOptions<InvitationTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<Account>> log)
    : DataProtectorTokenProvider<Account>(protection, options, log)
{
    public const string ProviderName = "Invitation";
    public const string Purpose = "AcceptInvitation";
}

public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions() => Name = "InvitationProtector";
}
