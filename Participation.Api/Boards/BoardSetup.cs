using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Participation.Api.Extensions;
using Participation.Api.Qr;
using Participation.Api.Scaling;

namespace Participation.Api.Boards;

public static class BoardSetup
{
    /// <summary>The name of the default scheme: participant and host tokens, else Identity's bearer token or cookie.</summary>
    public const string DefaultScheme = "Participation";

    /// <summary>Identity's own default (bearer token, else the login cookie); the constant is internal to Identity.</summary>
    private const string IdentityBearerOrCookie = "Identity.BearerAndApplication";

    public static IServiceCollection AddBoards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BoardOptions>().Bind(configuration.GetSection("Participation:Boards")).ValidateDataAnnotations().ValidateOnStart();
        var limits = configuration.GetSection("Participation:Boards").Get<BoardOptions>() ?? new BoardOptions();
        services.AddSignalR(hub => hub.MaximumReceiveMessageSize = limits.MaxHubMessageBytes)
            .AddJsonProtocol(json => BoardJson.Configure(json.PayloadSerializerOptions))
            .AddScaleOut(configuration);
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddSingleton<BoardSnapshots>();
        services.AddSingleton<BoardWriter>();
        services.AddSingleton<BoardBroadcaster>();
        services.AddSingleton<BoardConnections>();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<BoardLinks>();
        services.AddSingleton<QrCodes>();
        services.AddScoped<BoardService>();
        services.AddScoped<SessionPhotos>();

        services.AddAuthentication()
            .AddPolicyScheme(DefaultScheme, DefaultScheme, policy => policy.ForwardDefaultSelector = context =>
                ParticipantTokens.IsOurs(ParticipantAuthentication.TokenOf(context))
                    ? ParticipantAuthentication.SchemeName
                    : IdentityBearerOrCookie)
            .AddScheme<AuthenticationSchemeOptions, ParticipantAuthentication>(ParticipantAuthentication.SchemeName, null);
        services.Configure<AuthenticationOptions>(auth => auth.DefaultScheme = DefaultScheme);

        // Browsers cannot set headers on a WebSocket: the hub takes an account's bearer token from the query too.
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, bearer => bearer.Events.OnMessageReceived = context =>
        {
            var token = context.Request.Query["access_token"].ToString();
            if (context.Request.Path.StartsWithSegments("/hubs") && token.Length > 0 && !ParticipantTokens.IsOurs(token))
            {
                context.Token = token;
            }
            return Task.CompletedTask;
        });
        return services;
    }
}
