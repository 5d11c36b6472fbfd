using System.Collections.Generic;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>One debtor's line of an aging report.</summary>
/// <param name="DebtorId">The debtor's id.</param>
/// <param name="DebtorName">The debtor's name.</param>
/// <param name="Buckets">The open amount in each column, in the order of <see cref="AgingBuckets.Labels"/>; copied.</param>
/// <param name="Total">The open amount: the sum of the columns.</param>
/// <param name="CreditBalance">The debtor's credit balance, shown beside and never netted into the columns.</param>
public sealed record AgingRow(string DebtorId, string DebtorName, IReadOnlyList<Money> Buckets, Money Total, Money CreditBalance)
{
    /// <summary>Gets the open amount in each column, in the order of <see cref="AgingBuckets.Labels"/>. Copied: compared by content.</summary>
    public IReadOnlyList<Money> Buckets { get; init => field = ValueList.OrNull(value); } = ValueList.OrNull(Buckets);
}
