using System.Collections.Generic;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// The French default when the debtor designates nothing (C. civ. art. 1342-10): due debts before debts not yet due;
/// among them the oldest first; debts equally old share pro rata.
/// </summary>
/// <remarks>
/// The article ranks "the debt the debtor had most interest in paying" before age; that interest is not known from an
/// account, so equal interest is assumed. A host that knows better designates, or plugs in its own strategy.
/// </remarks>
internal sealed class CivilCodeAllocation : BuiltInAllocation
{
    private static readonly LineReason DueReason = new("due, oldest first (C. civ. 1342-10)");
    private static readonly LineReason NotDueReason = new("not yet due, oldest first (C. civ. 1342-10)");

    public override string Name => "French civil code default (C. civ. art. 1342-10)";

    // Due debts rank before debts not yet due and the oldest first: the due order itself, since every due debt falls
    // due before the payment and every other after it. Debts due on the same day are equally old.
    internal override void Append(Money amount, LocalDate paymentDate, OpenItemSet items, ItemKinds kinds, IReadOnlyList<string> designatedIds, List<AllocationLine> lines)
        => AllocationOrder.ByDueDate(items, kinds, paymentDate, shareTies: true, amount.Amount, static (item, paid) => item.IsDueOn(paid) ? DueReason : NotDueReason, lines);
}
