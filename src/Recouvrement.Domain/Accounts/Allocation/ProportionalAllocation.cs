using System.Collections.Generic;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>Shares the payment among all open items in proportion to their open amounts.</summary>
internal sealed class ProportionalAllocation : BuiltInAllocation
{
    private static readonly LineReason Reason = new("pro rata of the open amounts");

    public override string Name => "Pro rata of the open amounts";

    internal override void Append(Money amount, LocalDate paymentDate, OpenItemSet items, ItemKinds kinds, IReadOnlyList<string> designatedIds, List<AllocationLine> lines)
    {
        // Every open item, in the account's order, as one group that shares pro rata: a share reads every item.
        var open = new List<int>(items.Count);
        items.InAccountOrder(kinds, open);
        var group = items.Group;
        group.Clear();
        foreach (var item in open)
        {
            group.Add(items[item]);
        }

        AllocationOrder.Settle(group, amount.Amount, Reason, lines);
    }
}
