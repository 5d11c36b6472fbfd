using System;

namespace Recouvrement.Accounts;

/// <summary>The due order of items: by due date, then by their place in the account's order.</summary>
internal static class DueOrder
{
    /// <summary>The sort key of an item due on day number <paramref name="dueDay"/> at place <paramref name="item"/>.</summary>
    internal static long Key(int dueDay, int item) => ((long)dueDay << 32) | (uint)item;

    /// <summary>Sorts <paramref name="keys"/> (made by <see cref="Key"/>, one per item) and returns the items in due order and each item's rank in it.</summary>
    internal static (int[] ItemAtRank, int[] RankOfItem) Sort(long[] keys)
    {
        Array.Sort(keys);
        var itemAtRank = new int[keys.Length];
        var rankOfItem = new int[keys.Length];
        for (var rank = 0; rank < keys.Length; rank++)
        {
            itemAtRank[rank] = unchecked((int)keys[rank]);
            rankOfItem[itemAtRank[rank]] = rank;
        }

        return (itemAtRank, rankOfItem);
    }
}
