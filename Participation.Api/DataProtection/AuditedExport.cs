namespace Participation.Api.DataProtection;

/// <summary>
/// Marks a GET endpoint whose every call is written to the audit log: downloads of personal data and
/// documentation, and lookups of a person's data. Works on minimal-API routes and on page models alike.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AuditedExportAttribute(string? onlyWithQuery = null) : Attribute
{
    /// <summary>When set, only calls that carry this query parameter are exports (a list that downloads with ?format=).</summary>
    public string? OnlyWithQuery { get; } = onlyWithQuery;
}

public static class AuditedExportExtensions
{
    public static TBuilder AuditedAsExport<TBuilder>(this TBuilder builder, string? onlyWithQuery = null) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuditedExportAttribute(onlyWithQuery));
}
