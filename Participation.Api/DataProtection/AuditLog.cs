using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.Identity;

namespace Participation.Api.DataProtection;

/// <summary>
/// Records what accounts do: every successful request that is not a GET (API and page handlers alike) and
/// every call of an endpoint marked <see cref="AuditedExportAttribute"/>. Participants, readers and table
/// hosts have no account and are not recorded. Only ids from the route are kept, never the body or the query.
/// </summary>
public static class AuditLog
{
    /// <summary>A handler puts a short, non-personal note here (such as counts of rows) for its entry.</summary>
    public const string DetailKey = "Participation.AuditDetail";

    public static IApplicationBuilder UseAuditLog(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var endpoint = context.GetEndpoint();
        var accountId = context.User.AccountId();
        if (endpoint is not null && accountId is not null && IsAudited(context, endpoint))
        {
            context.Response.OnStarting(() => WriteAsync(context, endpoint, accountId.Value));
        }
        await next(context);
    });

    private static bool IsAudited(HttpContext context, Endpoint endpoint)
    {
        var method = context.Request.Method;
        // A hub connection's negotiation is no action; what happens on a board is in its own event log.
        if (context.Request.Path.StartsWithSegments("/hubs"))
        {
            return false;
        }
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method))
        {
            return true;
        }
        var export = endpoint.Metadata.GetMetadata<AuditedExportAttribute>();
        return export is not null && (export.OnlyWithQuery is null || context.Request.Query.ContainsKey(export.OnlyWithQuery));
    }

    private static async Task WriteAsync(HttpContext context, Endpoint endpoint, Guid accountId)
    {
        var status = context.Response.StatusCode;
        if (status >= 400)
        {
            return;
        }
        // Its own scope: the request's DbContext may hold changes its handler chose not to save.
        await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        var ct = CancellationToken.None;
        var targets = context.Request.RouteValues
            .Where(v => Guid.TryParse(v.Value?.ToString(), out _))
            .Select(v => (Name: v.Key, Id: Guid.Parse(v.Value!.ToString()!)))
            .ToList();
        // What a request created is named by the address it answers with.
        if (targets.Count == 0 && status == StatusCodes.Status201Created
            && Guid.TryParse(context.Response.Headers.Location.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(), out var created))
        {
            targets.Add(("created", created));
        }
        db.AuditEntries.Add(new AuditEntry
        {
            At = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            AccountId = accountId,
            AccountName = await db.Users.Where(a => a.Id == accountId).Select(a => a.DisplayName).FirstOrDefaultAsync(ct) ?? "",
            Action = ActionOf(context, endpoint),
            Method = context.Request.Method,
            Targets = targets.Count == 0 ? null : string.Join(' ', targets.Select(t => $"{t.Name}={t.Id}")),
            ProcessId = await ProcessOfAsync(db, context.Request.Path, targets, ct),
            Status = status,
            Detail = context.Items.TryGetValue(DetailKey, out var detail) ? detail as string : null,
        });
        await db.SaveChangesAsync(ct);
    }

    private static string ActionOf(HttpContext context, Endpoint endpoint)
    {
        var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? endpoint.DisplayName ?? context.Request.Path.Value ?? "";
        var handler = context.Request.RouteValues["handler"]?.ToString() ?? context.Request.Query["handler"].FirstOrDefault();
        // A page handler's name is all the entry takes from the query, and only when it looks like one.
        var named = handler is { Length: > 0 and <= 40 } && handler.All(char.IsAsciiLetter);
        var action = named ? $"{name}:{handler}" : name;
        return action.Length > 200 ? action[..200] : action;
    }

    /// <summary>The process the first id of the route belongs to; a deleted process is still named by its own route.</summary>
    private static async Task<Guid?> ProcessOfAsync(ParticipationDb db, PathString path, List<(string Name, Guid Id)> targets, CancellationToken ct)
    {
        foreach (var (name, id) in targets)
        {
            if (name == "processId" || (name == "id" && (path.StartsWithSegments("/api/processes") || path.StartsWithSegments("/organise/processes"))))
            {
                return id;
            }
            var found = await db.Processes.Where(p => p.Id == id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct)
                ?? await db.Events.Where(e => e.Id == id).Select(e => (Guid?)e.ProcessId).FirstOrDefaultAsync(ct)
                ?? await db.Series.Where(s => s.Id == id).Select(s => (Guid?)s.ProcessId).FirstOrDefaultAsync(ct)
                ?? await db.ConceptDocuments.Where(d => d.Id == id).Select(d => (Guid?)d.ProcessId).FirstOrDefaultAsync(ct)
                ?? await db.Registrations.Where(r => r.Id == id).Select(r => (Guid?)r.ProcessId).FirstOrDefaultAsync(ct)
                ?? await db.Sessions.Where(s => s.Id == id).Join(db.Events, s => s.EventId, e => e.Id, (s, e) => (Guid?)e.ProcessId).FirstOrDefaultAsync(ct);
            if (found is not null)
            {
                return found;
            }
        }
        return null;
    }
}
