using System.Collections.Generic;
using System.Linq;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Debtors;

namespace Recouvrement.Accounts;

/// <summary>
/// A debtor's account: an immutable, validated snapshot of its entries (invoices, credit notes, deposits, payments,
/// write-offs, charges) in one currency. <see cref="AsOf"/> says where it stands on any date.
/// </summary>
/// <remarks>
/// <para>Entries are put in a canonical order — by date, then items before the movements that settle them, then by
/// id — so the same entries give the same statement whatever order they arrive in.</para>
/// <para>Payments are applied on their date, over the items that exist then, by the account's
/// <see cref="IPaymentAllocationStrategy"/>. A credit note against an invoice reduces it, last instalment first. A
/// write-off takes at most what is open (the rest is reported in <see cref="AccountStatement.Notes"/>). What no item
/// takes stays as a credit balance: nothing is lost.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Account
{
    private readonly AccountLedger ledger;

    private Account(Debtor debtor, CheckedEntries valid, Currency currency, IPaymentAllocationStrategy? strategy)
    {
        Debtor = debtor;
        Currency = currency;
        ledger = new AccountLedger(valid, currency);
        Entries = System.Array.AsReadOnly(ledger.Entries);
        AllocationStrategy = strategy ?? PaymentAllocationStrategies.Default;
    }

    /// <summary>Gets the debtor.</summary>
    public Debtor Debtor { get; }

    /// <summary>Gets the account's currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the entries, in canonical order (date, items before movements, id).</summary>
    public IReadOnlyList<AccountEntry> Entries { get; }

    /// <summary>Gets the rule that applies payments to items.</summary>
    public IPaymentAllocationStrategy AllocationStrategy { get; }

    /// <summary>Builds an account in one currency, checking the debtor and every entry.</summary>
    /// <param name="debtor">The debtor.</param>
    /// <param name="entries">The entries, in any order; copied, never kept or changed.</param>
    /// <param name="allocationStrategy">How payments are applied; <see cref="PaymentAllocationStrategies.Default"/> when null.</param>
    /// <returns>
    /// The account, or an invalid result listing every problem with its field and entry: a duplicate id, mixed
    /// currencies, a negative amount, a due date before the issue date, instalments that do not sum to the invoice,
    /// credit notes or write-offs larger than their invoice, a reference to an unknown invoice, a payment without a
    /// <see cref="Payment.Method"/>.
    /// </returns>
    public static Result<Account> Create(Debtor? debtor, IEnumerable<AccountEntry?>? entries, IPaymentAllocationStrategy? allocationStrategy = null)
    {
        var errors = AccountValidator.Check(debtor, entries?.ToArray(), perCurrency: false, out var valid);
        return errors.ToResult(() => new Account(debtor!, valid!, valid!.Entries.Length > 0 ? valid.Entries[0].Amount.Currency : Currency.XXX, allocationStrategy));
    }

    /// <summary>
    /// Builds one account per currency for a debtor billed in several currencies: each account holds the entries of its
    /// currency, and a payment only settles items of its own currency.
    /// </summary>
    /// <param name="debtor">The debtor.</param>
    /// <param name="entries">The entries, in any order; copied, never kept or changed.</param>
    /// <param name="allocationStrategy">How payments are applied; <see cref="PaymentAllocationStrategies.Default"/> when null.</param>
    /// <returns>
    /// The accounts ordered by currency code, or an invalid result listing every problem (those of <see cref="Create"/>,
    /// and a payment, credit note, deposit, charge or write-off that refers to an item in another currency).
    /// </returns>
    public static Result<IReadOnlyList<Account>> CreatePerCurrency(
        Debtor? debtor,
        IEnumerable<AccountEntry?>? entries,
        IPaymentAllocationStrategy? allocationStrategy = null)
    {
        var errors = AccountValidator.Check(debtor, entries?.ToArray(), perCurrency: true, out var valid);
        return errors.ToResult<IReadOnlyList<Account>>(() => valid!.Entries
            .Select(e => e.Amount.Currency)
            .Distinct()
            .OrderBy(currency => currency.Code, System.StringComparer.Ordinal)
            .Select(currency => new Account(debtor!, valid, currency, allocationStrategy))
            .ToArray());
    }

    /// <summary>Says where the account stands at the end of <paramref name="date"/>.</summary>
    /// <param name="date">The statement date; later entries are ignored.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="System.InvalidOperationException">A host's allocation strategy returned impossible lines.</exception>
    public AccountStatement AsOf(LocalDate date) => ledger.Statement(Debtor, AllocationStrategy, date);
}
