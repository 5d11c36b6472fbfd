using System;
using System.Collections.Generic;

namespace Recouvrement.Accounts;

/// <summary>
/// Shared mechanics of the built-in strategies: order the items by a numeric key, then settle them one after the
/// other, items of equal key sharing pro rata when the money left cannot settle them all.
/// </summary>
internal static class AllocationOrder
{
    /// <summary>Working tables up to this many items live on the stack.</summary>
    internal const int StackItems = 64;

    /// <summary>The items whose flag in <paramref name="keep"/> is <paramref name="value"/>, in a new array (a strategy's sub-list).</summary>
    internal static OpenItem[] Where(ReadOnlySpan<OpenItem> items, ReadOnlySpan<bool> keep, bool value)
    {
        var count = 0;
        for (var i = 0; i < items.Length; i++)
        {
            count += keep[i] == value ? 1 : 0;
        }

        var kept = new OpenItem[count];
        for (int i = 0, k = 0; i < items.Length; i++)
        {
            if (keep[i] == value)
            {
                kept[k++] = items[i];
            }
        }

        return kept;
    }

    /// <summary>
    /// Fills <paramref name="order"/> with the indexes of the included items (all when <paramref name="include"/> is
    /// empty), sorted by key and then by position (a stable order); returns how many.
    /// </summary>
    internal static int Sort(ReadOnlySpan<long> keys, ReadOnlySpan<bool> include, Span<int> order)
    {
        var count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (include.IsEmpty || include[i])
            {
                order[count++] = i;
            }
        }

        // Insertion sort: stable, allocation-free, and fast for the few dozen items of an account.
        for (var i = 1; i < count; i++)
        {
            var current = order[i];
            var j = i - 1;
            while (j >= 0 && keys[order[j]] > keys[current])
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = current;
        }

        return count;
    }

    /// <summary>
    /// Settles the items of <paramref name="order"/> in turn, each line's reason given by the item and its key; when <paramref name="shareTies"/>, items of equal key form
    /// a group that shares pro rata if the money left cannot settle the whole group. Returns the money left.
    /// </summary>
    internal static decimal Fill(
        ReadOnlySpan<OpenItem> items,
        ReadOnlySpan<int> order,
        ReadOnlySpan<long> keys,
        bool shareTies,
        decimal remaining,
        Func<OpenItem, long, string> reason,
        List<AllocationLine> lines)
    {
        var start = 0;
        while (start < order.Length && remaining > 0m)
        {
            var end = start + 1;
            var groupOpen = items[order[start]].Open.Amount;
            while (shareTies && end < order.Length && keys[order[end]] == keys[order[start]])
            {
                groupOpen += items[order[end]].Open.Amount;
                end++;
            }

            if (remaining >= groupOpen)
            {
                for (var k = start; k < end; k++)
                {
                    ref readonly var item = ref items[order[k]];
                    lines.Add(new AllocationLine(item.Id, item.Open, reason(item, keys[order[k]])));
                }

                remaining -= groupOpen;
            }
            else
            {
                Share(items, order.Slice(start, end - start), keys, remaining, reason, lines);
                remaining = 0m;
            }

            start = end;
        }

        return remaining;
    }

    private static void Share(ReadOnlySpan<OpenItem> items, ReadOnlySpan<int> group, ReadOnlySpan<long> keys, decimal remaining, Func<OpenItem, long, string> reason, List<AllocationLine> lines)
    {
        if (group.Length == 1)
        {
            // One item: it takes all that is left, no proportion to compute.
            var only = items[group[0]];
            lines.Add(new AllocationLine(only.Id, new Money(remaining, only.Open.Currency), reason(only, keys[group[0]])));
            return;
        }

        var weights = new decimal[group.Length];
        for (var k = 0; k < group.Length; k++)
        {
            weights[k] = items[group[k]].Open.Amount;
        }

        var shares = new Money(remaining, items[group[0]].Open.Currency).Allocate(weights);
        for (var k = 0; k < group.Length; k++)
        {
            if (!shares[k].IsZero)
            {
                var item = items[group[k]];
                lines.Add(new AllocationLine(item.Id, shares[k], reason(item, keys[group[k]]) + ", pro rata"));
            }
        }
    }
}
