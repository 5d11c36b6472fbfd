using System.Collections.Generic;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// Decides which open items a payment settles (<i>imputation des paiements</i>). The library ships the usual rules in
/// <see cref="PaymentAllocationStrategies"/>; a host can plug in its own.
/// </summary>
/// <remarks>
/// Implementations must be deterministic and thread-safe. The account checks what a strategy returns: every line names
/// an offered item, is positive, takes no more than the item's open amount, and the lines take no more than the
/// payment; a strategy that breaks this is a programmer error (<see cref="System.InvalidOperationException"/>). What
/// the lines leave of the payment becomes a credit balance: nothing is lost.
/// </remarks>
public interface IPaymentAllocationStrategy
{
    /// <summary>Gets the rule's name and legal source, shown in breakdowns.</summary>
    string Name { get; }

    /// <summary>Allocates a payment.</summary>
    /// <param name="amount">The amount to allocate, positive and in whole minor units.</param>
    /// <param name="paymentDate">The payment date.</param>
    /// <param name="openItems">The items with an amount left to pay, in the account's order (by issue date, then id).</param>
    /// <param name="designatedIds">The invoices, instalments or charges the debtor designated, in order; may be empty.</param>
    /// <returns>The lines, in the order the items were settled.</returns>
    IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds);
}
