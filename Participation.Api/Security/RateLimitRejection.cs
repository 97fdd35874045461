using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Participation.Api.Security;

/// <summary>
/// A refused request: 429 with Retry-After; API callers get problem details with a readable title,
/// pages get the error page (the status-code pages re-execute to it because nothing is written here).
/// </summary>
internal static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var seconds = RateLimits.RetryAfterSeconds(rejected.Lease);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = RateLimits.Seconds(seconds);
        if (!ParticipationSetup.IsApiRequest(context))
        {
            return;
        }
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<Messages>>();
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = text["Status.429"],
                Detail = text["Security.RetryAfter", RateLimits.Seconds(seconds)],
            },
        });
    }
}
