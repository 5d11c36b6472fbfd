using System.Collections.Generic;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>Settles the item with the oldest due date first (the usual ERP rule, FIFO).</summary>
internal sealed class OldestDueFirstAllocation : BuiltInAllocation
{
    private static readonly LineReason Reason = new("oldest due date first");

    public override string Name => "Oldest due date first";

    internal override void Append(Money amount, LocalDate paymentDate, OpenItemSet items, ItemKinds kinds, IReadOnlyList<string> designatedIds, List<AllocationLine> lines)
        => AllocationOrder.ByDueDate(items, kinds, paymentDate, shareTies: false, amount.Amount, static (_, _) => Reason, lines);
}
