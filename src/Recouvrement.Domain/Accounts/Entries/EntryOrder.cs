using System;

namespace Recouvrement.Accounts;

/// <summary>
/// The canonical order of entries: by date, items before the movements that settle them, then by id. Ids are unique,
/// so the order is total and the same entries give the same account whatever order they arrive in.
/// </summary>
/// <remarks>
/// An entry is sorted as one <see cref="long"/>: its day number and same-day rank above, its position in the caller's
/// array below. Sorting plain integers moves no entry; ids then order the rare ties, and the sorted keys give back each
/// entry's position and day.
/// </remarks>
internal static class EntryOrder
{
    /// <summary>The key of the entry at <paramref name="position"/>, dated <paramref name="day"/> (a day number).</summary>
    internal static long Key(int day, AccountEntry entry, int position) => ((((long)day * 8) + entry.SameDayRank) << 32) | (uint)position;

    /// <summary>The position of the entry a key was made for.</summary>
    internal static int Position(long key) => unchecked((int)key);

    /// <summary>The day number a key was made with.</summary>
    internal static int Day(long key) => (int)(key >> 35);

    /// <summary>Sorts the first <paramref name="count"/> keys, made by <see cref="Key"/>, into the canonical order of <paramref name="entries"/>, which they index.</summary>
    internal static void Sort(long[] keys, int count, AccountEntry[] entries)
    {
        Array.Sort(keys, 0, count);
        for (var i = 1; i < count; i++)
        {
            // Insertion sort by id within each run of one day and rank: runs are a few entries.
            var current = keys[i];
            var id = entries[Position(current)].Id;
            var j = i - 1;
            while (j >= 0 && keys[j] >> 32 == current >> 32 && string.CompareOrdinal(entries[Position(keys[j])].Id, id) > 0)
            {
                keys[j + 1] = keys[j];
                j--;
            }

            keys[j + 1] = current;
        }
    }
}
