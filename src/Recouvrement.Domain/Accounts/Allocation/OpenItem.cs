using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>An item with an amount left to pay, as an allocation strategy sees it when a payment arrives.</summary>
/// <param name="Id">The item's identifier: an invoice, an instalment (<c>INV-1/2</c>) or a charge.</param>
/// <param name="InvoiceId">The invoice the item belongs to (the charge's own id for a free-standing charge).</param>
/// <param name="Kind">Principal, fee or interest.</param>
/// <param name="IssueDate">The date the item arose.</param>
/// <param name="DueDate">The date the item is due.</param>
/// <param name="Open">The amount left to pay, positive.</param>
public readonly record struct OpenItem(string Id, string InvoiceId, ChargeKind Kind, LocalDate IssueDate, LocalDate DueDate, Money Open)
{
    /// <summary>Returns whether the item is due on <paramref name="date"/> (<i>dette échue</i>).</summary>
    /// <param name="date">The payment date.</param>
    /// <returns><see langword="true"/> when the due date is on or before <paramref name="date"/>.</returns>
    public bool IsDueOn(LocalDate date) => DueDate <= date;
}
