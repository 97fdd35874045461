using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Boards;
using Participation.Api.Extensions;
using Participation.Tests.Boards;
using Participation.Api.Localisation;

namespace Participation.Tests.Security;

/// <summary>
/// Calls the board hub's methods as one role: the arguments name the arranged board, and a fresh idea or
/// cluster for the methods that change or remove one. A call is refused when the connection cannot even be
/// made (no token: negotiate answers 401) or the hub answers with one of the product's access refusals;
/// any other answer, a result or a refusal about the board's state or the input, passed the access check.
/// </summary>
public sealed class HubCalls(MatrixWorld world)
{
    /// <summary>The refusals the hub answers when the caller may not act (or may not know the thing exists).</summary>
    private static readonly string[] AccessRefusalKeys =
        ["Board.NotFound", "Board.Forbidden", "Board.ModeratorsOnly", "Vote.ParticipantsOnly", "Idea.NotYours", "Idea.NotFound", "Results.NotPublished"];

    private const string ServerPrefix = "HubException: ";

    private readonly HashSet<string> accessRefusals = AccessRefusals(world.Factory.Services);

    /// <summary>A started connection as the role, or null when the hub does not let it connect.</summary>
    public async Task<HubConnection?> ConnectAsync(MatrixRole role)
    {
        var connection = BoardClient.Builder(world.BaseUrl, world.Tokens[role] ?? "").Build();
        try
        {
            await connection.StartAsync();
            return connection;
        }
        catch (HttpRequestException)
        {
            await connection.DisposeAsync();
            return null;
        }
    }

    /// <summary>Whether the call passed the access check, and what it answered (for the failure message).</summary>
    public async Task<(bool Passed, string Answer)> CallAsync(HubConnection? connection, string method)
    {
        if (connection is null)
        {
            return (false, "connection refused");
        }
        var arguments = await ArgumentsAsync(method);
        try
        {
            await connection.InvokeCoreAsync(method, typeof(object), arguments);
            return (true, "result");
        }
        catch (HubException refused)
        {
            // The client shows the server's HubException as "An unexpected error occurred invoking 'X' on the server. HubException: …".
            var message = refused.Message;
            var own = message.IndexOf(ServerPrefix, StringComparison.Ordinal);
            return (!accessRefusals.Contains(own < 0 ? message : message[(own + ServerPrefix.Length)..]), message);
        }
    }

    private async Task<object?[]> ArgumentsAsync(string method)
    {
        var board = world.BoardId;
        return method switch
        {
            "JoinBoard" or "WatchBoard" => [board, 0L],
            "LeaveBoard" or "RevealIdeas" => [board],
            "PostIdea" => [board, new PostIdeaInput(world.ColumnId, "Lernpatenschaften", Guid.NewGuid().ToString("N"))],
            "EditIdea" => [board, await world.Fresh.IdeaAsync(), new EditIdeaInput("Lernpatenschaften für Erwachsene")],
            "WithdrawIdea" or "ShowIdea" => [board, await world.Fresh.IdeaAsync()],
            "Vote" => [board, await world.Fresh.IdeaAsync(), 1],
            "HideIdea" => [board, await world.Fresh.IdeaAsync(), "Doppelt"],
            "PinIdea" => [board, await world.Fresh.IdeaAsync(), true],
            "MoveIdea" => [board, await world.Fresh.IdeaAsync(), world.Board.Columns[1].Id],
            "MergeIdeas" => [board, await world.Fresh.IdeaAsync(), new[] { await world.Fresh.IdeaAsync() }],
            "SaveCluster" => [board, null, "Wohnen"],
            "DeleteCluster" => [board, await world.Fresh.ClusterAsync()],
            "SetIdeaCluster" => [board, await world.Fresh.IdeaAsync(), world.ClusterId],
            "SetPhase" => [board, BoardPhase.Collect],
            "SetTimer" => [board, 0],
            "PublishResults" => [board, true],
            _ => throw new InvalidOperationException($"No arguments for HUB {method}: add them to {nameof(HubCalls)}."),
        };
    }

    private static HashSet<string> AccessRefusals(IServiceProvider services)
    {
        var text = services.GetRequiredService<IStringLocalizer<Messages>>();
        var refusals = new HashSet<string>();
        foreach (var language in SpokenLanguages.Codes)
        {
            using var _ = CultureScope.Use(language);
            refusals.UnionWith(AccessRefusalKeys.Select(key => text[key].Value));
        }
        return refusals;
    }
}
