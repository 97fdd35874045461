using Microsoft.EntityFrameworkCore;

namespace Participation.Api.Extensions;

/// <summary>
/// A write two requests may make at the same moment against a unique index: the one the index refuses forgets what it
/// tracked (or what <c>reset</c> says) and writes again, on top of what the other wrote.
/// </summary>
public static class SimultaneousWrites
{
    public static async Task<T> RetryAsync<T>(this DbContext db, int attempts, Func<Task<T>> write, Action? reset = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (DbUpdateException) when (attempt < attempts)
            {
                (reset ?? db.ChangeTracker.Clear)();
            }
        }
    }

    public static Task RetryAsync(this DbContext db, int attempts, Func<Task> write, Action? reset = null) =>
        db.RetryAsync(attempts, async () => { await write(); return true; }, reset);
}
