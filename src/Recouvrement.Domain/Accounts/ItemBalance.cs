using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>Where one receivable item stands on the statement date.</summary>
/// <param name="Id">The item: the invoice id, an instalment (<c>INV-1/2</c>) or a charge id.</param>
/// <param name="InvoiceId">The invoice it belongs to (the charge's own id for a free-standing charge).</param>
/// <param name="Kind">Principal, fee or interest.</param>
/// <param name="IssueDate">The date the item arose.</param>
/// <param name="DueDate">The date it is due.</param>
/// <param name="Amount">The original amount.</param>
/// <param name="Credited">What credit notes took off.</param>
/// <param name="Paid">What payments and deposits settled.</param>
/// <param name="WrittenOff">What was written off.</param>
/// <param name="SettledOn">The date the open amount reached zero, if it has.</param>
/// <param name="DaysPastDue">Days from the due date to the statement date when still open; 0 otherwise.</param>
public sealed record ItemBalance(
    string Id,
    string InvoiceId,
    ChargeKind Kind,
    LocalDate IssueDate,
    LocalDate DueDate,
    Money Amount,
    Money Credited,
    Money Paid,
    Money WrittenOff,
    LocalDate? SettledOn,
    int DaysPastDue)
{
    /// <summary>Gets the amount left to pay: amount − credited − paid − written off.</summary>
    /// <remarks>Computed once: statements, aging and behaviour read it for every item.</remarks>
    public Money Open { get; } = new(Amount.Amount - Credited.Amount - Paid.Amount - WrittenOff.Amount, Amount.Currency);

    /// <summary>Gets a value indicating whether the item is open and past its due date.</summary>
    public bool IsOverdue => DaysPastDue > 0;
}
