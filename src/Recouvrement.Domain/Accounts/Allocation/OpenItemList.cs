using System;
using System.Collections.Generic;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>The open items a caller hands a strategy, as a list: ordered by due date once, when the payment is allocated.</summary>
internal sealed class OpenItemList : OpenItemSet
{
    private readonly OpenItem[] items;
    private readonly int[] dueDays;

    private OpenItemList(OpenItem[] items, int[] dueDays, int[] itemAtRank, int[] rankOfItem)
        : base(Sized(items.Length), Sized(items.Length))
    {
        (this.items, this.dueDays) = (items, dueDays);
        Order(itemAtRank, rankOfItem);
        for (var item = 0; item < items.Length; item++)
        {
            Add(item);
        }
    }

    internal override OpenItem this[int item] => items[item];

    /// <summary>Lays out <paramref name="items"/>, which stay the caller's, in due order.</summary>
    internal static OpenItemList Of(OpenItem[] items)
    {
        var dueDays = new int[items.Length];
        var keys = new long[items.Length];
        for (var item = 0; item < items.Length; item++)
        {
            dueDays[item] = DayNumber.Of(items[item].DueDate);
            keys[item] = DueOrder.Key(dueDays[item], item);
        }

        var (itemAtRank, rankOfItem) = DueOrder.Sort(keys);
        return new OpenItemList(items, dueDays, itemAtRank, rankOfItem);
    }

    internal override bool DueTogether(int item, int other) => dueDays[item] == dueDays[other];

    protected override ChargeKind KindOf(int item) => items[item].Kind;

    protected override void AppendNamed(string id, List<int> named)
    {
        for (var item = 0; item < items.Length; item++)
        {
            if (string.Equals(items[item].Id, id, StringComparison.Ordinal) || string.Equals(items[item].InvoiceId, id, StringComparison.Ordinal))
            {
                named.Add(item);
            }
        }
    }

    private static OrdinalSet Sized(int size)
    {
        var set = new OrdinalSet();
        set.Reset(size);
        return set;
    }
}
