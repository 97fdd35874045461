using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Api.Extensions;
using Participation.Api.Security;

namespace Participation.Api.Boards;

public static class PhotosApi
{
    public static void MapPhotos(this IEndpointRouteBuilder routes)
    {
        var ofSession = routes.MapGroup("/api/sessions/{sessionId:guid}/photos").WithTags("Photos").RequireAuthorization().WithStandardProblems();
        // Bearer-token clients and the table host's page send these; a cross-site form cannot, as the login cookie is SameSite.
        ofSession.MapPost("/", AddPhoto).WithName(nameof(AddPhoto)).DisableAntiforgery()
            .WithBodySizeLimit(UploadBytes.Photo(routes.ServiceProvider.GetRequiredService<IConfiguration>()))
            .WithSummary("Attaches a photo of a flipchart or pin board (multipart: file, caption).");
        ofSession.MapGet("/", ListPhotos).WithName(nameof(ListPhotos));
        routes.MapGet("/api/photos/{photoId:guid}", GetPhoto).WithTags("Photos").WithName(nameof(GetPhoto)).RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Ok<PhotoResponse>, ValidationProblem, ProblemHttpResult>> AddPhoto(
        Guid sessionId, IFormFile? file, [FromForm] string? caption, ClaimsPrincipal user, SessionPhotos photos, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await photos.AddAsync(user, sessionId, file, caption, ct)).ToHttp(text);

    public static async Task<Results<Ok<List<PhotoResponse>>, ValidationProblem, ProblemHttpResult>> ListPhotos(
        Guid sessionId, ClaimsPrincipal user, SessionPhotos photos, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await photos.ListAsync(user, sessionId, ct)).ToHttp(text);

    public static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> GetPhoto(
        Guid photoId, ClaimsPrincipal user, SessionPhotos photos, CancellationToken ct)
    {
        var result = await photos.FileAsync(user, photoId, ct);
        if (result.Refusal is { } refusal)
        {
            return refusal.ToProblem();
        }
        var (photo, path) = result.Value;
        return TypedResults.PhysicalFile(path, photo.ContentType, photo.FileName);
    }
}
