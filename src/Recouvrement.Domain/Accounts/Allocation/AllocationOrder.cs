using System;
using System.Collections.Generic;

namespace Recouvrement.Accounts;

/// <summary>Shared mechanics of the built-in strategies: fill items in an order, sharing pro rata among ties.</summary>
internal static class AllocationOrder
{
    /// <summary>
    /// Settles <paramref name="order"/> (indexes into <paramref name="items"/>) one after the other; items for which
    /// <paramref name="tied"/> says "same rank as the previous" form a group that shares pro rata when the money left
    /// cannot settle the whole group. Returns the money left.
    /// </summary>
    internal static decimal Fill(
        IReadOnlyList<OpenItem> items,
        int[] order,
        int count,
        decimal remaining,
        Func<OpenItem, OpenItem, bool>? tied,
        Func<OpenItem, string> reason,
        List<AllocationLine> lines)
    {
        var start = 0;
        while (start < count && remaining > 0m)
        {
            var end = start + 1;
            var groupOpen = items[order[start]].Open.Amount;
            while (tied is not null && end < count && tied(items[order[start]], items[order[end]]))
            {
                groupOpen += items[order[end]].Open.Amount;
                end++;
            }

            if (remaining >= groupOpen)
            {
                for (var k = start; k < end; k++)
                {
                    var item = items[order[k]];
                    lines.Add(new AllocationLine(item.Id, item.Open, reason(item)));
                }

                remaining -= groupOpen;
            }
            else
            {
                var weights = new decimal[end - start];
                for (var k = start; k < end; k++)
                {
                    weights[k - start] = items[order[k]].Open.Amount;
                }

                var currency = items[order[start]].Open.Currency;
                var shares = new Money(remaining, currency).Allocate(weights);
                for (var k = start; k < end; k++)
                {
                    if (!shares[k - start].IsZero)
                    {
                        var item = items[order[k]];
                        lines.Add(new AllocationLine(item.Id, shares[k - start], end - start > 1 ? reason(item) + ", pro rata" : reason(item)));
                    }
                }

                remaining = 0m;
            }

            start = end;
        }

        return remaining;
    }

    /// <summary>Indexes of the items, sorted by <paramref name="comparison"/> and then by position (a stable order).</summary>
    internal static int[] Sorted(IReadOnlyList<OpenItem> items, Predicate<OpenItem> include, Comparison<OpenItem> comparison, out int count)
    {
        var order = new int[items.Count];
        count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (include(items[i]))
            {
                order[count++] = i;
            }
        }

        // Insertion sort: stable, allocation-free, and fast for the few dozen items of an account.
        for (var i = 1; i < count; i++)
        {
            var current = order[i];
            var j = i - 1;
            while (j >= 0 && comparison(items[order[j]], items[current]) > 0)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = current;
        }

        return order;
    }
}
