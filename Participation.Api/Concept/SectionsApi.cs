using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Localisation;
using Participation.Api.Qr;

namespace Participation.Api.Concept;

/// <summary>One section: its details, its withdrawal, and its QR code for the print designer.</summary>
public static class SectionsApi
{
    public static void MapSections(this IEndpointRouteBuilder routes)
    {
        var sections = routes.MapGroup("/api/sections/{id:guid}").WithTags("Concept").RequireAuthorization().WithStandardProblems();
        sections.MapGet("/", GetSection).WithName(nameof(GetSection)).WithSummary("The section with its code and the full address its QR code carries.");
        sections.MapPut("/", UpdateSection).WithName(nameof(UpdateSection)).WithValidation<SectionInput>();
        sections.MapPost("/withdraw", WithdrawSection).WithName(nameof(WithdrawSection))
            .WithSummary("Takes the section out of the current edition; its printed code opens a page that says so.");
        sections.MapPost("/restore", RestoreSection).WithName(nameof(RestoreSection));
        sections.MapGet("/qr.svg", SectionQrSvg).WithName(nameof(SectionQrSvg)).WithSummary("The QR code as SVG, for the print designer.");
        sections.MapGet("/qr.png", SectionQrPng).WithName(nameof(SectionQrPng)).WithSummary("The QR code as PNG, about size × size pixels.");
    }

    public static async Task<Results<Ok<SectionResponse>, ProblemHttpResult>> GetSection(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptService concept, CancellationToken ct) =>
        await access.DenySectionAsync(user, db, id, ProcessRole.Facilitator, ct) is { } denied
            ? denied
            : TypedResults.Ok((await concept.SectionResponsesAsync(db.ConceptSections.Where(s => s.Id == id), ct)).Single());

    public static async Task<Results<Ok<SectionResponse>, ValidationProblem, ProblemHttpResult>> UpdateSection(
        Guid id, SectionInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptService concept,
        IStringLocalizer<Messages> text, CancellationToken ct) =>
        await access.DenySectionAsync(user, db, id, ProcessRole.Organiser, ct) is { } denied
            ? denied
            : await AnswerAsync(await concept.UpdateSectionAsync(id, input, ct), db, concept, text, ct);

    public static async Task<Results<Ok<SectionResponse>, ValidationProblem, ProblemHttpResult>> WithdrawSection(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptService concept, IStringLocalizer<Messages> text, CancellationToken ct) =>
        await access.DenySectionAsync(user, db, id, ProcessRole.Organiser, ct) is { } denied
            ? denied
            : await AnswerAsync(await concept.WithdrawSectionAsync(id, withdrawn: true, ct), db, concept, text, ct);

    public static async Task<Results<Ok<SectionResponse>, ValidationProblem, ProblemHttpResult>> RestoreSection(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptService concept, IStringLocalizer<Messages> text, CancellationToken ct) =>
        await access.DenySectionAsync(user, db, id, ProcessRole.Organiser, ct) is { } denied
            ? denied
            : await AnswerAsync(await concept.WithdrawSectionAsync(id, withdrawn: false, ct), db, concept, text, ct);

    public static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> SectionQrSvg(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptService concept, QrCodes qr,
        IStringLocalizer<Messages> text, CancellationToken ct, string? language = null)
    {
        if (await access.DenySectionAsync(user, db, id, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        if (LinkLanguage.Check(language, text) is { } unknown)
        {
            return unknown;
        }
        var section = (await concept.SectionResponsesAsync(db.ConceptSections.Where(s => s.Id == id), ct)).Single();
        return TypedResults.Content(qr.Svg(LinkLanguage.For(section.Url, language)), "image/svg+xml");
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> SectionQrPng(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptService concept, QrCodes qr,
        IOptions<ConceptOptions> options, IStringLocalizer<Messages> text, CancellationToken ct, int size = 600, string? language = null)
    {
        if (await access.DenySectionAsync(user, db, id, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        if (size < 64 || size > options.Value.MaxQrPngSize)
        {
            return Validation.Problem("size", text["QrSizeRange", 64, options.Value.MaxQrPngSize], text);
        }
        if (LinkLanguage.Check(language, text) is { } unknown)
        {
            return unknown;
        }
        var section = (await concept.SectionResponsesAsync(db.ConceptSections.Where(s => s.Id == id), ct)).Single();
        return TypedResults.File(qr.PngOfSize(LinkLanguage.For(section.Url, language), size), "image/png", $"{Files.SafeName($"{section.Number} {section.Title}")}-{section.Code}.png");
    }

    private static async Task<Results<Ok<SectionResponse>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        Outcome<ConceptSection> outcome, ParticipationDb db, ConceptService concept, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        Outcome<SectionResponse> answer = outcome.Refusal is { } refusal
            ? refusal
            : (await concept.SectionResponsesAsync(db.ConceptSections.Where(s => s.Id == outcome.Value!.Id), ct)).Single();
        return answer.ToHttp(text);
    }
}
