using System.Collections.Generic;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// Settles first what the debtor designated (C. civ. art. 1342-10: the debtor chooses), in the order given — an
/// invoice id designates all its instalments, oldest due first — then the rest by a fallback strategy.
/// </summary>
internal sealed class DesignatedAllocation(IPaymentAllocationStrategy fallback) : BuiltInAllocation
{
    private static readonly LineReason Reason = new("designated by the debtor (C. civ. 1342-10)");

    public override string Name { get; } = $"As designated by the debtor, then {fallback.Name}";

    internal override void Append(Money amount, LocalDate paymentDate, OpenItemSet items, ItemKinds kinds, IReadOnlyList<string> designatedIds, List<AllocationLine> lines)
    {
        if (designatedIds.Count == 0)
        {
            Append(fallback, amount, paymentDate, items, kinds, designatedIds, lines);
            return;
        }

        // An item designated twice is settled once: what a designation settles in full leaves the open items, and while
        // it leaves some open the money is spent, so nothing comes after.
        var named = items.Designated;
        var left = amount.Amount;
        foreach (var id in designatedIds)
        {
            items.Named(id, kinds, named);
            for (var k = 0; k < named.Count && left > 0m; k++)
            {
                var item = items[named[k]];
                var inFull = left >= item.Open.Amount;
                left = AllocationOrder.Settle(item, left, Reason, lines);
                if (inFull)
                {
                    items.Remove(named[k]);
                }
            }
        }

        if (left > 0m)
        {
            // The fallback sees what the designation left: the items it did not settle in full.
            Append(fallback, new Money(left, amount.Currency), paymentDate, items, kinds, [], lines);
        }
    }
}
