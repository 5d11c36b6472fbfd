using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>
/// The canonical order of entries: by date, items before the movements that settle them, then by id. Ids are unique,
/// so the order is total and the same entries give the same account whatever order they arrive in.
/// </summary>
internal static class EntryOrder
{
    /// <summary>Returns a sorted copy; the caller's array is left as it was.</summary>
    internal static AccountEntry[] Sort(AccountEntry[] entries) => Sort(entries, e => e.Date);

    /// <summary>Returns a sorted copy, dated by <paramref name="dateOf"/> instead of each entry's own date.</summary>
    internal static T[] Sort<T>(T[] entries, System.Func<T, LocalDate> dateOf)
        where T : AccountEntry
    {
        // Sort by a precomputed key (date, then same-day rank) as primitives; ids then order the rare ties.
        var keys = new long[entries.Length];
        var sorted = new T[entries.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (DateKey.Of(dateOf(entries[i])) * 8) + entries[i].SameDayRank;
            sorted[i] = entries[i];
        }

        System.Array.Sort(keys, sorted);
        for (var i = 1; i < sorted.Length; i++)
        {
            // Insertion sort by id within each run of equal keys: runs are a few entries on one day.
            var current = sorted[i];
            var j = i - 1;
            while (j >= 0 && keys[j] == keys[i] && string.CompareOrdinal(sorted[j].Id, current.Id) > 0)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = current;
        }

        return sorted;
    }
}
