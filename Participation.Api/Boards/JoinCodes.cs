using System.Security.Cryptography;

namespace Participation.Api.Boards;

/// <summary>Join codes people can read off a wall and type on a phone: no 0/O, 1/I/L, case-insensitive.</summary>
public static class JoinCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New(int length) => RandomNumberGenerator.GetString(Alphabet, length);

    /// <summary>What people type ("ab3-k7x ") as the stored form ("AB3K7X").</summary>
    public static string Normalize(string typed) =>
        new(typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
}
