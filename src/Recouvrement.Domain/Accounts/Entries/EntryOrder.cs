using System.Collections.Generic;
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
    internal static AccountEntry[] Sort(IReadOnlyList<AccountEntry> entries) => Sort(entries, e => e.Date);

    /// <summary>Returns a sorted copy, dated by <paramref name="dateOf"/> instead of each entry's own date.</summary>
    internal static T[] Sort<T>(IReadOnlyList<T> entries, System.Func<T, LocalDate> dateOf)
        where T : AccountEntry
    {
        // Sort by a precomputed key (date, then same-day rank); ids break the rare ties.
        var keys = new long[entries.Count];
        var order = new int[entries.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (DateKey.Of(dateOf(entries[i])) * 8) + entries[i].SameDayRank;
            order[i] = i;
        }

        System.Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : string.CompareOrdinal(entries[a].Id, entries[b].Id));
        var sorted = new T[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = entries[order[i]];
        }

        return sorted;
    }
}
