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
internal sealed class CivilCodeAllocation : IPaymentAllocationStrategy
{
    private const string DueReason = "due, oldest first (C. civ. 1342-10)";
    private const string NotDueReason = "not yet due, oldest first (C. civ. 1342-10)";

    public string Name => "French civil code default (C. civ. art. 1342-10)";

    public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
    {
        var lines = new List<AllocationLine>();
        var order = AllocationOrder.Sorted(
            openItems,
            _ => true,
            (a, b) => a.IsDueOn(paymentDate) != b.IsDueOn(paymentDate) ? (a.IsDueOn(paymentDate) ? -1 : 1) : a.DueDate.CompareTo(b.DueDate),
            out var count);
        AllocationOrder.Fill(
            openItems,
            order,
            count,
            amount.Amount,
            (a, b) => a.DueDate == b.DueDate,
            item => item.IsDueOn(paymentDate) ? DueReason : NotDueReason,
            lines);
        return lines;
    }
}
