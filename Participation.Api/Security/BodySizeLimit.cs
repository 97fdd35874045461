using Microsoft.AspNetCore.Http.Metadata;

namespace Participation.Api.Security;

/// <summary>A route's own body limit, above the installation's default (routing applies it before the body is read).</summary>
public sealed record BodySizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

public static class BodySizeLimits
{
    public static TBuilder WithBodySizeLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodySizeLimit(bytes));
}
