using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>Where one receivable item stands on the statement date.</summary>
/// <remarks>
/// Built by <see cref="Account.AsOf"/> only, so <see cref="Open"/> always equals amount − credited − paid − written off;
/// equal when every figure is. This type is immutable and thread-safe.
/// </remarks>
public sealed record ItemBalance
{
    // Amounts are kept in minor units with their currency, made into Money when read, and what the account issued is
    // the account's own item, shared by every statement: a statement holds one balance per item.
    private readonly AccountLedger.ItemTemplate item;
    private readonly long credited;
    private readonly long paid;
    private readonly long writtenOff;
    private readonly long open;
    private readonly Currency currency;

    internal ItemBalance(
        AccountLedger.ItemTemplate item,
        Currency currency,
        (long Credited, long Paid, long WrittenOff, long Open) units,
        LocalDate? settledOn,
        int daysPastDue)
    {
        this.item = item;
        this.currency = currency;
        (credited, paid, writtenOff, open) = units;
        SettledOn = settledOn;
        DaysPastDue = daysPastDue;
    }

    /// <summary>Gets the item: the invoice id, an instalment (<c>INV-1/2</c>) or a charge id.</summary>
    public string Id => item.Id;

    /// <summary>Gets the invoice the item belongs to (the charge's own id for a free-standing charge).</summary>
    public string InvoiceId => item.InvoiceId;

    /// <summary>Gets the kind: principal, fee or interest.</summary>
    public ChargeKind Kind => item.Kind;

    /// <summary>Gets the date the item arose.</summary>
    public LocalDate IssueDate => item.IssueDate;

    /// <summary>Gets the date it is due.</summary>
    public LocalDate DueDate => item.DueDate;

    /// <summary>Gets the original amount.</summary>
    public Money Amount => Money.FromMinorUnits(item.Units, currency);

    /// <summary>Gets what credit notes took off.</summary>
    public Money Credited => Money.FromMinorUnits(credited, currency);

    /// <summary>Gets what payments and deposits settled.</summary>
    public Money Paid => Money.FromMinorUnits(paid, currency);

    /// <summary>Gets what was written off.</summary>
    public Money WrittenOff => Money.FromMinorUnits(writtenOff, currency);

    /// <summary>Gets the amount left to pay: amount − credited − paid − written off.</summary>
    public Money Open => Money.FromMinorUnits(open, currency);

    /// <summary>Gets <see cref="Open"/> in minor units, for sums over many items.</summary>
    internal long OpenUnits => open;

    /// <summary>Gets the date the open amount reached zero, if it has.</summary>
    public LocalDate? SettledOn { get; }

    /// <summary>Gets the days from the due date to the statement date when still open; 0 otherwise.</summary>
    public int DaysPastDue { get; }

    /// <summary>
    /// Gets how late the item is or was: <see cref="DaysPastDue"/> while open, the days from the due date to
    /// <see cref="SettledOn"/> once settled (an ERP's "days late" of a paid invoice); 0 when settled on time.
    /// </summary>
    public int DaysLate => SettledOn is { } settled ? System.Math.Max(0, Period.DaysBetween(DueDate, settled)) : DaysPastDue;

    /// <summary>Gets a value indicating whether the item is open and past its due date.</summary>
    public bool IsOverdue => DaysPastDue > 0;

    /// <summary>Describes the item, invariant culture.</summary>
    /// <returns>For example <c>INV-7 due 2026-03-31: open 120.00 EUR of 1,200.00 EUR, 45 days past due</c>.</returns>
    public override string ToString()
        => $"{Id} due {Iso.Date(DueDate)}: open {Open} of {Amount}, {DaysPastDue} days past due";
}
