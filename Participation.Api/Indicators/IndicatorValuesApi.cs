using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Indicators;

/// <summary>
/// An indicator's values per year and municipality. A PUT merges (see <see cref="IndicatorValues"/>): JSON entries
/// are checked together and stored all or none; CSV lines are judged one by one, the good ones stored, the bad ones reported.
/// </summary>
public static class IndicatorValuesApi
{
    public static void MapIndicatorValues(this IEndpointRouteBuilder routes)
    {
        var values = routes.MapGroup("/api/indicators/{id:guid}/values").WithTags("Indicators").RequireAuthorization().WithStandardProblems();
        values.MapGet("/", ListValues).WithName(nameof(ListValues));
        values.MapPut("/", PutValues).WithName(nameof(PutValues))
            .Accepts<List<IndicatorValueInput>>("application/json", "text/csv")
            .ProducesValidationProblem()
            .WithSummary("Merges values: JSON [{ year, municipality?, value }] (a null value removes one), or a CSV file with Content-Type text/csv.");
    }

    public static async Task<Results<Ok<List<IndicatorValueResponse>>, ProblemHttpResult>> ListValues(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        if (await access.DenyIndicatorAsync(user, db, id, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == id)
            .OrderBy(v => v.Year).ThenBy(v => v.Municipality)
            .Select(v => new IndicatorValueResponse(v.Year, v.Municipality, v.Value))
            .ToListAsync(ct);
        return TypedResults.Ok(values);
    }

    public static async Task<Results<Ok<ValuesResult>, ValidationProblem, ProblemHttpResult>> PutValues(
        Guid id, HttpRequest request, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IndicatorValues store,
        IOptions<IndicatorsOptions> options, IValidator<IndicatorValueInput> validator, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyIndicatorAsync(user, db, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        if (IsCsv(request.ContentType))
        {
            var bytes = await ReadLimitedAsync(request.Body, options.Value.MaxImportBytes, ct);
            return bytes is null
                ? Validation.Problem("body", text["Indicators.Csv.TooLarge", options.Value.MaxImportBytes], text)
                : await ImportCsv(id, bytes, user, db, access, store, options, text, ct);
        }
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(title: text["BodyUnreadable"], statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        List<IndicatorValueInput>? entries;
        try
        {
            entries = await request.ReadFromJsonAsync<List<IndicatorValueInput>>(ct);
        }
        catch (JsonException json)
        {
            return Validation.Problem(string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.'), text["ValueUnreadable"], text);
        }
        return entries is null
            ? Validation.Problem("body", text["BodyMissing"], text)
            : await SaveValues(id, entries, user, db, access, store, options, validator, text, ct);
    }

    /// <summary>Stores JSON entries: every entry valid, no year and municipality twice, the municipalities within the limit; else nothing.</summary>
    public static async Task<Results<Ok<ValuesResult>, ValidationProblem, ProblemHttpResult>> SaveValues(
        Guid id, IReadOnlyList<IndicatorValueInput> entries, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IndicatorValues store,
        IOptions<IndicatorsOptions> options, IValidator<IndicatorValueInput> validator, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyIndicatorAsync(user, db, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var limits = options.Value;
        if (entries.Count > limits.MaxValuesPerImport)
        {
            return Validation.Problem("body", text["Indicators.TooManyValues", limits.MaxValuesPerImport], text);
        }
        var failures = new List<ValidationFailure>();
        for (var i = 0; i < entries.Count; i++)
        {
            var result = await validator.ValidateAsync(entries[i], ct);
            failures.AddRange(result.Errors.Select(f => new ValidationFailure($"[{i}].{f.PropertyName}", f.ErrorMessage)));
        }
        var known = await store.MunicipalitiesAsync(id, ct);
        var merged = new List<(int Year, string Municipality, decimal? Value)>();
        var seen = new HashSet<(int, string)>();
        for (var i = 0; i < entries.Count && failures.Count == 0; i++)
        {
            var place = IndicatorValues.Spelling(entries[i].Municipality?.Trim() ?? "", known);
            if (!seen.Add((entries[i].Year, place.ToLowerInvariant())))
            {
                failures.Add(new ValidationFailure($"[{i}].year", text["Indicators.DuplicateValue"]));
            }
            else if (place.Length > 0 && !known.Contains(place) && entries[i].Value is not null)
            {
                if (known.Count >= limits.MaxMunicipalitiesPerIndicator)
                {
                    failures.Add(new ValidationFailure($"[{i}].municipality", text["Indicators.TooManyMunicipalities", limits.MaxMunicipalitiesPerIndicator]));
                }
                known.Add(place);
            }
            merged.Add((entries[i].Year, place, entries[i].Value));
        }
        if (failures.Count > 0)
        {
            return Validation.Problem(failures, text);
        }
        var (written, removed) = await store.MergeAsync(id, merged, ct);
        return TypedResults.Ok(new ValuesResult(written, removed, []));
    }

    /// <summary>Imports a CSV file: its good lines are stored, its bad lines come back with their numbers; a file without a good line changes nothing.</summary>
    public static async Task<Results<Ok<ValuesResult>, ValidationProblem, ProblemHttpResult>> ImportCsv(
        Guid id, byte[] csv, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IndicatorValues store,
        IOptions<IndicatorsOptions> options, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyIndicatorAsync(user, db, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var limits = options.Value;
        if (csv.Length > limits.MaxImportBytes)
        {
            return Validation.Problem("body", text["Indicators.Csv.TooLarge", limits.MaxImportBytes], text);
        }
        var (lines, rejected, failure) = IndicatorValuesCsv.Read(csv, limits, text);
        if (failure is not null)
        {
            return Validation.Problem("body", failure.Message, text);
        }
        var known = await store.MunicipalitiesAsync(id, ct);
        var refused = rejected.ToList();
        var merged = new List<(int Year, string Municipality, decimal? Value)>();
        foreach (var line in lines)
        {
            var place = IndicatorValues.Spelling(line.Municipality, known);
            if (place.Length > 0 && !known.Contains(place))
            {
                if (known.Count >= limits.MaxMunicipalitiesPerIndicator)
                {
                    refused.Add(new RejectedLine(line.Line, "municipality", text["Indicators.TooManyMunicipalities", limits.MaxMunicipalitiesPerIndicator]));
                    continue;
                }
                known.Add(place);
            }
            merged.Add((line.Year, place, line.Value));
        }
        refused = [.. refused.OrderBy(r => r.Line)];
        if (merged.Count == 0)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["body"] = [text["Indicators.Csv.NoGoodLine"]] },
                title: text["ValidationFailed"], extensions: new Dictionary<string, object?> { ["rejected"] = refused });
        }
        var (written, _) = await store.MergeAsync(id, merged, ct);
        return TypedResults.Ok(new ValuesResult(written, 0, refused));
    }

    private static bool IsCsv(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType is "text/csv" or "application/csv";

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
