using System;
using System.Collections.Generic;

namespace Recouvrement.Accounts;

/// <summary>
/// Shared mechanics of the built-in strategies: order the items by a numeric key, then settle them one after the
/// other, items of equal key sharing pro rata when the money left cannot settle them all.
/// </summary>
internal static class AllocationOrder
{
    /// <summary>The items as an array: direct indexing, no interface call and no copy per access on the hot path.</summary>
    internal static OpenItem[] AsArray(IReadOnlyList<OpenItem> items) => items as OpenItem[] ?? [.. items];

    /// <summary>Indexes of the included items, sorted by key and then by position (a stable order).</summary>
    internal static int[] Sorted(long[] keys, bool[]? include, out int count)
    {
        var order = new int[keys.Length];
        count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (include is null || include[i])
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

        return order;
    }

    /// <summary>
    /// Settles the items of <paramref name="order"/> in turn, each line's reason given by the item and its key; when <paramref name="shareTies"/>, items of equal key form
    /// a group that shares pro rata if the money left cannot settle the whole group. Returns the money left.
    /// </summary>
    internal static decimal Fill(
        OpenItem[] items,
        int[] order,
        int count,
        long[] keys,
        bool shareTies,
        decimal remaining,
        Func<OpenItem, long, string> reason,
        List<AllocationLine> lines)
    {
        var start = 0;
        while (start < count && remaining > 0m)
        {
            var end = start + 1;
            var groupOpen = items[order[start]].Open.Amount;
            while (shareTies && end < count && keys[order[end]] == keys[order[start]])
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
                Share(items, order, keys, start, end, remaining, reason, lines);
                remaining = 0m;
            }

            start = end;
        }

        return remaining;
    }

    private static void Share(OpenItem[] items, int[] order, long[] keys, int start, int end, decimal remaining, Func<OpenItem, long, string> reason, List<AllocationLine> lines)
    {
        if (end - start == 1)
        {
            // One item: it takes all that is left, no proportion to compute.
            var only = items[order[start]];
            lines.Add(new AllocationLine(only.Id, new Money(remaining, only.Open.Currency), reason(only, keys[order[start]])));
            return;
        }

        var weights = new decimal[end - start];
        for (var k = start; k < end; k++)
        {
            weights[k - start] = items[order[k]].Open.Amount;
        }

        var shares = new Money(remaining, items[order[start]].Open.Currency).Allocate(weights);
        for (var k = start; k < end; k++)
        {
            if (!shares[k - start].IsZero)
            {
                var item = items[order[k]];
                lines.Add(new AllocationLine(item.Id, shares[k - start], reason(item, keys[order[k]]) + ", pro rata"));
            }
        }
    }
}
