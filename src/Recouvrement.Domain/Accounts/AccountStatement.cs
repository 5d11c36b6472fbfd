using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using Recouvrement.Debtors;

namespace Recouvrement.Accounts;

/// <summary>
/// Where an account stands on a date: each item's open amount and days past due, the overdue and not-yet-due
/// totals, the credit balance, and how every payment was applied.
/// </summary>
/// <remarks>
/// <para>Invariants: <see cref="Open"/> = <see cref="Invoiced"/> + <see cref="Charged"/> − <see cref="Credited"/> −
/// <see cref="Paid"/> − <see cref="WrittenOff"/>; <see cref="Open"/> = <see cref="Overdue"/> + <see cref="NotYetDue"/>;
/// every allocation's lines plus its unallocated part equal its amount.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AccountStatement
{
    // Totals are kept in minor units and made into Money when read, as the item balances are: eight Money would make
    // the statement three times as large.
    private readonly StatementTotals totals;

    // Read-only views over lists the statement alone holds, so a caller's cast cannot change them under other readers;
    // made when first read, as the library reads the lists themselves. Two threads may each make one: they are alike.
    private ReadOnlyCollection<ItemBalance>? items;
    private ReadOnlyCollection<PaymentAllocation>? allocations;

    internal AccountStatement(
        Debtor debtor,
        LocalDate asOf,
        Currency currency,
        ItemBalance[] items,
        List<PaymentAllocation> allocations,
        List<string>? notes,
        StatementTotals totals)
    {
        Debtor = debtor;
        AsOf = asOf;
        Currency = currency;
        ItemArray = items;
        AllocationList = allocations;
        Notes = notes is null ? [] : notes.AsReadOnly();
        this.totals = totals;
    }

    /// <summary>Gets the debtor.</summary>
    public Debtor Debtor { get; }

    /// <summary>Gets the statement date: entries after it are not taken into account.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the account's currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets every item that arose by <see cref="AsOf"/>, settled or not, by issue date then id.</summary>
    public IReadOnlyList<ItemBalance> Items => items ??= System.Array.AsReadOnly(ItemArray);

    /// <summary>Gets the items as the array they are kept in: hot paths iterate it without interface calls.</summary>
    internal ItemBalance[] ItemArray { get; }

    /// <summary>Gets the items with an amount left to pay.</summary>
    public IEnumerable<ItemBalance> OpenItems => Items.Where(i => i.Open.IsPositive);

    /// <summary>Gets how each payment, deposit and free credit was applied, in date order.</summary>
    public IReadOnlyList<PaymentAllocation> Allocations => allocations ??= AllocationList.AsReadOnly();

    /// <summary>Gets the allocations, for the library to read without a view.</summary>
    internal List<PaymentAllocation> AllocationList { get; }

    /// <summary>Gets the total principal invoiced.</summary>
    public Money Invoiced => Money.FromMinorUnits(totals.Invoiced, Currency);

    /// <summary>Gets the total of fees and interest charged.</summary>
    public Money Charged => Money.FromMinorUnits(totals.Charged, Currency);

    /// <summary>Gets what credit notes took off items.</summary>
    public Money Credited => Money.FromMinorUnits(totals.Credited, Currency);

    /// <summary>Gets what payments and deposits settled.</summary>
    public Money Paid => Money.FromMinorUnits(totals.Paid, Currency);

    /// <summary>Gets what was written off.</summary>
    public Money WrittenOff => Money.FromMinorUnits(totals.WrittenOff, Currency);

    /// <summary>Gets the amount left to pay over all items.</summary>
    public Money Open => Money.FromMinorUnits(totals.Overdue + totals.NotYetDue, Currency);

    /// <summary>Gets the open amount of items past their due date.</summary>
    public Money Overdue => Money.FromMinorUnits(totals.Overdue, Currency);

    /// <summary>Gets the open amount of items not yet due.</summary>
    public Money NotYetDue => Money.FromMinorUnits(totals.NotYetDue, Currency);

    /// <summary>Gets what was received or credited beyond what was open: owed back to the debtor or to be applied later.</summary>
    public Money CreditBalance => Money.FromMinorUnits(totals.CreditBalance, Currency);

    /// <summary>Gets the net balance: <see cref="Open"/> − <see cref="CreditBalance"/>.</summary>
    public Money Balance => Money.FromMinorUnits(totals.Overdue + totals.NotYetDue - totals.CreditBalance, Currency);

    /// <summary>Gets remarks on adjustments the account made, such as a write-off larger than what was open.</summary>
    public IReadOnlyList<string> Notes { get; }
}
