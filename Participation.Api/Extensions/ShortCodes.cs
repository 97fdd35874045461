using System.Security.Cryptography;

namespace Participation.Api.Extensions;

/// <summary>Codes people read off a wall, a ticket or a printed page and type on a phone (board joins, tickets, concept sections): no 0/O, 1/I/L, case-insensitive.</summary>
public static class ShortCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New(int length) => RandomNumberGenerator.GetString(Alphabet, length);

    /// <summary>What people type ("ab3-k7x ") as the stored form ("AB3K7X").</summary>
    public static string Normalize(string typed) =>
        new(typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
}
