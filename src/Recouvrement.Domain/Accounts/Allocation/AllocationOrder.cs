using System;
using System.Collections.Generic;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// Shared mechanics of the built-in strategies: settle the items one after the other in due order, items due on the same
/// day sharing pro rata when the money left cannot settle them all.
/// </summary>
internal static class AllocationOrder
{
    /// <summary>
    /// Settles the open items of <paramref name="kinds"/> in due order (due date, then the account's order) until the
    /// money runs out, each line's reason given by the item and the payment date; when <paramref name="shareTies"/>,
    /// items due on the same day form a group that shares pro rata if the money left cannot settle the whole group.
    /// Returns the money left.
    /// </summary>
    /// <remarks>The walk reads the items it settles, and the rest of a group it shares; never the items due later.</remarks>
    internal static decimal ByDueDate(
        OpenItemSet items,
        ItemKinds kinds,
        LocalDate paymentDate,
        bool shareTies,
        decimal remaining,
        Func<OpenItem, LocalDate, LineReason> reason,
        List<AllocationLine> lines)
    {
        for (var item = items.First(kinds); item >= 0 && remaining > 0m;)
        {
            var first = items[item];
            var next = items.After(item, kinds);
            if (!shareTies || next < 0 || !items.DueTogether(item, next))
            {
                remaining = Settle(first, remaining, reason(first, paymentDate), lines);
                item = next;
                continue;
            }

            var group = items.Group;
            group.Clear();
            group.Add(first);
            for (; next >= 0 && items.DueTogether(item, next); next = items.After(next, kinds))
            {
                group.Add(items[next]);
            }

            remaining = Settle(group, remaining, reason(first, paymentDate), lines);
            item = next;
        }

        return remaining;
    }

    /// <summary>Settles <paramref name="item"/> in full, or with all the money left; returns what is left.</summary>
    internal static decimal Settle(OpenItem item, decimal remaining, LineReason reason, List<AllocationLine> lines)
    {
        if (remaining >= item.Open.Amount)
        {
            lines.Add(new AllocationLine(item.Id, item.Open, reason.Text));
            return remaining - item.Open.Amount;
        }

        lines.Add(new AllocationLine(item.Id, new Money(remaining, item.Open.Currency), reason.Text));
        return 0m;
    }

    /// <summary>Settles <paramref name="group"/> in full, or shares all the money left pro rata of the open amounts; returns what is left.</summary>
    internal static decimal Settle(List<OpenItem> group, decimal remaining, LineReason reason, List<AllocationLine> lines)
    {
        if (group.Count <= 1)
        {
            return group.Count == 0 ? remaining : Settle(group[0], remaining, reason, lines);
        }

        var groupOpen = 0m;
        foreach (var item in group)
        {
            groupOpen += item.Open.Amount;
        }

        if (remaining >= groupOpen)
        {
            foreach (var item in group)
            {
                lines.Add(new AllocationLine(item.Id, item.Open, reason.Text));
            }

            return remaining - groupOpen;
        }

        var weights = new decimal[group.Count];
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = group[k].Open.Amount;
        }

        var shares = new Money(remaining, group[0].Open.Currency).Allocate(weights);
        for (var k = 0; k < shares.Length; k++)
        {
            if (!shares[k].IsZero)
            {
                lines.Add(new AllocationLine(group[k].Id, shares[k], reason.ProRata));
            }
        }

        return 0m;
    }
}

