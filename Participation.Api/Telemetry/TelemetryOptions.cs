using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Telemetry;

/// <summary>Bound from <c>Participation:Telemetry</c>: where the metrics go, if anywhere.</summary>
public sealed class TelemetryOptions
{
    /// <summary>An OpenTelemetry collector (OTLP), such as <c>http://collector:4318</c>; empty: metrics are kept in the process only.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>HttpProtobuf</c> (port 4318) or <c>Grpc</c> (port 4317).</summary>
    public OtlpProtocol OtlpProtocol { get; set; } = OtlpProtocol.HttpProtobuf;

    /// <summary>How often the metrics are sent to the collector.</summary>
    [Range(1, 3600)]
    public int ExportSeconds { get; set; } = 60;
}

public enum OtlpProtocol
{
    HttpProtobuf,
    Grpc,
}
