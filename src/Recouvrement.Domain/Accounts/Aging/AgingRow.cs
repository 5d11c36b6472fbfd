using System.Collections.Generic;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>One debtor's line of an aging report.</summary>
public sealed record AgingRow
{
    /// <summary>Initializes a new instance of the <see cref="AgingRow"/> record.</summary>
    /// <param name="debtorId">The debtor's id.</param>
    /// <param name="debtorName">The debtor's name.</param>
    /// <param name="buckets">The open amount in each column, in the order of <see cref="AgingBuckets.Labels"/>; copied.</param>
    /// <param name="total">The open amount: the sum of the columns.</param>
    /// <param name="creditBalance">The debtor's credit balance, shown beside and never netted into the columns.</param>
    public AgingRow(string debtorId, string debtorName, IReadOnlyList<Money> buckets, Money total, Money creditBalance)
    {
        DebtorId = debtorId;
        DebtorName = debtorName;
        Buckets = ValueList.OrNull(buckets);
        Total = total;
        CreditBalance = creditBalance;
    }

    /// <summary>Gets the debtor's id.</summary>
    public string DebtorId { get; init; }

    /// <summary>Gets the debtor's name.</summary>
    public string DebtorName { get; init; }

    /// <summary>Gets the open amount: the sum of the columns.</summary>
    public Money Total { get; init; }

    /// <summary>Gets the debtor's credit balance, shown beside and never netted into the columns.</summary>
    public Money CreditBalance { get; init; }

    /// <summary>Gets the open amount in each column, in the order of <see cref="AgingBuckets.Labels"/>. Copied: compared by content.</summary>
    public IReadOnlyList<Money> Buckets { get; init => field = ValueList.OrNull(value); }
}
