using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Api.Extensions;
using Participation.Api.Localisation;
using Participation.Api.Qr;
using Participation.Api.Security;

namespace Participation.Api.Boards;

/// <summary>Boards of a session: creating, reading, settings, catching up, the join QR code, results, table hosts, joining.</summary>
public static class BoardsApi
{
    public static void MapBoards(this IEndpointRouteBuilder routes)
    {
        var ofSession = routes.MapGroup("/api/sessions/{sessionId:guid}").WithTags("Boards").RequireAuthorization().WithStandardProblems();
        ofSession.MapPost("/boards", CreateBoard).WithName(nameof(CreateBoard)).WithValidation<BoardInput>()
            .WithSummary("Creates a live board for the session; returns its join code and join URL.");
        ofSession.MapGet("/boards", ListBoards).WithName(nameof(ListBoards));
        ofSession.MapPost("/hosts", CreateHost).WithName(nameof(CreateHost))
            .WithSummary("A link for a table host: runs this session's boards until the end of the event's last day.");

        var boards = routes.MapGroup("/api/boards/{boardId:guid}").WithTags("Boards").RequireAuthorization().WithStandardProblems();
        boards.MapGet("/", GetBoard).WithName(nameof(GetBoard)).WithSummary("The current snapshot, in the caller's view.");
        boards.MapPut("/", UpdateBoard).WithName(nameof(UpdateBoard)).WithValidation<BoardInput>();
        boards.MapGet("/events", GetBoardEvents).WithName(nameof(GetBoardEvents))
            .WithSummary("The log after ?after=N (or a snapshot when too far behind): for clients that cannot hold a WebSocket.");
        boards.MapGet("/qr.svg", GetJoinQrCode).WithName(nameof(GetJoinQrCode)).Produces<string>(contentType: "image/svg+xml");

        routes.MapGet("/api/boards/{boardId:guid}/results", GetResults).WithTags("Boards").WithName(nameof(GetResults)).AllowAnonymous()
            .WithSummary("The read-only result: to anyone once published, to moderators always.");
        routes.MapPost("/api/join/{joinCode}", Join).WithTags("Boards").WithName(nameof(Join)).AllowAnonymous().RequireRateLimiting(RateLimits.Join)
            .WithSummary("Joins a board by its code; returns the participant token for the hub and the API.");
    }

    public static async Task<Results<Created<BoardDto>, ValidationProblem, ProblemHttpResult>> CreateBoard(
        Guid sessionId, BoardInput input, ClaimsPrincipal user, BoardService boards,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var result = await boards.CreateBoardAsync(user, sessionId, input, ct);
        return result.Refusal switch
        {
            null => TypedResults.Created($"/api/boards/{result.Value!.Id}", result.Value),
            { Kind: RefusalKind.Invalid } refusal => Validation.Problem(refusal.Field ?? "body", refusal.Message, text),
            var refusal => refusal.ToProblem(),
        };
    }

    public static async Task<Results<Ok<List<BoardDto>>, ValidationProblem, ProblemHttpResult>> ListBoards(
        Guid sessionId, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.ListBoardsAsync(user, sessionId, ct)).ToHttp(text);

    public static async Task<Results<Ok<BoardSnapshot>, ValidationProblem, ProblemHttpResult>> GetBoard(
        Guid boardId, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.SnapshotAsync(user, boardId, ct)).ToHttp(text);

    public static async Task<Results<Ok<BoardDto>, ValidationProblem, ProblemHttpResult>> UpdateBoard(
        Guid boardId, BoardInput input, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.UpdateBoardAsync(user, boardId, input, ct)).ToHttp(text);

    public static async Task<Results<Ok<JoinBoardResult>, ValidationProblem, ProblemHttpResult>> GetBoardEvents(
        Guid boardId, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct, long after = 0) =>
        (await boards.CatchUpAsync(user, boardId, after, asWall: false, ct)).ToHttp(text);

    public static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetJoinQrCode(
        Guid boardId, ClaimsPrincipal user, BoardService boards, QrCodes qr, IStringLocalizer<Messages> text, CancellationToken ct, string? language = null)
    {
        if (LinkLanguage.Check(language, text) is { } unknown)
        {
            return unknown;
        }
        var snapshot = await boards.SnapshotAsync(user, boardId, ct);
        if (snapshot.Refusal is { } refusal)
        {
            return refusal.ToProblem();
        }
        return TypedResults.Content(qr.Svg(LinkLanguage.For(snapshot.Value!.Board.JoinUrl, language)), "image/svg+xml");
    }

    public static async Task<Results<Ok<BoardResults>, ProblemHttpResult>> GetResults(
        Guid boardId, ClaimsPrincipal user, BoardService boards, CancellationToken ct)
    {
        var result = await boards.ResultsAsync(user, boardId, ct);
        return result.Refusal is { } refusal ? refusal.ToProblem() : TypedResults.Ok(result.Value!);
    }

    public static async Task<Results<Ok<HostResponse>, ValidationProblem, ProblemHttpResult>> CreateHost(
        Guid sessionId, HostInput input, ClaimsPrincipal user, BoardService boards,
        IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.CreateHostAsync(user, sessionId, input, ct)).ToHttp(text);

    public static async Task<Results<Ok<JoinResponse>, ValidationProblem, ProblemHttpResult>> Join(
        string joinCode, [FromBody] JoinRequest? request, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.JoinAsync(joinCode, request ?? new JoinRequest(), ct)).ToHttp(text);
}
