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
        // Sort positions by a precomputed key (date, then same-day rank): primitives only, no entry moves while
        // sorting; ids then order the rare ties.
        var keys = new long[entries.Length];
        var order = new int[entries.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (DateKey.Of(dateOf(entries[i])) * 8) + entries[i].SameDayRank;
            order[i] = i;
        }

        System.Array.Sort(keys, order);
        for (var i = 1; i < order.Length; i++)
        {
            // Insertion sort by id within each run of equal keys: runs are a few entries on one day.
            var current = order[i];
            var j = i - 1;
            while (j >= 0 && keys[j] == keys[i] && string.CompareOrdinal(entries[order[j]].Id, entries[current].Id) > 0)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = current;
        }

        var sorted = new T[entries.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = entries[order[i]];
        }

        return sorted;
    }
}
