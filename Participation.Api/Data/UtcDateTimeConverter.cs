using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Participation.Api.Data;

/// <summary>
/// Every instant is stored in UTC. SQLite hands values back without a kind,
/// so the kind is restored on read; PostgreSQL insists on UTC on write.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
