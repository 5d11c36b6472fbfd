using System.Collections.Generic;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Internal;
using Recouvrement.Reasons;

namespace Recouvrement.Scheduling;

/// <summary>One debtor of a portfolio, as the collection run reads it: the account, its cases and what is known of why it is unpaid.</summary>
/// <remarks>The cases and signals are copied when set, and compared by content.</remarks>
public sealed partial record PortfolioEntry
{
    /// <summary>Initializes a new instance of the <see cref="PortfolioEntry"/> record.</summary>
    /// <param name="account">The debtor's account.</param>
    public PortfolioEntry(Account account)
    {
        Account = account;
    }

    /// <summary>Gets the debtor's account.</summary>
    public Account Account { get; init; }

    /// <summary>
    /// Gets the debtor's collection cases, one for the whole account or one per invoice. When empty, the run decides on a
    /// new case for the whole account, identified by the debtor's id and opened on the oldest open due date; the host
    /// stores it with the first event it records.
    /// </summary>
    public IReadOnlyList<CollectionCase> Cases { get; init => field = ValueList.OrNull(value); } = ValueList<CollectionCase>.Empty;

    /// <summary>Gets the signals the unpaid reason is classified from: rejections, disputes, notes, enquiries.</summary>
    public IReadOnlyList<ReasonSignal> Signals { get; init => field = ValueList.OrNull(value); } = ValueList<ReasonSignal>.Empty;
}
