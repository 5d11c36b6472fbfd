namespace Recouvrement.Accounts;

/// <summary>The totals of a statement in minor units, summed by the ledger as it lays out the items.</summary>
internal readonly record struct StatementTotals(
    long Invoiced,
    long Charged,
    long Credited,
    long Paid,
    long WrittenOff,
    long Overdue,
    long NotYetDue,
    long CreditBalance);
