namespace Participation.Api.Boards;

public enum RefusalKind
{
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
    TooMany,
}

/// <summary>Why a board action was not carried out, in words a person can read (already localised).</summary>
public sealed record Refusal(RefusalKind Kind, string Message, string? Field = null);

/// <summary>The outcome of a board action: a value, or a refusal and nothing changed.</summary>
public readonly record struct BoardResult<T>(T? Value, Refusal? Refusal)
{
    public static implicit operator BoardResult<T>(T value) => new(value, null);
    public static implicit operator BoardResult<T>(Refusal refusal) => new(default, refusal);
}
