namespace Participation.Api.Extensions;

public enum RefusalKind
{
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
    TooMany,
}

/// <summary>Why an action was not carried out, in words a person can read (already localised).</summary>
public sealed record Refusal(RefusalKind Kind, string Message, string? Field = null);

/// <summary>The outcome of an action: a value, or a refusal and nothing changed.</summary>
public readonly record struct Outcome<T>(T? Value, Refusal? Refusal)
{
    public static implicit operator Outcome<T>(T value) => new(value, null);
    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal);

    /// <summary>The value turned into what the answer shows; a refusal stays as it is.</summary>
    public Outcome<TResult> Select<TResult>(Func<T, TResult> map) => Refusal is { } refusal ? refusal : map(Value!);
}
