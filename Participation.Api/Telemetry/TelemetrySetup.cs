using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Participation.Api.Telemetry;

public static class TelemetrySetup
{
    public static IServiceCollection AddParticipationTelemetry(this IServiceCollection services, IConfiguration configuration, string instanceName)
    {
        services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection("Participation:Telemetry"))
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.OtlpEndpoint) || Uri.TryCreate(o.OtlpEndpoint, UriKind.Absolute, out _),
                "Participation:Telemetry:OtlpEndpoint is not an absolute address such as http://collector:4318.")
            .ValidateOnStart();
        services.AddSingleton<ParticipationMetrics>();

        var options = configuration.GetSection("Participation:Telemetry").Get<TelemetryOptions>() ?? new TelemetryOptions();
        var exporting = Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var endpoint)
            || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"));
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("participation", serviceInstanceId: instanceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ParticipationMetrics.MeterName).AddAspNetCoreInstrumentation();
                if (exporting)
                {
                    metrics.AddOtlpExporter((exporter, reader) =>
                    {
                        if (endpoint is not null)
                        {
                            exporter.Protocol = options.OtlpProtocol == OtlpProtocol.Grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
                            exporter.Endpoint = ForMetrics(endpoint, exporter.Protocol);
                        }
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = options.ExportSeconds * 1000;
                    });
                }
            });
        return services;
    }

    /// <summary>An address given in code is used as it is; over HTTP the collector takes metrics at /v1/metrics.</summary>
    private static Uri ForMetrics(Uri endpoint, OtlpExportProtocol protocol) =>
        protocol == OtlpExportProtocol.HttpProtobuf && endpoint.AbsolutePath.TrimEnd('/').Length == 0 ? new Uri(endpoint, "/v1/metrics") : endpoint;
}
