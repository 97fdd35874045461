using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Participation.Api.Extensions;

/// <summary>Title, description and the bearer scheme of the OpenAPI document.</summary>
internal sealed class OpenApiDescription : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Participation API",
            Version = "v1",
            Description = "Processes, thematic areas, events, series and sessions of participatory processes. " +
                          "Log in with POST /api/auth/login and send the access token as 'Authorization: Bearer ...'. " +
                          "Errors are RFC 7807 problem details; validation problems name each wrong field under 'errors'.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The accessToken from POST /api/auth/login.",
        };
        return Task.CompletedTask;
    }
}
