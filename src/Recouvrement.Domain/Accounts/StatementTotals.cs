namespace Recouvrement.Accounts;

/// <summary>The totals of a statement, summed by the ledger as it lays out the items.</summary>
internal readonly record struct StatementTotals(
    Money Invoiced,
    Money Charged,
    Money Credited,
    Money Paid,
    Money WrittenOff,
    Money Overdue,
    Money NotYetDue);
